// API-key authentication as one server-wide onRequest hook, before the body is read, so that an
// unauthenticated request costs no body parsing and no load-shedding slot. A route names the scope
// it needs in its config (`auth`); routes without one are public or check their own signatures.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { createError } from '../errors/index.js';
import type { ApiKey, KeyRing } from './api-keys.js';

/** The caller's key, if one was presented and found (absent when keys are off). */
export function callerOf(request: FastifyRequest): ApiKey | undefined {
  return (request as FastifyRequest & { caller?: ApiKey }).caller;
}

/** `Authorization: <scheme> <key>` with the scheme compared case-insensitively (RFC 7235), or X-API-Key. */
function presentedKey(request: FastifyRequest): string | undefined {
  const match = /^bearer[ \t]+(\S+)[ \t]*$/i.exec(request.headers.authorization ?? '');
  if (match) return match[1];
  const header = request.headers['x-api-key'];
  return typeof header === 'string' ? header : undefined;
}

export function installAuthorization(app: FastifyInstance, keys: KeyRing): void {
  app.addHook('onRequest', async (request) => {
    const needed = request.routeOptions.config.auth;
    if (!needed || keys.open) return;
    const key = keys.find(presentedKey(request));
    if (!key) throw createError('ERR_SERVER_UNAUTHORIZED');
    if (needed !== 'any' && !key.scopes.includes(needed) && !key.scopes.includes('admin'))
      throw createError('ERR_SERVER_FORBIDDEN', { scope: needed });
    (request as FastifyRequest & { caller?: ApiKey }).caller = key;
  });
}

/** The same check for routes registered by third-party plugins (the /docs UI), as a hook. */
export function requireAnyKey(keys: KeyRing) {
  return async (request: FastifyRequest) => {
    if (keys.open) return;
    if (!keys.find(presentedKey(request))) throw createError('ERR_SERVER_UNAUTHORIZED');
  };
}
