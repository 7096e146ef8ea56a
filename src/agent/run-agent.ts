// The outbound-only cluster agent: long-polls its cluster's queue on the Culprit service, runs the
// read-only collectors it was given for each request (bounded concurrency, the request's deadline)
// and posts the evidence back. It listens on nothing; a lost service is retried with jittered,
// capped backoff. A refused token (revoked, other cluster) ends it with the coded error.
import { setTimeout as sleep } from 'node:timers/promises';
import { createError, isCulpritError } from '../errors/index.js';
import { dispatchCollectors, type RegisteredCollector } from '../plugins/index.js';
import { silentLogger, type Logger } from '../sdk/index.js';
import { readCollectionRequest } from './collection-request.js';

export interface AgentOptions {
  /** Base URL of the Culprit service, e.g. https://culprit.example.com */
  server: string;
  cluster: string;
  token: string;
  /** This agent's name in the server's logs (e.g. the pod name). */
  name: string;
  /** The read-only collectors to run (the Kubernetes plugin's, loaded by the caller). */
  collectors: readonly RegisteredCollector[];
  /** Values to scrub from what is sent (plugin config secrets). */
  secrets?: readonly string[];
  /** Requests handled at once (each has its own long poll), default 2. */
  concurrency?: number;
  /** Long-poll wait in seconds (server caps it at 25). */
  waitSeconds?: number;
  backoff?: { baseMs?: number; maxMs?: number };
  logger?: Logger;
  /** Aborting stops polling; requests in hand are abandoned (another agent may take them). */
  signal: AbortSignal;
}

interface WireRequest {
  id: string;
  cluster: string;
  deadline: string;
  payload: unknown;
}

/** Full jitter: a random wait up to the capped exponential step, so agents never retry in step. */
export function backoffMs(failures: number, baseMs: number, maxMs: number, random = Math.random): number {
  return Math.floor(random() * Math.min(maxMs, baseMs * 2 ** Math.min(failures, 30)));
}

export async function runAgent(options: AgentOptions): Promise<void> {
  const logger = options.logger ?? silentLogger;
  const base = options.server.replace(/\/+$/, '');
  const queue = `${base}/api/v1/agents/${encodeURIComponent(options.cluster)}/requests`;
  const headers = { authorization: `Bearer ${options.token}`, 'x-culprit-agent': options.name };
  const { baseMs = 500, maxMs = 30_000 } = options.backoff ?? {};
  const wait = options.waitSeconds ?? 25;
  const { signal } = options;
  let fatal: unknown;
  const stop = new AbortController();
  const stopped = AbortSignal.any([signal, stop.signal]);

  /** A refusal of the token is final: every loop stops and the agent exits with its code. */
  const refused = async (res: Response) => {
    const body = (await res.json().catch(() => ({}))) as { error?: { code?: string } };
    const code = body.error?.code;
    fatal =
      res.status === 403
        ? createError('ERR_AGENT_WRONG_CLUSTER', { cluster: options.cluster })
        : code === 'ERR_AGENT_TOKEN_REVOKED'
          ? createError('ERR_AGENT_TOKEN_REVOKED', { id: '(this agent token)' })
          : createError('ERR_AGENT_TOKEN_INVALID');
    stop.abort();
  };

  const loop = async (slot: number) => {
    let failures = 0;
    while (!stopped.aborted) {
      let res: Response;
      try {
        res = await fetch(`${queue}?wait=${wait}`, { headers, signal: stopped });
      } catch (err) {
        if (stopped.aborted) return;
        failures++;
        const pause = backoffMs(failures, baseMs, maxMs);
        logger.warn('cannot reach the Culprit service; retrying', {
          slot,
          pauseMs: pause,
          reason: err instanceof Error ? err.message : String(err),
        });
        await sleep(pause, undefined, { signal: stopped }).catch(() => undefined);
        continue;
      }
      if (res.status === 401 || res.status === 403) return refused(res);
      if (!res.ok) {
        await res.body?.cancel();
        failures++;
        const pause = backoffMs(failures, baseMs, maxMs);
        logger.warn('the Culprit service refused the poll; retrying', { status: res.status, pauseMs: pause });
        await sleep(pause, undefined, { signal: stopped }).catch(() => undefined);
        continue;
      }
      if (failures > 0) logger.info('connected to the Culprit service', { slot });
      failures = 0;
      const { request } = (await res.json()) as { request: WireRequest | null };
      if (request) await handle(request);
    }
  };

  const handle = async (request: WireRequest) => {
    const deadline = Date.parse(request.deadline);
    const started = Date.now();
    let body: unknown;
    try {
      const { graph, nodes, incident, window } = readCollectionRequest(request.payload, options.cluster);
      // Leave time to send the answer before the engine stops waiting.
      const budget = Math.max(500, deadline - Date.now() - 750);
      const result = await dispatchCollectors({
        collectors: options.collectors,
        incident,
        nodes,
        window,
        graph,
        signal: stopped,
        logger,
        limits: { collectorTimeoutMs: budget },
        secrets: options.secrets ?? [],
      });
      body = { evidence: result.evidence, discovered: result.discovered };
    } catch (err) {
      body = {
        error: {
          status: 'error',
          reason: (isCulpritError(err)
            ? `${err.code}: ${err.message}`
            : 'the request could not be read'
          ).slice(0, 2000),
        },
      };
    }
    for (let attempt = 0; attempt < 3 && !stopped.aborted && Date.now() < deadline; attempt++) {
      try {
        const res = await fetch(`${queue}/${encodeURIComponent(request.id)}/result`, {
          method: 'POST',
          headers: { ...headers, 'content-type': 'application/json' },
          body: JSON.stringify(body),
          signal: stopped,
        });
        await res.body?.cancel();
        if (res.status === 401 || res.status === 403) return refused(res);
        // 409: another agent answered first; 404: the engine no longer waits. Either way, done.
        logger.info('collection request answered', {
          request: request.id,
          status: res.status,
          durationMs: Date.now() - started,
        });
        if (res.status < 500) return;
      } catch {
        if (stopped.aborted) return;
      }
      await sleep(backoffMs(attempt + 1, baseMs, 2_000), undefined, { signal: stopped }).catch(
        () => undefined,
      );
    }
  };

  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 2) }, (_, i) => loop(i)));
  if (fatal) throw fatal;
}
