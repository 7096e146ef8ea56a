// Benchmark: POST /api/v1/incidents (validation, a durable group-committed SQLite insert + job) and
// GET /api/v1/incidents/:id against a bare fastify server with a schema-validated POST and a GET, at
// 10 and 100 connections, all in one run. Each server runs in its own child process (so its CPU time
// per request can be read) and so does the load generator (autocannon). Culprit runs as `culprit
// serve` does by default: logger at info (to a file), an API key required, the database on disk.
// Run: npx tsx bench/http.ts [--json]
import { execFile, fork, type ChildProcess } from 'node:child_process';
import { closeSync, fdatasyncSync, mkdtempSync, openSync, rmSync, statfsSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const DURATION_S = Number(process.env.BENCH_HTTP_SECONDS ?? 3);
const CONNECTIONS = (process.env.BENCH_HTTP_CONNECTIONS ?? '10,100').split(',').map(Number);
const LOG_LEVEL = (process.env.BENCH_HTTP_LOG_LEVEL ?? 'info') as 'info';
const API_KEY = 'bench-key-0123456789abcdef';
const body = JSON.stringify({
  description: 'checkout is failing with 500s since 14:05',
  labels: { env: 'prod' },
});

type Role = 'bare' | 'culprit';
type Ask = { mark: true } | { stop: true };
type Tell =
  | { url: string; id?: string }
  | { cpuMicros: number; groups: number; accepts: number }
  | { stopped: true };

const role = process.argv[process.argv.indexOf('--role') + 1] as Role | undefined;
if (process.argv.includes('--role')) await serve(role!);
else await main();

/** A child process: one server, answering `mark` with the CPU it used (and the commits it made) since the last mark. */
async function serve(which: Role) {
  const send = (m: Tell) => process.send!(m);
  let stop: () => Promise<void>;
  let url: string;
  let id: string | undefined;
  const groups: number[] = [];
  if (which === 'bare') {
    const { default: Fastify } = await import('fastify');
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
    url = await bare.listen({ host: '127.0.0.1', port: 0 });
    stop = () => bare.close();
  } else {
    const { createEngine } = await import('../src/engine/index.js');
    const { createServer } = await import('../src/server/index.js');
    const { createSqliteStore } = await import('../src/store/index.js');
    const engine = await createEngine({ topology: 'knowledge-graph' });
    // BENCH_HTTP_WRITER_THREAD=1 measures the store with its commits on a writer thread (off by default).
    const store = createSqliteStore({
      path: join(process.env.BENCH_HTTP_DB_DIR!, 'culprit.db'),
      writerThread: process.env.BENCH_HTTP_WRITER_THREAD === '1',
      groupCommit: { onCommit: (n) => groups.push(n) },
    });
    const culprit = await createServer({
      engine,
      store,
      logLevel: LOG_LEVEL,
      apiKeys: [{ name: 'bench', key: API_KEY, scopes: ['incidents:read', 'incidents:write'] }],
      pressure: { maxEventLoopDelayMs: 1000 },
      workers: 1,
    });
    url = await culprit.app.listen({ host: '127.0.0.1', port: 0 });
    // Only the API is measured: stop the worker so investigations don't compete for the CPU.
    await culprit.worker.stop({ timeoutMs: 100 });
    const first = (await (
      await fetch(`${url}/api/v1/incidents`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': API_KEY },
        body,
      })
    ).json()) as { incident_id: string };
    id = first.incident_id;
    stop = async () => {
      await culprit.close({ timeoutMs: 100 });
      await store.close();
    };
  }
  let cpu = process.cpuUsage();
  process.on('message', async (m: Ask) => {
    if ('mark' in m) {
      const used = process.cpuUsage(cpu);
      cpu = process.cpuUsage();
      const accepts = groups.reduce((a, b) => a + b, 0);
      send({ cpuMicros: used.user + used.system, groups: groups.length, accepts });
      groups.length = 0;
    } else {
      await stop();
      send({ stopped: true });
      process.disconnect();
    }
  });
  send({ url, ...(id ? { id } : {}) });
}

interface Load {
  rps: number;
  p99: number;
  non2xx: number;
  errors: number;
  /** Server CPU (user + system, all its threads) per answered request. */
  cpuMicrosPerRequest: number;
  /** Accepts per committed group (Culprit POST only). */
  groupMean?: number;
}

