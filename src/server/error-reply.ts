// One error body for the whole service, { error: { code, message, details? }, request_id }, and
// the translation of fastify's own errors into catalogue codes.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { createError, isCulpritError, type CulpritError } from '../errors/index.js';

export const errorBody = {
  type: 'object',
  properties: {
    error: {
      type: 'object',
      properties: {
        code: { type: 'string' },
        message: { type: 'string' },
        details: { type: 'object', additionalProperties: true },
      },
    },
    request_id: { type: 'string' },
  },
};

/** Server faults are logged in full and answered with their code only: a library's text (SQLite's, a driver's) never reaches a client. */
const SERVER_FAULT_MESSAGE: Record<number, string> = {
  500: 'Internal error; the server log has the details under this request_id',
  503: 'The service is temporarily unavailable; retry after the Retry-After delay',
};

export function sendError(reply: FastifyReply, request: FastifyRequest, error: CulpritError): void {
  if (error.status === 503 || error.status === 429)
    void reply.header('retry-after', error.status === 429 ? '1' : '5');
  const details = Object.fromEntries(Object.entries(error.details).filter(([k]) => k !== 'cause'));
  const fault = error.status >= 500 && (Object.keys(details).length > 0 || error.cause !== undefined);
  if (fault) request.log.error({ err: error, code: error.code }, 'request failed');
  const message = fault ? (SERVER_FAULT_MESSAGE[error.status] ?? SERVER_FAULT_MESSAGE[500]!) : error.message;
  void reply.code(error.status).send({
    error: { code: error.code, message, ...(!fault && Object.keys(details).length ? { details } : {}) },
    request_id: String(request.id),
  });
}

export function installErrorHandlers(app: FastifyInstance, bodyLimit: number): void {
  app.setErrorHandler(
    (err: Error & { code?: string; statusCode?: number; validation?: unknown }, request, reply) => {
      let error: CulpritError;
      if (isCulpritError(err)) error = err;
      else if (err.validation) error = createError('ERR_SERVER_INVALID_BODY', { reason: err.message });
      else if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
        error = createError('ERR_SERVER_TOO_LARGE', { limit: bodyLimit });
      else if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE')
        error = createError('ERR_SERVER_UNSUPPORTED_MEDIA_TYPE');
      else if (err.code?.startsWith('FST_ERR_CTP') || err.statusCode === 400)
        error = createError('ERR_SERVER_INVALID_BODY', { reason: 'the body is not valid JSON' });
      else error = createError('ERR_INTERNAL', { reason: 'unexpected error' }, { cause: err });
      sendError(reply, request, error);
    },
  );
  app.setNotFoundHandler((request, reply) =>
    sendError(
      reply,
      request,
      createError('ERR_SERVER_NOT_FOUND', { method: request.method, url: request.url.split('?')[0] }),
    ),
  );
}
