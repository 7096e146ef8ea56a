// Codes raised by src/server/ (the REST service).
import { defineErrors } from '../error-definition.js';

export const serverErrors = defineErrors({
  ERR_SERVER_INVALID_BODY: { message: 'The request is invalid: {{reason}}', status: 400 },
  ERR_SERVER_UNAUTHORIZED: { message: 'Missing or invalid API key', status: 401 },
  ERR_SERVER_FORBIDDEN: { message: 'The API key lacks the scope {{scope}}', status: 403 },
  ERR_SERVER_NOT_FOUND: { message: 'No route {{method}} {{url}}', status: 404 },
  ERR_SERVER_TOO_LARGE: { message: 'The request body is larger than {{limit}} bytes', status: 413 },
  ERR_SERVER_UNSUPPORTED_MEDIA_TYPE: { message: 'Send application/json', status: 415 },
  ERR_SERVER_TOO_MANY_SUBSCRIBERS: { message: 'Too many live event subscribers; retry later', status: 429 },
  ERR_SERVER_OVERLOADED: { message: 'Too many requests in flight; retry after a moment', status: 429 },
  ERR_SERVER_SHUTTING_DOWN: { message: 'The server is shutting down', status: 503 },
  ERR_WEBHOOK_UNAUTHORIZED: { message: '{{source}} webhook rejected: {{reason}}', status: 401 },
  ERR_WEBHOOK_NOT_CONFIGURED: { message: 'No secret is configured for the {{source}} webhook', status: 404 },
  ERR_SERVER_UNDER_PRESSURE: {
    message: 'The server is over its load budget (event loop or memory); retry after a moment',
    status: 503,
  },
  ERR_WEBHOOK_CREDENTIALS_MISSING: {
    message: 'The {{source}} webhook request carries no {{header}} header',
    status: 401,
  },
});
