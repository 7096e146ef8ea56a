// Runs one plugin in its own heap-limited worker thread and hands the host proxies that look like the
// plugin's collectors and notifiers. An out-of-memory, a crash, process.exit() or a thread stuck past
// a deadline fails only the calls that worker was running; the next call starts a fresh worker.
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { createError, type CulpritError } from '../errors/index.js';
import type { Collector, Logger, Notifier, NotifierState, PluginManifest } from '../sdk/index.js';
import type { GraphSnapshot } from './graph-snapshot.js';
import { pluginWorkerEntry } from './worker-entry.js';
import {
  fromWireError,
  type HostMessage,
  type WireError,
  type WorkerData,
  type WorkerMessage,
} from './worker-protocol.js';

export interface WorkerIsolationOptions {
  /** V8 limits of each plugin worker; unset fields take DEFAULT_RESOURCE_LIMITS. */
  resourceLimits?: ResourceLimits;
  /** After a missed deadline, how long the worker has to answer a ping before it is terminated. */
  stuckGraceMs?: number;
}

export const DEFAULT_RESOURCE_LIMITS: Required<Omit<ResourceLimits, 'codeRangeSizeMb'>> = {
  maxOldGenerationSizeMb: 256,
  maxYoungGenerationSizeMb: 32,
  stackSizeMb: 4,
};
export const DEFAULT_STUCK_GRACE_MS = 250;
const LOAD_TIMEOUT_MS = 10_000;

type Ready = Extract<WorkerMessage, { type: 'ready' }>;

export interface WorkerPlugin {
  manifest: PluginManifest;
  configSchema?: Record<string, unknown>;
  /** Runs setup in the worker (and again in each replacement worker); rejects with a coded error. */
  setup(config: unknown): Promise<Ready>;
  collectors(): Collector[];
  notifiers(): Notifier[];
  close(): Promise<void>;
}

export interface WorkerPluginOptions extends WorkerIsolationOptions {
  module: string;
  moduleUrl: string;
  graph: GraphSnapshot;
  /** The plugin's (secret-scrubbing) logger: worker log lines land here. */
  logger: Logger;
  setupTimeoutMs: number;
  closeTimeoutMs: number;
}

interface Pending {
  resolve(value: unknown): void;
  reject(err: Error): void;
  logger: Logger;
  /** A notifier call's state: each save from the worker is chained here and awaited before done. */
  state?: NotifierState;
  saving?: Promise<void>;
}

interface Thread {
  worker: Worker;
  pending: Map<number, Pending>;
  listeners: Set<(m: WorkerMessage) => void>;
  stuck: boolean;
  /** Set while a thread that missed a deadline has yet to answer its ping. */
  verdict?: Promise<void>;
  error?: Error;
  dead?: CulpritError;
  exited: Promise<void>;
}

class SetupTimeout extends Error {}

