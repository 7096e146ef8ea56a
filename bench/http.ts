// Benchmark: POST /api/v1/incidents (validation, extraction, a durable group-committed SQLite insert
// + job) and GET /api/v1/incidents/:id against a bare fastify server with a schema-validated POST and
// a GET, all measured in one run. The load generator (autocannon) runs in its own process so it does
// not starve the servers it measures. Run: npx tsx bench/http.ts [--json]
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Fastify from 'fastify';
import { createEngine } from '../src/engine/index.js';
import { createServer } from '../src/server/index.js';
import { createSqliteStore } from '../src/store/index.js';

const DURATION_S = Number(process.env.BENCH_HTTP_SECONDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_HTTP_CONNECTIONS ?? 10);
const body = JSON.stringify({
  description: 'checkout is failing with 500s since 14:05',
  labels: { env: 'prod' },
});
const autocannonBin = createRequire(import.meta.url).resolve('autocannon/autocannon.js');

interface Load {
  rps: number;
  p99: number;
  non2xx: number;
  errors: number;
}

/** One autocannon run as a child process (its own event loop and CPU time). */
async function load(url: string, method: 'GET' | 'POST'): Promise<Load> {
  const args = [autocannonBin, '--json', '-c', String(CONNECTIONS), '-d', String(DURATION_S), '-m', method];
  if (method === 'POST') args.push('-H', 'content-type=application/json', '-b', body);
  const { stdout } = await promisify(execFile)(process.execPath, [...args, url], {
    maxBuffer: 16 * 1024 * 1024,
  });
  const r = JSON.parse(stdout) as {
    requests: { average: number };
    latency: { p99: number };
    non2xx: number;
    errors: number;
  };
  return { rps: r.requests.average, p99: r.latency.p99, non2xx: r.non2xx, errors: r.errors };
}

// The baseline: what any fastify service pays for a validated JSON POST and a GET by id.
const bare = Fastify({ logger: false });
bare.post(
  '/api/v1/incidents',
  {
    schema: {
      body: {
        type: 'object',
        required: ['description'],
        additionalProperties: false,
        properties: {
          description: { type: 'string', minLength: 1, maxLength: 10_000 },
          labels: { type: 'object', additionalProperties: { type: 'string' } },
        },
      },
    },
  },
  async (_request, reply) => reply.code(202).send({ incident_id: 'x' }),
);
bare.get('/api/v1/incidents/:id', async (request) => ({
  id: (request.params as { id: string }).id,
  status: 'pending',
}));
const bareUrl = await bare.listen({ host: '127.0.0.1', port: 0 });

const dir = mkdtempSync(join(tmpdir(), 'culprit-bench-http-'));
const engine = await createEngine({ topology: 'knowledge-graph' });
// BENCH_HTTP_WRITER_THREAD=1 measures the store with its commits on a writer thread (off by default).
const store = createSqliteStore({
  path: join(dir, 'db.sqlite'),
  writerThread: process.env.BENCH_HTTP_WRITER_THREAD === '1',
});
const culprit = await createServer({ engine, store, logLevel: 'silent', workers: 1 });
const culpritUrl = await culprit.app.listen({ host: '127.0.0.1', port: 0 });
// Only the API is measured: stop the worker so investigations don't compete for the CPU.
await culprit.worker.stop({ timeoutMs: 100 });
const first = (await (
  await fetch(`${culpritUrl}/api/v1/incidents`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  })
).json()) as { incident_id: string };

const results = {
  post: {
    bare: await load(`${bareUrl}/api/v1/incidents`, 'POST'),
    culprit: await load(`${culpritUrl}/api/v1/incidents`, 'POST'),
  },
  get: {
    bare: await load(`${bareUrl}/api/v1/incidents/${first.incident_id}`, 'GET'),
    culprit: await load(`${culpritUrl}/api/v1/incidents/${first.incident_id}`, 'GET'),
  },
};
const counts = await store.counts();
const stored = counts.pending + counts.investigating + counts.completed + counts.failed;
await culprit.close({ timeoutMs: 100 });
await bare.close();
rmSync(dir, { recursive: true, force: true });

const summary = {
  connections: CONNECTIONS,
  seconds: DURATION_S,
  post: { ...results.post, ratio: results.post.culprit.rps / results.post.bare.rps },
  get: { ...results.get, ratio: results.get.culprit.rps / results.get.bare.rps },
  // Every 202 is a stored incident (plus the one the GET reads).
  stored,
};
if (process.argv.includes('--json')) {
  console.log(JSON.stringify(summary));
} else {
  const line = (name: string, r: Load) =>
    `${name.padEnd(36)} ${r.rps.toFixed(0).padStart(7)} req/s   p99 ${String(r.p99).padStart(4)} ms   non-2xx ${r.non2xx}`;
  console.log(`${CONNECTIONS} connections, ${DURATION_S} s each, 127.0.0.1, autocannon in a child process`);
  console.log(line('POST bare fastify (schema-validated)', summary.post.bare));
  console.log(line('POST /api/v1/incidents', summary.post.culprit));
  console.log(`POST ratio culprit / bare: ${summary.post.ratio.toFixed(2)}×`);
  console.log(line('GET bare fastify', summary.get.bare));
  console.log(line('GET /api/v1/incidents/:id', summary.get.culprit));
  console.log(`GET ratio culprit / bare: ${summary.get.ratio.toFixed(2)}×`);
  console.log(`stored incidents: ${stored}`);
}
