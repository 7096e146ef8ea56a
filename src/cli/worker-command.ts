// `culprit worker`: a process that only runs investigations from the shared store's queue, with
// /healthz, /readyz and /metrics on a small side port (node:http, no API). SIGTERM stops leasing,
// lets running investigations finish within the grace period, releases the rest, then exits.
import { createServer as createHttpServer, type Server, type ServerResponse } from 'node:http';
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import { createError } from '../errors/index.js';
import { createEventHub } from '../server/event-hub.js';
import { createInvestigationWorker } from '../server/investigation-worker.js';
import { createServerMetrics } from '../server/server-metrics.js';
import type { IncidentStore } from '../store/index.js';
import type { CliIo } from './io.js';
import { loadServeConfig, type ServeFlags } from './serve-command.js';
import { startServiceRuntime, untilStopped } from './service-runtime.js';

export interface WorkerFlags extends Omit<ServeFlags, 'apiKey' | 'port'> {
  /** Side port for /healthz, /readyz, /metrics (default 8081; 0 = any free port). */
  port?: string;
  /** Grace period for running investigations on SIGTERM (default 10000). */
  shutdownMs?: string;
}

const DEFAULT_SIDE_PORT = 8081;

export async function runWorker(flags: WorkerFlags, io: CliIo): Promise<number> {
  const { port, shutdownMs, ...serveFlags } = flags;
  const config = await loadServeConfig(serveFlags, io);
  const nonNegative = (v: string | undefined, name: string, fallback: number) => {
    if (v === undefined) return fallback;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0)
      throw createError('ERR_INVALID_ARGUMENT', { name, reason: 'must be a non-negative integer' });
    return n;
  };
  const sidePort = nonNegative(port, '--port', DEFAULT_SIDE_PORT);
  const graceMs = nonNegative(shutdownMs, '--shutdown-ms', 10_000);
  if (config.workers < 1)
    throw createError('ERR_INVALID_ARGUMENT', { name: '--workers', reason: 'a worker runs at least 1' });

  const runtime = await startServiceRuntime(config, io, 'culprit worker');
  const { engine, store, logger } = runtime;
  const metrics = createServerMetrics(createEventHub(0));
  const workerId = `${hostname()}-${process.pid}-${randomUUID().slice(0, 8)}`;
  const worker = createInvestigationWorker({
    engine,
    store,
    workerId,
    concurrency: config.workers,
    leaseMs: config.leaseMs,
    metrics,
    logger: logger.child({ worker_id: workerId }),
  });
  const state = { stopping: false };
  const side = createHttpServer(
    (req, res) => void answer(req.method ?? 'GET', req.url ?? '/', res, { store, metrics, state }),
  );
  let address: string;
  try {
    address = await listen(side, config.host, sidePort);
  } catch (err) {
    await runtime.close();
    if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE')
      throw createError('ERR_CLI_PORT_IN_USE', { host: config.host, port: sidePort }, { cause: err });
    throw err;
  }
  worker.start();
  runtime.startRetention();
  io.stdout(`culprit worker ${workerId} running ${config.workers} at once; health on ${address}\n`);
  return untilStopped(
    logger,
    async () => {
      // Readiness turns 503 first, so nothing routes here while the running investigations finish.
      state.stopping = true;
      await worker.stop({ timeoutMs: worker.running > 0 ? graceMs : 0 });
      side.closeAllConnections();
      await new Promise<void>((r) => side.close(() => r()));
      await runtime.close();
    },
    graceMs + 10_000,
  );
}

async function answer(
  method: string,
  url: string,
  res: ServerResponse,
  ctx: {
    store: IncidentStore;
    metrics: ReturnType<typeof createServerMetrics>;
    state: { stopping: boolean };
  },
): Promise<void> {
  const json = (status: number, body: object) => {
    res.writeHead(status, {
      'content-type': 'application/json',
      ...(status === 503 ? { 'retry-after': '5' } : {}),
    });
    res.end(JSON.stringify(body));
  };
  const path = url.split('?')[0];
  try {
    if (path === '/healthz') return json(200, { status: 'ok' });
    if (path === '/readyz') {
      if (ctx.state.stopping) return json(503, { status: 'shutting-down' });
      try {
        await ctx.store.ping();
        return json(200, { status: 'ready' });
      } catch {
        return json(503, { status: 'store-unavailable' });
      }
    }
    if (path === '/metrics') {
      const counts = await ctx.store.counts();
      for (const [status, n] of Object.entries(counts)) ctx.metrics.byStatus.set({ status }, n);
      const text = await ctx.metrics.registry.metrics();
      res.writeHead(200, { 'content-type': ctx.metrics.registry.contentType });
      res.end(text);
      return;
    }
    const err = createError('ERR_SERVER_NOT_FOUND', { method, url: path });
    return json(404, { error: { code: err.code, message: err.message } });
  } catch {
    return json(503, { status: 'store-unavailable' });
  }
}

function listen(server: Server, host: string, port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const a = server.address();
      resolve(
        typeof a === 'object' && a
          ? `http://${a.family === 'IPv6' ? `[${a.address}]` : a.address}:${a.port}`
          : String(a),
      );
    });
  });
}