export async function loadWorkerPlugin(options: WorkerPluginOptions): Promise<WorkerPlugin> {
  const entry = await pluginWorkerEntry();
  const resourceLimits = { ...DEFAULT_RESOURCE_LIMITS, ...options.resourceLimits };
  const stuckGraceMs = options.stuckGraceMs ?? DEFAULT_STUCK_GRACE_MS;
  const workerData: WorkerData = { moduleUrl: options.moduleUrl, graph: options.graph };
  let pluginId = '?';
  let seq = 0;
  let config: unknown;
  let first: Ready | undefined;
  let current: Thread | undefined;
  let starting: Promise<Thread> | undefined;
  let closed = false;

  const spawn = (): Thread => {
    const worker = new Worker(entry, {
      workerData,
      resourceLimits,
      name: `culprit-plugin ${options.module}`,
    });
    worker.unref();
    let onExit!: () => void;
    const thread: Thread = {
      worker,
      pending: new Map(),
      listeners: new Set(),
      stuck: false,
      exited: new Promise((r) => (onExit = r)),
    };
    worker.on('message', (m: WorkerMessage) => receive(thread, m));
    worker.on('error', (err) => (thread.error = err));
    worker.on('exit', (exitCode) => {
      thread.dead = deathOf(thread, exitCode);
      for (const p of thread.pending.values()) p.reject(thread.dead);
      thread.pending.clear();
      for (const l of thread.listeners) l({ type: 'closed' });
      onExit();
    });
    return thread;
  };

  const deathOf = (thread: Thread, exitCode: number): CulpritError => {
    if (thread.stuck) return createError('ERR_PLUGIN_WORKER_TERMINATED', { id: pluginId });
    const code = (thread.error as { code?: string } | undefined)?.code;
    if (code === 'ERR_WORKER_OUT_OF_MEMORY')
      return createError('ERR_PLUGIN_WORKER_OUT_OF_MEMORY', {
        id: pluginId,
        limitMb: resourceLimits.maxOldGenerationSizeMb,
      });
    if (thread.error)
      return createError('ERR_PLUGIN_WORKER_CRASHED', { id: pluginId, reason: thread.error.message });
    return createError('ERR_PLUGIN_WORKER_EXITED', { id: pluginId, exitCode });
  };

  const receive = (thread: Thread, m: WorkerMessage) => {
    switch (m.type) {
      case 'log': {
        const logger =
          (m.call !== undefined ? thread.pending.get(m.call)?.logger : undefined) ?? options.logger;
        logger.child(m.bindings)[m.level](m.message, m.fields);
        return;
      }
      case 'done': {
        const pending = thread.pending.get(m.call);
        if (!pending) return;
        if (!pending.saving) pending.resolve(m.result);
        else pending.saving.then(() => pending.resolve(m.result), pending.reject);
        return;
      }
      case 'state': {
        const pending = thread.pending.get(m.call);
        if (!pending?.state) return;
        const state = pending.state;
        pending.saving = (pending.saving ?? Promise.resolve()).then(() => state.set(m.value));
        return;
      }
      case 'fail':
        thread.pending.get(m.call)?.reject(fromWireError(m.error));
        return;
      default:
        for (const l of [...thread.listeners]) l(m);
    }
  };

  /** The next lifecycle message of a thread, or its death, or a timeout (the thread is then terminated). */
  const next = <T extends WorkerMessage['type']>(
    thread: Thread,
    types: T[],
    timeoutMs: number,
  ): Promise<Extract<WorkerMessage, { type: T }>> =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        done();
        void thread.worker.terminate();
        reject(new SetupTimeout());
      }, timeoutMs);
      const listener = (m: WorkerMessage) => {
        if (thread.dead) {
          done();
          reject(thread.dead);
        } else if ((types as string[]).includes(m.type)) {
          done();
          resolve(m as Extract<WorkerMessage, { type: T }>);
        }
      };
      const done = () => {
        clearTimeout(timer);
        thread.listeners.delete(listener);
      };
      if (thread.dead) return listener({ type: 'closed' });
      thread.listeners.add(listener);
    });

  const loadOn = async (thread: Thread) => {
    // Starting a thread and importing the module is not the plugin's setup: it gets its own bound.
    const m = await next(thread, ['loaded', 'failed'], Math.max(options.setupTimeoutMs, LOAD_TIMEOUT_MS));
    if (m.type === 'failed') {
      void thread.worker.terminate();
      throw createError('ERR_PLUGIN_INVALID_MODULE', { module: options.module, reason: m.error.message });
    }
    return m;
  };

  const setupOn = async (thread: Thread): Promise<Ready> => {
    post(thread, { type: 'setup', config });
    const m = await next(thread, ['ready', 'failed'], options.setupTimeoutMs);
    if (m.type === 'failed') {
      void thread.worker.terminate();
      throw setupFailed(m.error);
    }
    return m;
  };

  const setupFailed = (error: WireError | Error) =>
    createError('ERR_PLUGIN_SETUP_FAILED', { id: pluginId, reason: error.message });

  const post = (thread: Thread, message: HostMessage) => thread.worker.postMessage(message);

  const running = async (): Promise<Thread> => {
    if (closed) throw createError('ERR_PLUGIN_WORKER_EXITED', { id: pluginId, exitCode: 0 });
    // A thread that just missed a deadline may be stuck: the next call waits for the verdict.
    if (current?.verdict) await current.verdict;
    if (current && !current.dead) return current;
    starting ??= (async () => {
      const thread = spawn();
      try {
        await loadOn(thread);
        await setupOn(thread);
      } catch (err) {
        if (err instanceof SetupTimeout)
          throw createError('ERR_PLUGIN_SETUP_TIMEOUT', { id: pluginId, timeoutMs: options.setupTimeoutMs });
        throw err;
      }
      current = thread;
      return thread;
    })().finally(() => (starting = undefined));
    return starting;
  };

  /** A missed deadline: a live thread answers the ping; one stuck in a synchronous loop is terminated. */
  const checkAlive = (thread: Thread) => {
    if (thread.dead || thread.verdict) return;
    const ping = ++seq;
    let settle!: () => void;
    thread.verdict = new Promise<void>((r) => (settle = r));
    const done = () => {
      clearTimeout(timer);
      thread.listeners.delete(listener);
      thread.verdict = undefined;
      settle();
    };
    const timer = setTimeout(() => {
      thread.stuck = true;
      void thread.worker.terminate().then(done);
    }, stuckGraceMs);
    const listener = (m: WorkerMessage) => {
      if ((m.type === 'pong' && m.ping === ping) || m.type === 'closed') done();
    };
    thread.listeners.add(listener);
    post(thread, { type: 'ping', ping });
  };

  const call = async (
    message: (call: number) => HostMessage,
    ctx: { signal: AbortSignal; logger: Logger; state?: NotifierState },
  ): Promise<unknown> => {
    const thread = await running();
    if (ctx.signal.aborted) throw createError('ERR_ABORTED', { reason: 'cancelled before the call' });
    const id = ++seq;
    return new Promise((resolve, reject) => {
      const finish = () => {
        thread.pending.delete(id);
        ctx.signal.removeEventListener('abort', onAbort);
        if (thread.pending.size === 0) thread.worker.unref();
      };
      const onAbort = () => {
        finish();
        if (!thread.dead) post(thread, { type: 'abort', call: id });
        checkAlive(thread);
        reject(createError('ERR_ABORTED', { reason: 'deadline or cancellation' }));
      };
      thread.pending.set(id, {
        resolve: (v) => (finish(), resolve(v)),
        reject: (e) => (finish(), reject(e)),
        logger: ctx.logger,
        ...(ctx.state ? { state: ctx.state } : {}),
      });
      ctx.signal.addEventListener('abort', onAbort, { once: true });
      thread.worker.ref();
      try {
        post(thread, message(id));
      } catch (err) {
        finish();
        reject(
          createError('ERR_PLUGIN_COLLECTOR_FAILED', {
            reason: `input cannot cross to the worker: ${String(err)}`,
          }),
        );
      }
    });
  };

  const thread = spawn();
  let loaded;
  try {
    loaded = await loadOn(thread);
  } catch (err) {
    if (err instanceof SetupTimeout) {
      throw createError('ERR_PLUGIN_SETUP_TIMEOUT', {
        id: options.module,
        timeoutMs: options.setupTimeoutMs,
      });
    }
    throw err instanceof Error && 'code' in err && err.code === 'ERR_PLUGIN_INVALID_MODULE'
      ? err
      : createError('ERR_PLUGIN_INVALID_MODULE', { module: options.module, reason: (err as Error).message });
  }
  pluginId = loaded.manifest.id;

  return {
    manifest: loaded.manifest,
    ...(loaded.configSchema ? { configSchema: loaded.configSchema } : {}),
    async setup(frozenConfig) {
      config = frozenConfig;
      try {
        first = await setupOn(thread);
      } catch (err) {
        if (err instanceof SetupTimeout)
          throw createError('ERR_PLUGIN_SETUP_TIMEOUT', { id: pluginId, timeoutMs: options.setupTimeoutMs });
        throw (err as CulpritError).code === 'ERR_PLUGIN_SETUP_FAILED' ? err : setupFailed(err as Error);
      }
      current = thread;
      return first;
    },
    collectors: () =>
      (first?.collectors ?? []).map((info) => {
        const applies = info.appliesTo ? new Set(info.appliesTo) : undefined;
        const proxy: Collector = {
          id: info.id,
          collect: (scope, ctx) =>
            call((id) => ({ type: 'collect', call: id, collector: info.id, scope }), ctx) as ReturnType<
              Collector['collect']
            >,
        };
        if (info.description !== undefined) proxy.description = info.description;
        if (info.timeoutMs !== undefined) proxy.timeoutMs = info.timeoutMs;
        if (applies) proxy.appliesTo = (component) => applies.has(component.id);
        return proxy;
      }),
    notifiers: () =>
      (first?.notifiers ?? []).map((info) => ({
        id: info.id,
        ...(info.events ? { events: info.events } : {}),
        notify: async (event, ctx) => {
          const state = await ctx.state.get();
          await call((id) => ({ type: 'notify', call: id, notifier: info.id, event, state }), ctx);
        },
      })),
    async close() {
      closed = true;
      const live =
        current && !current.dead ? current : starting ? await starting.catch(() => undefined) : undefined;
      if (live && !live.dead) {
        post(live, { type: 'close' });
        await next(live, ['closed'], options.closeTimeoutMs).catch(() => undefined);
        await live.worker.terminate();
      }
      if (thread !== live && !thread.dead) await thread.worker.terminate();
    },
  };
}
