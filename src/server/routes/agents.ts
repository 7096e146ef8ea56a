// Cluster agents: admin API for agent tokens (shown once, kept as sha256, one cluster each) and the
// agents' outbound protocol — long-poll a cluster's queue, answer a request once. An agent token
// opens only its cluster's queue; requests are data the agent's read-only collector acts on.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { createError } from '../../errors/index.js';
import type { AgentStore, AgentTokenRecord } from '../../store/index.js';
import type { RouteOptions } from '../server-context.js';
import { errorResponses, TAGS } from './response-schemas.js';

const CLUSTER = { type: 'string', pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$', maxLength: 63 } as const;
/** How often a long poll looks at the queue. */
const POLL_MS = 200;
/** Evidence of one request: larger than an incident body, still bounded. */
const RESULT_BODY_LIMIT = 8 * 1024 * 1024;

export const hashAgentToken = (token: string) => createHash('sha256').update(token).digest('hex');

const tokenExample = {
  id: '0193a5a2-7c1e-7b7e-9d35-2f0c4f1e8a12',
  cluster: 'west',
  name: 'west agents',
  createdAt: '2026-12-05T12:00:00.000Z',
};
const tokenView = {
  type: 'object',
  required: ['id', 'cluster', 'createdAt'],
  properties: {
    id: { type: 'string' },
    cluster: { type: 'string' },
    name: { type: 'string' },
    createdAt: { type: 'string' },
    revokedAt: { type: 'string' },
    lastUsedAt: { type: 'string' },
  },
} as const;
const createdToken = {
  ...tokenView,
  required: [...tokenView.required, 'token'],
  properties: { ...tokenView.properties, token: { type: 'string' } },
  example: { ...tokenExample, token: 'cpa_Jr0x6k0G3qz8mJ0x0Lk1yQ8m2mJ3z0Qk9b8n7v6c5x4' },
};
const tokenList = {
  type: 'object',
  required: ['items'],
  properties: { items: { type: 'array', items: tokenView } },
  example: { items: [tokenExample] },
};
const revoked = { ...tokenView, example: { ...tokenExample, revokedAt: '2026-12-05T12:30:00.000Z' } };
const pollAnswer = {
  type: 'object',
  required: ['request'],
  properties: {
    request: {
      type: ['object', 'null'],
      required: ['id', 'cluster', 'deadline'],
      properties: {
        id: { type: 'string' },
        cluster: { type: 'string' },
        deadline: { type: 'string' },
        leaseMs: { type: 'integer' },
        payload: { type: 'object', additionalProperties: true },
      },
    },
  },
  example: {
    request: {
      id: '0193a5a2-7c1e-7b7e-9d35-2f0c4f1e8a13',
      cluster: 'west',
      deadline: '2026-12-05T12:00:15.000Z',
      leaseMs: 15000,
      payload: { scope: ['orders-db'], components: [], window: {}, incident: {} },
    },
  },
};
const answered = {
  type: 'object',
  required: ['id', 'accepted'],
  properties: { id: { type: 'string' }, accepted: { type: 'boolean' } },
  example: { id: '0193a5a2-7c1e-7b7e-9d35-2f0c4f1e8a13', accepted: true },
};

export const agentRoutes: FastifyPluginAsync<RouteOptions> = async (app, { ctx }) => {
  const agents = (): AgentStore => {
    if (!ctx.store.agents) throw createError('ERR_AGENT_UNAVAILABLE');
    return ctx.store.agents;
  };
  const view = (t: AgentTokenRecord) => t;

  app.post(
    '/api/v1/agent-tokens',
    {
      config: { auth: 'admin' },
      schema: {
        summary: 'Create an agent token for one cluster (shown once)',
        tags: [TAGS.agents],
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['cluster'],
          properties: { cluster: CLUSTER, name: { type: 'string', maxLength: 200 } },
        },
        response: { 201: createdToken, ...errorResponses },
      },
    },
    async (request, reply) => {
      const body = request.body as { cluster: string; name?: string };
      const token = `cpa_${randomBytes(32).toString('base64url')}`;
      const record = await agents().createToken({
        id: randomUUID(),
        cluster: body.cluster,
        ...(body.name ? { name: body.name } : {}),
        hash: hashAgentToken(token),
      });
      request.log.info({ token_id: record.id, cluster: record.cluster }, 'agent token created');
      return reply.code(201).send({ ...view(record), token });
    },
  );

  app.get(
    '/api/v1/agent-tokens',
    {
      config: { auth: 'admin' },
      schema: {
        summary: 'List agent tokens (never their values)',
        tags: [TAGS.agents],
        response: { 200: tokenList, ...errorResponses },
      },
    },
    async () => ({ items: (await agents().listTokens()).map(view) }),
  );

  app.delete(
    '/api/v1/agent-tokens/:id',
    {
      config: { auth: 'admin' },
      schema: {
        summary: 'Revoke an agent token',
        tags: [TAGS.agents],
        params: { type: 'object', properties: { id: { type: 'string', maxLength: 100 } } },
        response: { 200: revoked, ...errorResponses },
      },
    },
    async (request) => {
      const { id } = request.params as { id: string };
      if (!(await agents().revokeToken(id))) throw createError('ERR_AGENT_TOKEN_NOT_FOUND', { id });
      const record = (await agents().listTokens()).find((t) => t.id === id)!;
      request.log.info({ token_id: id, cluster: record.cluster }, 'agent token revoked');
      return view(record);
    },
  );

  /** The presented agent token, checked: known, not revoked, and for this cluster. */
  const agentOf = async (request: FastifyRequest, cluster: string): Promise<AgentTokenRecord> => {
    const match = /^bearer[ \t]+(\S+)[ \t]*$/i.exec(request.headers.authorization ?? '');
    if (!match) throw createError('ERR_AGENT_TOKEN_INVALID');
    const token = await agents().findToken(hashAgentToken(match[1]!));
    if (!token) throw createError('ERR_AGENT_TOKEN_INVALID');
    if (token.revokedAt) throw createError('ERR_AGENT_TOKEN_REVOKED', { id: token.id });
    if (token.cluster !== cluster) throw createError('ERR_AGENT_WRONG_CLUSTER', { cluster });
    return token;
  };

  const checkAgent = async (request: FastifyRequest) => {
    const { cluster } = request.params as { cluster?: string };
    (request as AgentRequest).agentToken = await agentOf(request, String(cluster ?? ''));
  };

  const clusterParams = { type: 'object', required: ['cluster'], properties: { cluster: CLUSTER } };

  app.get(
    '/api/v1/agents/:cluster/requests',
    {
      // Long polls hold their request for up to `wait` seconds: not counted as in-flight work.
      config: { shed: false },
      onRequest: checkAgent,
      schema: {
        summary: "Long-poll a cluster's collection requests (agent token)",
        tags: [TAGS.agents],
        params: clusterParams,
        querystring: {
          type: 'object',
          properties: { wait: { type: 'integer', minimum: 0, maximum: 25, default: 25 } },
        },
        response: { 200: pollAnswer, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { cluster } = request.params as { cluster: string };
      const { wait } = request.query as { wait: number };
      const token = tokenOf(request);
      await agents().touchToken(token.id);
      const holder = agentName(request, token);
      const until = Date.now() + wait * 1000;
      for (;;) {
        // A poller that went away must not be handed a request it can never answer.
        if (gone(request, reply) || ctx.state.shuttingDown) return { request: null };
        const leased = await agents().leaseRequest(cluster, holder);
        if (leased) {
          request.log.info({ agent_request: leased.id, cluster, agent: holder }, 'agent request leased');
          return {
            request: {
              id: leased.id,
              cluster,
              deadline: new Date(leased.deadline).toISOString(),
              leaseMs: leased.leaseMs,
              payload: leased.payload,
            },
          };
        }
        if (Date.now() + POLL_MS > until) return { request: null };
        await sleep(POLL_MS);
      }
    },
  );

  app.post(
    '/api/v1/agents/:cluster/requests/:id/result',
    {
      bodyLimit: RESULT_BODY_LIMIT,
      // Before the body is read: an 8 MiB upload costs nothing without a good token.
      onRequest: checkAgent,
      schema: {
        summary: 'Answer a collection request (agent token; the first answer wins)',
        tags: [TAGS.agents],
        params: {
          type: 'object',
          required: ['cluster', 'id'],
          properties: { cluster: CLUSTER, id: { type: 'string', maxLength: 100 } },
        },
        body: {
          type: 'object',
          additionalProperties: false,
          properties: {
            evidence: { type: 'array', maxItems: 5000, items: { type: 'object' } },
            discovered: { type: 'array', maxItems: 1000, items: { type: 'object' } },
            error: {
              type: 'object',
              additionalProperties: false,
              required: ['status', 'reason'],
              properties: {
                status: { enum: ['timeout', 'error', 'unavailable', 'permission-denied'] },
                reason: { type: 'string', maxLength: 2000 },
              },
            },
          },
        },
        response: { 200: answered, ...errorResponses },
      },
    },
    async (request) => {
      const { cluster, id } = request.params as { cluster: string; id: string };
      const outcome = await agents().answerRequest(id, cluster, request.body ?? {});
      if (outcome === 'unknown') throw createError('ERR_AGENT_REQUEST_NOT_FOUND', { id, cluster });
      if (outcome === 'already-answered') throw createError('ERR_AGENT_REQUEST_ANSWERED', { id });
      return { id, accepted: true };
    },
  );
};

type AgentRequest = FastifyRequest & { agentToken?: AgentTokenRecord };
const tokenOf = (request: FastifyRequest) => (request as AgentRequest).agentToken!;

function agentName(request: FastifyRequest, token: AgentTokenRecord): string {
  const header = request.headers['x-culprit-agent'];
  const name = typeof header === 'string' && /^[\w.:-]{1,100}$/.test(header) ? header : undefined;
  return `${token.id}/${name ?? request.ip}`;
}

function gone(request: FastifyRequest, reply: FastifyReply): boolean {
  return request.raw.socket?.destroyed === true || reply.raw.destroyed;
}
