// POST /mcp: the MCP server (src/mcp/) over streamable HTTP, stateless, behind the same API keys as
// the REST API. Any key with incidents:read may call the read-only tools; `investigate` also needs
// incidents:write. GET and DELETE (server streams, sessions) are not offered: 405, as the spec allows.
import type { FastifyPluginAsync } from 'fastify';
import { createError } from '../../errors/index.js';
import { handleMcpHttpRequest } from '../../mcp/index.js';
import { callerOf } from '../authorize.js';
import type { RouteOptions } from '../server-context.js';

/** investigate waits this long for the report, below the idle-socket timeout, then answers with the id. */
const INVESTIGATE_WAIT_MS = 20_000;

export const mcpRoutes: FastifyPluginAsync<RouteOptions> = async (app, { ctx }) => {
  app.post('/mcp', { config: { auth: 'incidents:read' }, schema: { hide: true } }, async (request, reply) => {
    if (ctx.state.shuttingDown) throw createError('ERR_SERVER_SHUTTING_DOWN');
    const caller = callerOf(request);
    const canInvestigate =
      ctx.keys.open || Boolean(caller?.scopes.some((s) => s === 'incidents:write' || s === 'admin'));
    await handleMcpHttpRequest(
      {
        engine: ctx.engine,
        store: ctx.store,
        wake: () => ctx.worker.wake(),
        ...(ctx.options.rules ? { rules: ctx.options.rules } : {}),
        investigateWaitMs: Math.min(INVESTIGATE_WAIT_MS, ctx.options.timeouts?.idleMs ?? INVESTIGATE_WAIT_MS),
        canInvestigate,
      },
      request.raw,
      reply.raw,
      request.body,
      () => reply.hijack(),
    );
  });
  app.route({
    method: ['GET', 'DELETE'],
    url: '/mcp',
    config: { auth: 'incidents:read' },
    schema: { hide: true },
    handler: async (_request, reply) =>
      reply
        .code(405)
        .header('allow', 'POST')
        .send({
          jsonrpc: '2.0',
          error: { code: -32000, message: 'Method not allowed: POST only (stateless)' },
          id: null,
        }),
  });
};
