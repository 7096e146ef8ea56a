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
  ERR_AGENT_TOKEN_INVALID: { message: 'Missing or unknown agent token', status: 401 },
  ERR_AGENT_TOKEN_REVOKED: { message: 'The agent token {{id}} was revoked', status: 401 },
  ERR_AGENT_WRONG_CLUSTER: {
    message: 'The agent token is for another cluster than {{cluster}}',
    status: 403,
  },
  ERR_AGENT_TOKEN_NOT_FOUND: { message: 'No agent token {{id}}', status: 404 },
  ERR_AGENT_REQUEST_NOT_FOUND: {
    message: 'No collection request {{id}} for cluster {{cluster}}',
    status: 404,
  },
  ERR_AGENT_REQUEST_ANSWERED: { message: 'Collection request {{id}} was already answered', status: 409 },
  ERR_AGENT_CLUSTER_UNREACHABLE: {
    message: 'No agent of cluster {{cluster}} answered within {{timeoutMs}} ms',
    status: 504,
  },
  ERR_AGENT_UNAVAILABLE: { message: 'This server keeps no agent queue (its store has none)', status: 404 },
});
