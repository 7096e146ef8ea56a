// Benchmark: POST /api/v1/incidents on Culprit's server (validation, extraction, a durable SQLite
// insert + job per request) against a bare fastify endpoint that parses and answers the same JSON,
// both on 127.0.0.1 in the same process. Run: npx tsx bench/http.ts
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import Fastify from 'fastify';
import { createEngine } from '../src/engine/index.js';
import { createServer } from '../src/server/index.js';
import { createSqliteStore } from '../src/store/index.js';

const DURATION_S = 8;
const CONNECTIONS = 20;
const body = JSON.stringify({
  description: 'checkout is failing with 500s since 14:05',
  labels: { env: 'prod' },
});

async function load(url: string): Promise<autocannon.Result> {
  return autocannon({
    url: `${url}/api/v1/incidents`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections: CONNECTIONS,
    duration: DURATION_S,
  });
}

const bare = Fastify({ logger: false });
bare.post('/api/v1/incidents', async (request, reply) =>
  reply.code(202).send({ incident_id: 'x', received: Boolean(request.body) }),
);
const bareUrl = await bare.listen({ host: '127.0.0.1', port: 0 });

const engine = await createEngine({ topology: 'knowledge-graph' });
const store = createSqliteStore({
  path: join(mkdtempSync(join(tmpdir(), 'culprit-bench-http-')), 'db.sqlite'),
});
const culprit = await createServer({ engine, store, logLevel: 'silent', workers: 1 });
const culpritUrl = await culprit.app.listen({ host: '127.0.0.1', port: 0 });
// Only the accept path is measured: stop the worker so investigations don't compete for the CPU.
await culprit.worker.stop({ timeoutMs: 100 });

const base = await load(bareUrl);
const ours = await load(culpritUrl);
const line = (name: string, r: autocannon.Result) =>
  `${name.padEnd(34)} ${r.requests.average.toFixed(0).padStart(7)} req/s   p99 ${String(r.latency.p99).padStart(4)} ms   non-2xx ${r.non2xx}`;
console.log(`POST /api/v1/incidents, ${CONNECTIONS} connections, ${DURATION_S} s each, 127.0.0.1`);
console.log(line('bare fastify (parse + 202)', base));
console.log(line('culprit (validate, extract, store)', ours));
console.log(
  `ratio culprit / bare: ${(ours.requests.average / base.requests.average).toFixed(3)} of the throughput`,
);
const counts = await store.counts();
console.log(
  `stored incidents: ${counts.pending + counts.investigating + counts.completed + counts.failed} (2xx answered: ${ours['2xx']})`,
);
await culprit.close({ timeoutMs: 100 });
await bare.close();
