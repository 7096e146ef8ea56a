// The agent loop against a scripted service on 127.0.0.1: it retries a service that fails with
// jittered, capped backoff, runs the given collector for each request and answers once, keeps to
// its concurrency, refuses requests for another cluster, and stops for good on a refused token.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { backoffMs, buildCollectionRequest, runAgent } from '../../src/agent/index.js';
import type { RegisteredCollector } from '../../src/plugins/index.js';
import { createKnowledgeGraph } from '../../src/topology/index.js';

const graph = createKnowledgeGraph({
  apiVersion: 'culprit/v1',
  kind: 'Topology',
  components: [
    {
      id: 'orders-db',
      kind: 'database',
      addresses: ['orders-db:5432'],
      kubernetes: { cluster: 'west', namespace: 'shop' },
    },
    {
      id: 'checkout',
      kind: 'service',
      kubernetes: { cluster: 'east', namespace: 'shop' },
      dependsOn: ['orders-db'],
    },
  ],
});
const now = new Date().toISOString();
const incident = { id: 'i1', description: 'x', source: 'api', labels: {}, entities: [], createdAt: now };
const window = { from: new Date(Date.now() - 3600_000).toISOString(), to: now };
const payloadFor = (cluster: string, id: string) =>
  buildCollectionRequest(cluster, [graph.component(id)!], incident, window, graph);

interface Script {
  polls: number;
  answers: { id: string; body: Record<string, unknown> }[];
  respond(req: IncomingMessage, res: ServerResponse, poll: number): void;
}
let server: Server | undefined;
afterEach(() => new Promise<void>((r) => (server ? server.close(() => r()) : r())));

async function serve(script: Script): Promise<string> {
  server = createServer((req, res) => {
    if (req.method === 'GET') return script.respond(req, res, ++script.polls);
    let body = '';
    req.on('data', (d: Buffer) => (body += d.toString()));
    req.on('end', () => {
      script.answers.push({ id: req.url!.split('/').at(-2)!, body: JSON.parse(body) });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"accepted":true}');
    });
  });
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
}
const json = (res: ServerResponse, status: number, body: unknown) =>
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
const request = (id: string, payload: unknown) => ({
  request: {
    id,
    cluster: 'west',
    deadline: new Date(Date.now() + 10_000).toISOString(),
    leaseMs: 5000,
    payload,
  },
});

const inFlight = { now: 0, max: 0 };
const collector = (calls: string[][], delayMs = 0): RegisteredCollector => ({
  pluginId: 'fake',
  collector: {
    id: 'fake',
    async collect(scope) {
      calls.push(scope.nodes.map((n) => n.id));
      inFlight.max = Math.max(inFlight.max, ++inFlight.now);
      await new Promise((r) => setTimeout(r, delayMs));
      inFlight.now--;
      return {
        evidence: scope.nodes.map((n) => ({
          node: n.id,
          source: 'fake',
          kind: 'fake.seen',
          attributes: {},
          observedAt: new Date().toISOString(),
        })),
      };
    },
  },
});

describe('backoff', () => {
  it('grows exponentially, is capped, and is jittered below the step', () => {
    expect(backoffMs(1, 500, 30_000, () => 0.999)).toBe(999);
    expect(backoffMs(3, 500, 30_000, () => 0.999)).toBe(3996);
    expect(backoffMs(20, 500, 30_000, () => 0.999)).toBe(29_970);
    expect(backoffMs(3, 500, 30_000, () => 0)).toBe(0);
  });
});

describe('runAgent', () => {
  it('retries a failing service, answers each request once with the collector, within its concurrency', async () => {
    const calls: string[][] = [];
    const abort = new AbortController();
    const script: Script = {
      polls: 0,
      answers: [],
      respond(req, res, poll) {
        expect(req.headers.authorization).toBe('Bearer tok');
        if (poll <= 2) return json(res, 503, { error: { code: 'ERR_SERVER_UNDER_PRESSURE' } });
        if (poll === 3) return json(res, 200, request('r1', payloadFor('west', 'orders-db')));
        if (poll === 4) return json(res, 200, request('r2', payloadFor('west', 'orders-db')));
        // A request for another cluster's component: the agent collects nothing of it.
        if (poll === 5) return json(res, 200, request('r3', payloadFor('east', 'checkout')));
        if (script.answers.length >= 3) abort.abort();
        setTimeout(() => json(res, 200, { request: null }), 50);
      },
    };
    const url = await serve(script);
    await runAgent({
      server: url,
      cluster: 'west',
      token: 'tok',
      name: 'a1',
      collectors: [collector(calls, 100)],
      concurrency: 1,
      backoff: { baseMs: 10, maxMs: 40 },
      signal: abort.signal,
    });
    expect(script.answers.map((a) => a.id)).toEqual(['r1', 'r2', 'r3']);
    expect(calls).toEqual([['orders-db'], ['orders-db']]);
    expect(inFlight.max).toBe(1);
    expect(script.answers[0]!.body.evidence).toEqual([
      expect.objectContaining({ node: 'orders-db', kind: 'fake.seen' }),
    ]);
    expect((script.answers[2]!.body.error as { reason: string }).reason).toContain('ERR_SERVER_INVALID_BODY');
  });

  it('stops with the coded error when its token is refused', async () => {
    const url = await serve({
      polls: 0,
      answers: [],
      respond: (_req, res) => json(res, 401, { error: { code: 'ERR_AGENT_TOKEN_REVOKED' } }),
    });
    await expect(
      runAgent({
        server: url,
        cluster: 'west',
        token: 'tok',
        name: 'a1',
        collectors: [],
        signal: new AbortController().signal,
      }),
    ).rejects.toMatchObject({ code: 'ERR_AGENT_TOKEN_REVOKED' });
  });
});
