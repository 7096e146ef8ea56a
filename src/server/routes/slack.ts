// Slack as a way in: the `/culprit <description>` slash command and @-mentions of the app create
// incidents. Requests are verified (signing secret v0 over the raw body, 5-minute window, constant
// time) before anything is parsed into an incident, and acknowledged within Slack's 3 seconds.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { Engine } from '../../engine/index.js';
import { createError } from '../../errors/index.js';
import type { IncidentStore } from '../../store/index.js';
import type { RouteOptions } from '../server-context.js';
import { errorResponses, slackCommandReply, slackEventReply, TAGS } from './response-schemas.js';

export interface SlackEntryOptions {
  /** The Slack app's signing secret (Basic Information → App Credentials). */
  signingSecret: string;
  /** Requests older (or newer) than this are refused as replays; default 300 s. */
  toleranceSeconds?: number;
  /** Longest wait for the incident to be stored before the ack goes out; default 2500 ms. */
  ackWithinMs?: number;
}

/** Labels that tell the Slack notifier where to post the result (channel, thread, who asked). */
export const SLACK_REPLY_LABELS = {
  channel: 'slack_channel',
  thread: 'slack_thread_ts',
  user: 'slack_user',
} as const;

type RawRequest = FastifyRequest & { rawBody?: Buffer };

export function registerSlackEntry(
  app: FastifyInstance,
  deps: {
    engine: Engine;
    store: IncidentStore;
    wake: () => void;
    onReject: (source: string, reason: string) => void;
    options: SlackEntryOptions | undefined;
    log: (message: string, fields: Record<string, unknown>) => void;
  },
): void {
  const verify = (request: RawRequest) => {
    const options = deps.options;
    if (!options?.signingSecret) throw createError('ERR_WEBHOOK_NOT_CONFIGURED', { source: 'slack' });
    const reject = (reason: string): never => {
      deps.onReject('slack', reason);
      throw createError('ERR_WEBHOOK_UNAUTHORIZED', { source: 'slack', reason });
    };
    const timestamp = String(request.headers['x-slack-request-timestamp'] ?? '');
    const signature = String(request.headers['x-slack-signature'] ?? '');
    if (!/^\d+$/.test(timestamp) || !signature.startsWith('v0=')) reject('missing signature');
    const tolerance = options.toleranceSeconds ?? 300;
    if (Math.abs(Date.now() / 1000 - Number(timestamp)) > tolerance) reject('stale timestamp');
    const raw = request.rawBody ?? Buffer.alloc(0);
    const expected = `v0=${createHmac('sha256', options.signingSecret)
      .update(`v0:${timestamp}:`)
      .update(raw)
      .digest('hex')}`;
    const ok =
      signature.length === expected.length && timingSafeEqual(Buffer.from(signature), Buffer.from(expected));
    if (!ok) reject('bad signature');
  };

  /** Stores the incident; resolves with its id, or with undefined if that takes longer than the ack allows. */
  const create = (
    request: FastifyRequest,
    input: {
      description: string;
      labels: Record<string, string>;
      dedupKey: string;
    },
  ): Promise<string | undefined> => {
    const stored = (async () => {
      const incident = await deps.engine.prepare(
        {
          description: input.description,
          labels: input.labels,
          source: 'slack',
        },
        { extract: false },
      ); // extraction runs in the queue worker: accept first
      const { record, created } = await deps.store.create(
        { ...incident, requestId: request.id },
        { dedupKey: input.dedupKey },
      );
      if (created) deps.wake();
      return record.id;
    })();
    stored.catch((err: unknown) =>
      deps.log('slack incident could not be stored', {
        reason: err instanceof Error ? err.message : String(err),
      }),
    );
    const within = deps.options?.ackWithinMs ?? 2500;
    return Promise.race([
      stored,
      new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), within).unref()),
    ]);
  };

  app.post(
    '/api/v1/slack/commands',
    {
      schema: {
        summary: 'Slack slash command (/culprit <description>), signed with the signing secret',
        tags: [TAGS.slack],
        response: { 200: slackCommandReply, ...errorResponses },
      },
    },
    async (request, reply) => {
      verify(request as RawRequest);
      const body = (request.body ?? {}) as Record<string, string | undefined>;
      const text = (body.text ?? '').trim();
      if (!text || text === 'help') {
        return reply.send({
          response_type: 'ephemeral',
          text: 'Usage: `/culprit <what is wrong>`, e.g. `/culprit checkout is failing with 500s`. I investigate and post the root cause here.',
        });
      }
      const labels: Record<string, string> = {};
      if (body.channel_id) labels[SLACK_REPLY_LABELS.channel] = body.channel_id;
      if (body.user_id) labels[SLACK_REPLY_LABELS.user] = body.user_id;
      // Slack resends a command it got no answer to; the trigger id names one invocation.
      const id = await create(request, {
        description: text,
        labels,
        dedupKey: `slack:command:${body.trigger_id ?? `${body.channel_id}:${body.user_id}:${text}`}`,
      });
      return reply.send({
        response_type: 'ephemeral',
        text: id
          ? `Investigating "${text}" (incident ${id}). I will post the result in this channel.`
          : `Investigating "${text}". I will post the result in this channel.`,
      });
    },
  );

  app.post(
    '/api/v1/slack/events',
    {
      schema: {
        summary: 'Slack Events API (app_mention), signed with the signing secret',
        tags: [TAGS.slack],
        response: { 200: slackEventReply, ...errorResponses },
      },
    },
    async (request, reply) => {
      verify(request as RawRequest);
      const body = (request.body ?? {}) as {
        type?: string;
        challenge?: string;
        event_id?: string;
        event?: {
          type?: string;
          text?: string;
          channel?: string;
          user?: string;
          ts?: string;
          thread_ts?: string;
        };
      };
      if (body.type === 'url_verification') return reply.send({ challenge: body.challenge ?? '' });
      const event = body.event;
      if (body.type !== 'event_callback' || event?.type !== 'app_mention') return reply.code(200).send({});
      const text = (event.text ?? '').replace(/<@[A-Z0-9]+(\|[^>]*)?>/g, '').trim();
      if (!text) return reply.code(200).send({});
      const labels: Record<string, string> = {};
      if (event.channel) labels[SLACK_REPLY_LABELS.channel] = event.channel;
      const thread = event.thread_ts ?? event.ts;
      if (thread) labels[SLACK_REPLY_LABELS.thread] = thread;
      if (event.user) labels[SLACK_REPLY_LABELS.user] = event.user;
      await create(request, {
        description: text,
        labels,
        dedupKey: `slack:event:${body.event_id ?? `${event.channel}:${event.ts}`}`,
      });
      return reply.code(200).send({});
    },
  );
}

export const slackRoutes: FastifyPluginAsync<RouteOptions> = async (app, { ctx }) => {
  // Slack sends slash commands form-encoded; only these routes take that content type (a plain HTML
  // form on any site must not be able to create incidents elsewhere). The raw bytes are kept for
  // the signature.
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'buffer' },
    (request, body, done) => {
      (request as RawRequest).rawBody = body as Buffer;
      done(null, Object.fromEntries(new URLSearchParams((body as Buffer).toString('utf8'))));
    },
  );
  registerSlackEntry(app, {
    engine: ctx.engine,
    store: ctx.store,
    wake: () => ctx.worker.wake(),
    onReject: (source, reason) => ctx.metrics.webhookRejections.inc({ source, reason }),
    options: ctx.options.slack,
    log: (message, fields) => app.log.error(fields, message),
  });
};
