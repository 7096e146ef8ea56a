// Operations: liveness (/healthz), readiness (/readyz), Prometheus metrics (/metrics), and the
// OpenAPI document (/openapi.json) with its UI (/docs).
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyContextConfig, FastifyInstance, FastifyPluginAsync } from 'fastify';
import { requireAnyKey } from '../authorize.js';
import type { PublicOp, RouteOptions, ServerContext } from '../server-context.js';
import { errorResponses, health, metricsText, readiness, TAGS } from './response-schemas.js';

/** The OpenAPI collector must see every route, so it goes on the root instance, before them. */
export async function registerOpenApi(app: FastifyInstance, ctx: ServerContext): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'Culprit', description: 'Root-cause engine for incidents', version: '1' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      tags: [
        { name: TAGS.incidents, description: 'Submit incidents, read their root causes, stream progress' },
        { name: TAGS.webhooks, description: 'Alerts from Alertmanager, Datadog and PagerDuty' },
        { name: TAGS.slack, description: 'The Slack slash command and app mentions' },
        { name: TAGS.operations, description: 'Liveness, readiness and metrics' },
        { name: TAGS.agents, description: 'Agent tokens (admin) and the outbound cluster-agent protocol' },
      ],
      security: ctx.keys.open ? [] : [{ bearer: [] }],
    },
  });
  const docsOpen = ctx.options.publicOps?.includes('docs') ?? false;
  await app.register(swaggerUi, {
    routePrefix: '/docs',
    ...(docsOpen ? {} : { uiHooks: { onRequest: requireAnyKey(ctx.keys) } }),
  });
}

export const opsRoutes: FastifyPluginAsync<RouteOptions> = async (app, { ctx }) => {
  const { store, metrics } = ctx;
  // Operations endpoints answer even when the API sheds load: that is when they matter.
  const open = (op: PublicOp): FastifyContextConfig =>
    ctx.options.publicOps?.includes(op) ? {} : { auth: 'any' };
  const liveness = { summary: 'Liveness', tags: [TAGS.operations], response: { 200: health } };
  app.get('/healthz', { config: { shed: false }, schema: liveness }, async () => ({
    status: 'ok',
  }));
  const ready = {
    summary: 'Readiness: not shutting down, not overloaded, the store answers',
    tags: [TAGS.operations],
    response: readiness,
  };
  app.get('/readyz', { config: { shed: false }, schema: ready }, async (_request, reply) => {
    if (ctx.state.shuttingDown)
      return reply.code(503).header('retry-after', '5').send({ status: 'shutting-down' });
    if (ctx.load.overloaded())
      return reply.code(503).header('retry-after', '1').send({ status: 'overloaded' });
    try {
      await store.ping();
      return { status: 'ready' };
    } catch {
      return reply.code(503).header('retry-after', '5').send({ status: 'store-unavailable' });
    }
  });
  const metricsRoute = {
    config: { shed: false, ...open('metrics') },
    schema: {
      summary: 'Prometheus metrics',
      tags: [TAGS.operations],
      response: {
        200: { description: metricsText.description, content: { 'text/plain': { schema: metricsText } } },
        ...errorResponses,
      },
    },
  };
  app.get('/metrics', metricsRoute, async (_request, reply) => {
    const counts = await store.counts();
    for (const [status, n] of Object.entries(counts)) metrics.byStatus.set({ status }, n);
    return reply.header('content-type', metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  app.get('/openapi.json', { config: open('docs'), schema: { hide: true } }, async () => app.swagger());
};
