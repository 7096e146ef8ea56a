// Runs inside one plugin's worker thread: imports the plugin module, runs `setup` with a context whose
// logger and registrations post messages to the host, then serves collect and notify calls by id.
// Nothing the plugin returns is trusted to be cloneable: what cannot cross is reported as a failure.
import { parentPort, workerData } from 'node:worker_threads';
import { createError } from '../errors/index.js';
import type { Collector, Logger, Notifier, PluginContext, PluginDefinition } from '../sdk/index.js';
import { graphFromSnapshot } from './graph-snapshot.js';
import {
  toWireError,
  type CollectorInfo,
  type HostMessage,
  type LogLevel,
  type WorkerData,
  type WorkerMessage,
} from './worker-protocol.js';

const port = parentPort!;
const data = workerData as WorkerData;
const graph = graphFromSnapshot(data.graph);
const lifetime = new AbortController();
const collectors = new Map<string, Collector>();
const notifiers = new Map<string, Notifier>();
const registered = {
  collectors: [] as string[],
  notifiers: [] as string[],
  facts: [] as string[],
  operators: [] as string[],
};
const closers: (() => void | Promise<void>)[] = [];
const calls = new Map<number, AbortController>();
let definition: PluginDefinition<unknown> | undefined;

function post(message: WorkerMessage): void {
  try {
    port.postMessage(message);
  } catch (err) {
    if (message.type === 'done')
      port.postMessage({ type: 'fail', call: message.call, error: toWireError(err) } satisfies WorkerMessage);
    else throw err;
  }
}

function plain(fields: unknown): Record<string, unknown> | undefined {
  if (fields === undefined) return undefined;
  try {
    return JSON.parse(JSON.stringify(fields)) as Record<string, unknown>;
  } catch {
    return { fields: '[unserializable]' };
  }
}

function workerLogger(bindings: Record<string, unknown>, call?: number): Logger {
  const at =
    (level: LogLevel) =>
    (message: string, fields?: Record<string, unknown>): void =>
      post({
        type: 'log',
        ...(call !== undefined ? { call } : {}),
        level,
        message: String(message),
        ...(fields !== undefined ? { fields: plain(fields)! } : {}),
        bindings,
      });
  return {
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    child: (more) => workerLogger({ ...bindings, ...plain(more) }, call),
  };
}

async function load(): Promise<void> {
  let mod: Record<string, unknown>;
  try {
    mod = (await import(data.moduleUrl)) as Record<string, unknown>;
  } catch (err) {
    post({ type: 'failed', stage: 'load', error: toWireError(err) });
    return;
  }
  const candidate = (mod.default ?? mod.plugin) as PluginDefinition<unknown> | undefined;
  if (
    !candidate ||
    typeof candidate !== 'object' ||
    typeof candidate.setup !== 'function' ||
    !candidate.manifest
  ) {
    post({ type: 'failed', stage: 'load', error: { message: 'no plugin definition exported' } });
    return;
  }
  definition = candidate;
  try {
    post({
      type: 'loaded',
      manifest: candidate.manifest,
      ...(candidate.configSchema ? { configSchema: candidate.configSchema } : {}),
    });
  } catch (err) {
    post({ type: 'failed', stage: 'load', error: toWireError(err) });
  }
}

async function setup(config: unknown): Promise<void> {
  const plugin = definition!;
  let settled = false;
  const guard = (what: string) => {
    if (settled)
      throw createError('ERR_PLUGIN_SETUP_FAILED', {
        id: plugin.manifest.id,
        reason: `${what} called after setup finished`,
      });
  };
  const ctx: PluginContext = {
    pluginId: plugin.manifest.id,
    logger: workerLogger({}),
    graph,
    signal: lifetime.signal,
    registerCollector(c) {
      guard('registerCollector');
      registered.collectors.push(c.id);
      collectors.set(c.id, c);
    },
    registerNotifier(n) {
      guard('registerNotifier');
      registered.notifiers.push(n.id);
      notifiers.set(n.id, n);
    },
    registerFact(f) {
      guard('registerFact');
      registered.facts.push(f.id);
    },
    registerOperator(o) {
      guard('registerOperator');
      registered.operators.push(o.id);
    },
    onClose: (hook) => void closers.push(hook),
  };
  try {
    await plugin.setup(ctx, config);
    settled = true;
  } catch (err) {
    settled = true;
    post({ type: 'failed', stage: 'setup', error: toWireError(err) });
    return;
  }
  post({
    type: 'ready',
    collectors: registered.collectors.map((id) => collectorInfo(collectors.get(id)!)),
    notifiers: registered.notifiers.map((id) => {
      const events = notifiers.get(id)!.events;
      return { id, ...(events ? { events: [...events] } : {}) };
    }),
    facts: registered.facts,
    operators: registered.operators,
  });
}

/** appliesTo is a function: the host gets its answer for every component of the graph instead. */
function collectorInfo(c: Collector): CollectorInfo {
  const info: CollectorInfo = { id: c.id };
  if (typeof c.description === 'string') info.description = c.description;
  if (typeof c.timeoutMs === 'number') info.timeoutMs = c.timeoutMs;
  if (typeof c.appliesTo === 'function') {
    info.appliesTo = [...graph.components()]
      .filter((component) => {
        try {
          return c.appliesTo!(component) === true;
        } catch {
          return false;
        }
      })
      .map((component) => component.id);
  }
  return info;
}

function serve(call: number, run: (ctx: { signal: AbortSignal; logger: Logger }) => unknown): void {
  const controller = new AbortController();
  calls.set(call, controller);
  Promise.resolve()
    .then(() => run({ signal: controller.signal, logger: workerLogger({}, call) }))
    .then(
      (result) => post({ type: 'done', call, result }),
      (err: unknown) => post({ type: 'fail', call, error: toWireError(err) }),
    )
    .finally(() => calls.delete(call));
}

async function close(): Promise<void> {
  lifetime.abort();
  for (const hook of [...closers].reverse()) {
    try {
      await hook();
    } catch (err) {
      workerLogger({}).warn('plugin close hook failed', { reason: toWireError(err).message });
    }
  }
  post({ type: 'closed' });
}

port.on('message', (message: HostMessage) => {
  switch (message.type) {
    case 'setup':
      void setup(message.config);
      break;
    case 'collect': {
      const collector = collectors.get(message.collector);
      // Components as this thread's graph holds them (frozen, the same objects graph queries return).
      const nodes = message.scope.nodes.map((n) => graph.component(n.id) ?? n);
      serve(message.call, (ctx) => collector!.collect({ ...message.scope, nodes }, { ...ctx, graph }));
      break;
    }
    case 'notify': {
      const notifier = notifiers.get(message.notifier);
      let saved = message.state;
      const call = message.call;
      const state = {
        get: <T>() => Promise.resolve(saved as T | undefined),
        set: (value: unknown) => {
          saved = value;
          post({ type: 'state', call, value });
          return Promise.resolve();
        },
      };
      serve(call, (ctx) => notifier!.notify(message.event, { ...ctx, graph, state }));
      break;
    }
    case 'abort':
      calls.get(message.call)?.abort();
      break;
    case 'ping':
      post({ type: 'pong', ping: message.ping });
      break;
    case 'close':
      void close();
      break;
  }
});

void load();
