// Load shedding: at most `maxInFlight` requests do work at once, and none while the process is over
// its pressure budget (event-loop delay, heap, RSS — measured by @fastify/under-pressure). A slot
// is taken after authentication and body parsing, just before the handler, and given back exactly
// once when the response closes, whatever ended it (sent, aborted, timed out, errored).
import underPressure from '@fastify/under-pressure';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { createError } from '../errors/index.js';
import type { ServerOptions } from './server-context.js';

export interface LoadGauge {
  readonly inFlight: number;
  readonly limit: number;
  /** Why new work would be shed now, or undefined when it would be accepted. */
  overloaded(): 'in-flight' | 'pressure' | undefined;
}

export async function installLoadShedding(
  app: FastifyInstance,
  options: Pick<ServerOptions, 'maxInFlight' | 'pressure'>,
): Promise<LoadGauge> {
  const pressure = options.pressure ?? {};
  // Measurement only: shedding happens below, after authentication, so that the order of refusals
  // (401 before 429/503) does not depend on which plugin registered its hook first.
  await app.register(underPressure, {
    maxEventLoopDelay: pressure.maxEventLoopDelayMs ?? 0,
    maxEventLoopUtilization: pressure.maxEventLoopUtilization ?? 0,
    maxHeapUsedBytes: pressure.maxHeapUsedBytes ?? 0,
    maxRssBytes: pressure.maxRssBytes ?? 0,
    sampleInterval: pressure.sampleIntervalMs ?? 1000,
    pressureHandler: () => undefined,
  });
  const limit = options.maxInFlight ?? 256;
  let inFlight = 0;
  const gauge: LoadGauge = {
    get inFlight() {
      return inFlight;
    },
    limit,
    overloaded() {
      if (app.isUnderPressure()) return 'pressure';
      return inFlight >= limit ? 'in-flight' : undefined;
    },
  };

  app.addHook('preHandler', async (request: FastifyRequest, reply) => {
    if (request.routeOptions.config.shed === false) return;
    const reason = gauge.overloaded();
    if (reason === 'pressure') throw createError('ERR_SERVER_UNDER_PRESSURE');
    if (reason === 'in-flight') throw createError('ERR_SERVER_OVERLOADED');
    inFlight++;
    let held = true;
    const release = () => {
      if (!held) return;
      held = false;
      inFlight--;
    };
    // 'close' follows 'finish' and also fires when the client vanished first; onResponse covers
    // light-my-request's responses in tests.
    reply.raw.once('close', release);
    (request as FastifyRequest & { releaseSlot?: () => void }).releaseSlot = release;
    if (reply.raw.destroyed) release();
  });
  app.addHook('onResponse', async (request) => {
    (request as FastifyRequest & { releaseSlot?: () => void }).releaseSlot?.();
  });
  return gauge;
}
