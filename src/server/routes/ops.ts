// Operations: liveness (/healthz), readiness (/readyz), Prometheus metrics (/metrics), and the
// OpenAPI document (/openapi.json) with its UI (/docs).
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import type { RouteOptions, ServerContext } from '../server-context.js';

/** The OpenAPI collector must see every route, so it goes on the root instance, before them. */
export async function registerOpenApi(app: FastifyInstance, ctx: ServerContext): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'Culprit', description: 'Root-cause engine for incidents', version: '1' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: ctx.keys.open ? [] : [{ bearer: [] }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
}

export const opsRoutes: FastifyPluginAsync<RouteOptions> = async (app, { ctx }) => {
  const { store, metrics } = ctx;
  app.get('/healthz', { schema: { summary: 'Liveness' } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { schema: { summary: 'Readiness: the store answers' } }, async (_request, reply) => {
    if (ctx.state.shuttingDown)
      return reply.code(503).header('retry-after', '5').send({ status: 'shutting-down' });
    try {
      await store.ping();
      return { status: 'ready' };
    } catch {
      return reply.code(503).header('retry-after', '5').send({ status: 'store-unavailable' });
    }
  });
  app.get('/metrics', { schema: { summary: 'Prometheus metrics' } }, async (_request, reply) => {
    const counts = await store.counts();
    for (const [status, n] of Object.entries(counts)) metrics.byStatus.set({ status }, n);
    return reply.header('content-type', metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
};
