// API-key authorization as a route hook: the key comes from `Authorization: Bearer` or `X-API-Key`
// and must carry the route's scope (or admin). With no keys configured the API is open.
import type { FastifyRequest } from 'fastify';
import { createError } from '../errors/index.js';
import type { KeyRing, Scope } from './api-keys.js';

export function authorizer(keys: KeyRing) {
  return (scope: Scope) => async (request: FastifyRequest) => {
    if (keys.open) return;
    const header = request.headers.authorization;
    const presented = header?.startsWith('Bearer ')
      ? header.slice(7)
      : (request.headers['x-api-key'] as string | undefined);
    const key = keys.find(presented);
    if (!key) throw createError('ERR_SERVER_UNAUTHORIZED');
    if (!key.scopes.includes(scope) && !key.scopes.includes('admin'))
      throw createError('ERR_SERVER_FORBIDDEN', { scope });
  };
}
