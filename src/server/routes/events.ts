// GET /api/v1/incidents/:id/events: Server-Sent Events of one investigation. Stored events are
// replayed first (Last-Event-ID resumes), then live ones; the stream ends after the final event.
import type { FastifyPluginAsync } from 'fastify';
import { createError } from '../../errors/index.js';
import type { InvestigationEvent } from '../../sdk/index.js';
import type { RouteOptions } from '../server-context.js';
import { errorResponses, eventStream, TAGS } from './response-schemas.js';

const FINAL_EVENTS = new Set(['report.ready', 'investigation.failed']);

export const eventRoutes: FastifyPluginAsync<RouteOptions> = async (app, { ctx }) => {
  const { store, hub } = ctx;

  app.get(
    '/api/v1/incidents/:id/events',
    {
      // Streams have their own bounded pool (the hub's subscriber limit), not the API's slots.
      config: { auth: 'incidents:read', shed: false },
      schema: {
        summary: 'Server-Sent Events of one investigation (Last-Event-ID resumes)',
        tags: [TAGS.incidents],
        params: { type: 'object', properties: { id: { type: 'string' } } },
        response: {
          200: {
            description: eventStream.description,
            content: { 'text/event-stream': { schema: eventStream } },
          },
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const { id } = request.params as { id: string };
      const record = await store.get(id);
      if (!record) throw createError('ERR_STORE_NOT_FOUND', { id });
      const lastId =
        Number(
          request.headers['last-event-id'] ??
            (request.query as { last_event_id?: string }).last_event_id ??
            0,
        ) || 0;
      const queue: InvestigationEvent[] = [];
      let replaying = true;
      const unsubscribe = hub.subscribe(id, (e) => (replaying ? queue.push(e) : write(e)));
      if (!unsubscribe) throw createError('ERR_SERVER_TOO_MANY_SUBSCRIBERS');
      reply.hijack();
      const raw = reply.raw;
      raw.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-cache',
        connection: 'keep-alive',
        'x-request-id': String(request.id),
      });
      let sent = lastId;
      let ended = false;
      const end = (reason: string) => {
        if (ended) return;
        ended = true;
        clearInterval(heartbeat);
        unsubscribe();
        stopOnClose();
        if (!raw.destroyed) raw.end(`event: end\ndata: ${JSON.stringify({ reason })}\n\n`);
      };
      function write(e: InvestigationEvent) {
        if (ended || e.seq <= sent) return;
        sent = e.seq;
        raw.write(`id: ${e.seq}\nevent: ${e.type}\ndata: ${JSON.stringify(e)}\n\n`);
        if (FINAL_EVENTS.has(e.type)) end('completed');
      }
      const heartbeat = setInterval(() => raw.write(': heartbeat\n\n'), ctx.options.heartbeatMs ?? 15_000);
      const stopOnClose = hub.onCloseAll(() => end('shutdown'));
      raw.on('close', () => end('client closed'));
      // The client may already be gone (its 'close' came before the listener), and after hijack
      // nothing else would end the stream: either way the subscriber must be given back.
      if (raw.destroyed || request.raw.destroyed) end('client closed');
      try {
        for (const e of await store.listEvents(id, lastId)) write(e);
        replaying = false;
        for (const e of queue.splice(0)) write(e);
        const now = await store.get(id);
        if (!ended && now && (now.status === 'completed' || now.status === 'failed')) {
          for (const e of await store.listEvents(id, sent)) write(e);
          end('completed');
        }
      } catch (err) {
        request.log.error({ err }, 'event stream failed');
        end('error');
      }
    },
  );
};