async function main() {
  // The database goes where `culprit serve` keeps it by default: a directory on disk. A tmpfs
  // would make every fsync free, which no deployment on a real disk gets.
  const base = process.env.BENCH_HTTP_DIR ?? tmpdir();
  const TMPFS_MAGIC = 0x01021994;
  if (statfsSync(base).type === TMPFS_MAGIC && !process.env.BENCH_HTTP_DIR) {
    throw new Error(`${base} is a tmpfs: set BENCH_HTTP_DIR to a directory on disk`);
  }
  const dir = mkdtempSync(join(base, 'culprit-bench-http-'));
  const fsync = fsyncMedianMs(dir);
  const autocannonBin = createRequire(import.meta.url).resolve('autocannon/autocannon.js');
  const self = fileURLToPath(import.meta.url);
  const logFile = join(dir, 'culprit.log');

  const start = (which: Role) =>
    new Promise<{ child: ChildProcess; url: string; id?: string }>((resolve, reject) => {
      const out = which === 'culprit' ? openSync(logFile, 'a') : 'ignore';
      // BENCH_HTTP_PROF=<dir> writes a V8 CPU profile of the Culprit server there (on its exit).
      const prof = process.env.BENCH_HTTP_PROF;
      const child = fork(self, ['--role', which], {
        execArgv:
          prof && which === 'culprit'
            ? [...process.execArgv, '--cpu-prof', `--cpu-prof-dir=${prof}`]
            : process.execArgv,
        stdio: ['ignore', out, 'inherit', 'ipc'],
        env: { ...process.env, BENCH_HTTP_DB_DIR: dir },
      });
      if (typeof out === 'number') closeSync(out);
      child.once('message', (m: Tell) => resolve({ child, ...(m as { url: string; id?: string }) }));
      child.once('exit', (code) => reject(new Error(`${which} server exited with ${code}`)));
    });
  const ask = (child: ChildProcess, m: Ask) =>
    new Promise<Tell>((resolve) => {
      child.once('message', resolve);
      child.send(m);
    });

  /** One autocannon run as a child process (its own event loop and CPU time). */
  async function load(
    server: { child: ChildProcess },
    url: string,
    method: 'GET' | 'POST',
    connections: number,
    seconds = DURATION_S,
  ): Promise<Load> {
    const args = [autocannonBin, '--json', '-c', String(connections), '-d', String(seconds), '-m', method];
    args.push('-H', `x-api-key=${API_KEY}`);
    if (method === 'POST') args.push('-H', 'content-type=application/json', '-b', body);
    await ask(server.child, { mark: true });
    const { stdout } = await promisify(execFile)(process.execPath, [...args, url], {
      maxBuffer: 16 * 1024 * 1024,
    });
    const used = (await ask(server.child, { mark: true })) as {
      cpuMicros: number;
      groups: number;
      accepts: number;
    };
    const r = JSON.parse(stdout) as {
      requests: { average: number; total: number };
      latency: { p99: number };
      non2xx: number;
      errors: number;
    };
    return {
      rps: r.requests.average,
      p99: r.latency.p99,
      non2xx: r.non2xx,
      errors: r.errors,
      cpuMicrosPerRequest: used.cpuMicros / Math.max(1, r.requests.total),
      ...(used.groups > 0 ? { groupMean: used.accepts / used.groups } : {}),
    };
  }

  const bare = await start('bare');
  const culprit = await start('culprit');
  // Warm-up (JIT, caches, the database's first pages), not reported.
  for (const server of [bare, culprit]) {
    await load(server, `${server.url}/api/v1/incidents`, 'POST', 10, 1);
    await load(server, `${server.url}/api/v1/incidents/${culprit.id}`, 'GET', 10, 1);
  }
  const runs = [];
  for (const c of CONNECTIONS) {
    const loadBefore = loadavg()[0]!;
    const post = {
      bare: await load(bare, `${bare.url}/api/v1/incidents`, 'POST', c),
      culprit: await load(culprit, `${culprit.url}/api/v1/incidents`, 'POST', c),
    };
    const get = {
      bare: await load(bare, `${bare.url}/api/v1/incidents/${culprit.id}`, 'GET', c),
      culprit: await load(culprit, `${culprit.url}/api/v1/incidents/${culprit.id}`, 'GET', c),
    };
    runs.push({
      connections: c,
      load: [loadBefore, loadavg()[0]!],
      post: { ...post, ratio: post.culprit.rps / post.bare.rps },
      get: { ...get, ratio: get.culprit.rps / get.bare.rps },
    });
  }
  await ask(bare.child, { stop: true });
  await ask(culprit.child, { stop: true });
  rmSync(dir, { recursive: true, force: true });

  const summary = { seconds: DURATION_S, logLevel: LOG_LEVEL, dbDir: base, fsyncMs: fsync, runs };
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(summary));
    return;
  }
  const line = (name: string, r: Load) =>
    `${name.padEnd(36)} ${r.rps.toFixed(0).padStart(7)} req/s   p99 ${String(r.p99).padStart(4)} ms   ` +
    `cpu ${r.cpuMicrosPerRequest.toFixed(0).padStart(4)} µs/req   non-2xx ${r.non2xx}` +
    (r.groupMean !== undefined ? `   ${r.groupMean.toFixed(1)} accepts/commit` : '');
  console.log(
    `${DURATION_S} s per case, 127.0.0.1, servers and autocannon in child processes; Culprit logs at ${LOG_LEVEL}, API key on`,
  );
  console.log(`database in ${base} (fsync of 4 KiB there: median ${fsync.toFixed(2)} ms)`);
  for (const run of runs) {
    const bound = run.connections / (fsync / 1000);
    console.log(
      `\n${run.connections} connections (load average ${run.load.map((l) => l.toFixed(1)).join(' → ')}); ` +
        `a POST waits for its group's fsync, so at most ${run.connections} / ${fsync.toFixed(2)} ms ≈ ${bound.toFixed(0)} POST/s`,
    );
    console.log(line('POST bare fastify (schema-validated)', run.post.bare));
    console.log(line('POST /api/v1/incidents', run.post.culprit));
    console.log(`POST ratio culprit / bare: ${run.post.ratio.toFixed(2)}×`);
    console.log(line('GET bare fastify', run.get.bare));
    console.log(line('GET /api/v1/incidents/:id', run.get.culprit));
    console.log(`GET ratio culprit / bare: ${run.get.ratio.toFixed(2)}×`);
  }
}

/** Median time of a 4 KiB write + fdatasync in `dir` (what each group commit waits for at least). */
function fsyncMedianMs(dir: string): number {
  const file = join(dir, 'fsync-probe');
  const fd = openSync(file, 'w');
  const page = Buffer.alloc(4096, 1);
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    writeSync(fd, page, 0, page.length, (i % 16) * 4096);
    const t = performance.now();
    fdatasyncSync(fd);
    times.push(performance.now() - t);
  }
  closeSync(fd);
  rmSync(file);
  times.sort((a, b) => a - b);
  return times[times.length >> 1]!;
}
