// HTML pages for people: `/` lists recent incidents, `/incidents/:id` is an incident's report page
// (src/report, self-contained, no script). Same API-key scope as the JSON API; not in the OpenAPI doc.
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { createError } from '../../errors/index.js';
import { formatIncidentListHtml, formatReportHtml, type IncidentListEntry } from '../../report/index.js';
import type { RouteOptions } from '../server-context.js';

const RECENT = 50;

export const pageRoutes: FastifyPluginAsync<RouteOptions> = async (app, { ctx }) => {
  const { store, engine } = ctx;
  const html = (reply: FastifyReply, body: string) =>
    reply
      .type('text/html; charset=utf-8')
      .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; img-src data:")
      .header('x-content-type-options', 'nosniff')
      .send(body);

  app.get('/', { config: { auth: 'incidents:read' }, schema: { hide: true } }, async (_request, reply) => {
    const { items } = await store.list({ limit: RECENT });
    const entries: IncidentListEntry[] = items.map((r) => {
      const top = r.report?.hypotheses[0];
      return {
        id: r.id,
        description: r.incident.description,
        status: r.status,
        createdAt: r.createdAt,
        ...(top
          ? { top: { node: top.node, cause: top.cause, confidence: top.confidence, band: top.band } }
          : {}),
      };
    });
    return html(reply, formatIncidentListHtml(entries));
  });

  app.get(
    '/incidents/:id',
    { config: { auth: 'incidents:read' }, schema: { hide: true } },
    async (request, reply) => {
      const { id } = request.params as { id: string };
      const record = await store.get(id);
      if (!record) throw createError('ERR_STORE_NOT_FOUND', { id });
      if (!record.report) {
        return html(
          reply,
          formatIncidentListHtml([
            {
              id: record.id,
              description: record.incident.description,
              status: record.status,
              createdAt: record.createdAt,
            },
          ]),
        );
      }
      const tape = await store.getTape(id);
      return html(
        reply,
        formatReportHtml(record.report, {
          graph: engine.graph,
          incident: record.incident,
          ...(tape ? { evidence: tape.evidence, discovered: tape.discovered } : {}),
        }),
      );
    },
  );
};
