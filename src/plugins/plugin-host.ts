// Loads plugins and owns their lifecycle: checks the manifest, engine range, dependencies and config,
// runs setup under a timeout, closes in reverse order. Third-party packages run in their own worker
// thread; built-ins that opt in, and definitions passed in memory, run in-process. Plugins get a
// typed context only — never the DI container.
import { sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ResourceLimits } from 'node:worker_threads';
import semver from 'semver';
import { createError, isCulpritError, type CulpritError } from '../errors/index.js';
import { compileSchema, describeAjvError, errorPointer, getValidator, packagePath } from '../schema/index.js';
import type {
  Collector,
  FactDefinition,
  GraphView,
  Logger,
  Notifier,
  OperatorDefinition,
  PluginContext,
  PluginDefinition,
  PluginIsolation,
  PluginManifest,
} from '../sdk/index.js';
import { silentLogger } from '../sdk/index.js';
import { snapshotGraph, type GraphSnapshot } from './graph-snapshot.js';
import { guardCollector, guardNotifier } from './plugin-boundary.js';
import { resolvePluginModule } from './resolve-module.js';
import { redactingLogger, scrubText, secretValues } from './secrets.js';
import { loadWorkerPlugin, type WorkerIsolationOptions } from './worker-plugin.js';

export interface PluginSpec {
  /** npm package name (resolved from the host's cwd) or file path. */
  module?: string;
  /** A definition already in memory (always runs in-process: functions cannot cross a thread). */
  plugin?: PluginDefinition<never>;
  config?: unknown;
  /**
   * Where a module's code runs. Default: `worker`, except for plugins shipped with Culprit whose
   * manifest asks for `in-process`. Choose `in-process` only for code you trust with the service.
   */
  isolation?: PluginIsolation;
  /** V8 limits of this plugin's worker (overrides the host's `isolation.resourceLimits`). */
  resourceLimits?: ResourceLimits;
}

export interface RegisteredCollector {
  pluginId: string;
  collector: Collector;
  /** Values to scrub from what it returns (every loaded plugin's secrets), applied after the caps. */
  secrets?: () => readonly string[];
}
export interface RegisteredNotifier {
  pluginId: string;
  notifier: Notifier;
}

export interface PluginHostOptions {
  engineVersion: string;
  graph: GraphView;
  logger?: Logger;
  setupTimeoutMs?: number;
  closeTimeoutMs?: number;
  cwd?: string;
  /** Defaults for worker-isolated plugins: heap limits, how long a stuck worker gets before termination. */
  isolation?: WorkerIsolationOptions;
}

export interface PluginHost {
  load(spec: PluginSpec): Promise<void>;
  collectors(): RegisteredCollector[];
  notifiers(): RegisteredNotifier[];
  operators(): { pluginId: string; operator: OperatorDefinition }[];
  facts(): { pluginId: string; fact: FactDefinition }[];
  plugins(): PluginManifest[];
  /** Every secret value from loaded plugins' configs (for scrubbing collector output). */
  secrets(): readonly string[];
  close(): Promise<void>;
}

interface Loaded {
  manifest: PluginManifest;
  isolation: PluginIsolation;
  collectors: Collector[];
  notifiers: Notifier[];
  facts: FactDefinition[];
  operators: OperatorDefinition[];
  closers: (() => void | Promise<void>)[];
  abort: AbortController;
}

export function createPluginHost(options: PluginHostOptions): PluginHost {
  const loaded: Loaded[] = [];
  const logger = options.logger ?? silentLogger;
  const allSecrets: string[] = [];
  const setupTimeoutMs = options.setupTimeoutMs ?? 10_000;

  const resolveModule = (module: string): string => {
    const cwd = options.cwd ?? process.cwd();
    const path = resolvePluginModule(module, cwd);
    if (!path) throw createError('ERR_PLUGIN_NOT_FOUND', { module, cwd });
    return path;
  };

  const importDefinition = async (module: string, path: string): Promise<PluginDefinition<unknown>> => {
    let mod: Record<string, unknown>;
    try {
      mod = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
    } catch (err) {
      throw createError(
        'ERR_PLUGIN_INVALID_MODULE',
        { module, reason: err instanceof Error ? err.message : String(err) },
        { cause: err },
      );
    }
    const candidate = (mod.default ?? mod.plugin) as PluginDefinition<unknown> | undefined;
    if (
      !candidate ||
      typeof candidate !== 'object' ||
      typeof candidate.setup !== 'function' ||
      !candidate.manifest
    ) {
      throw createError('ERR_PLUGIN_INVALID_MODULE', { module });
    }
    return candidate;
  };

  const checkManifest = (manifest: unknown): PluginManifest => {
    const validate = getValidator<PluginManifest>('plugin-manifest.schema.json');
    if (!validate(manifest)) {
      const e = validate.errors?.[0];
      throw createError('ERR_PLUGIN_INVALID_MANIFEST', {
        reason: e ? `${errorPointer(e) || '/'} ${describeAjvError(e)}` : 'invalid',
      });
    }
    if (!semver.validRange(manifest.engine)) {
      throw createError('ERR_PLUGIN_INVALID_MANIFEST', {
        reason: `engine "${manifest.engine}" is not a semver range`,
      });
    }
    if (loaded.some((l) => l.manifest.id === manifest.id))
      throw createError('ERR_PLUGIN_DUPLICATE_ID', { id: manifest.id });
    if (!semver.satisfies(options.engineVersion, manifest.engine, { includePrerelease: true })) {
      throw createError('ERR_PLUGIN_ENGINE_MISMATCH', {
        id: manifest.id,
        range: manifest.engine,
        version: options.engineVersion,
      });
    }
    for (const [dependency, range] of Object.entries(manifest.dependencies ?? {})) {
      const dep = loaded.find((l) => l.manifest.id === dependency);
      if (!dep || !semver.satisfies(dep.manifest.version, range, { includePrerelease: true })) {
        throw createError('ERR_PLUGIN_MISSING_DEPENDENCY', { id: manifest.id, dependency, range });
      }
    }
    return manifest;
  };

  const checkConfig = (
    definition: Pick<PluginDefinition<unknown>, 'configSchema'>,
    manifest: PluginManifest,
    config: unknown,
  ) => {
    const copy = structuredClone(config ?? {});
    const secrets = definition.configSchema ? secretValues(definition.configSchema, copy) : [];
    if (definition.configSchema) {
      let validate;
      try {
        validate = compileSchema(definition.configSchema);
      } catch (err) {
        throw createError('ERR_PLUGIN_INVALID_MANIFEST', {
          reason: `configSchema does not compile: ${scrubText(String(err), secrets)}`,
        });
      }
      if (!validate(copy)) {
        const reason = (validate.errors ?? [])
          .map((e) => `${errorPointer(e) || '/'} ${describeAjvError(e)}`)
          .join('; ');
        throw createError('ERR_PLUGIN_INVALID_CONFIG', {
          id: manifest.id,
          reason: scrubText(reason, secrets),
        });
      }
    }
    // Defaults were applied by validation: look again so a defaulted secret is scrubbed too.
    const all = new Set([...secrets, ...secretValues(definition.configSchema, copy)]);
    return { config: deepFreeze(copy), secrets: [...all] };
  };

  const loadInProcess = async (definition: PluginDefinition<unknown>, rawConfig: unknown): Promise<void> => {
    const manifest = checkManifest(definition.manifest);
    const { config, secrets } = checkConfig(definition, manifest, rawConfig);
    allSecrets.push(...secrets);
    const entry: Loaded = {
      manifest,
      isolation: 'in-process',
      collectors: [],
      notifiers: [],
      facts: [],
      operators: [],
      closers: [],
      abort: new AbortController(),
    };
    const pluginLogger = redactingLogger(logger.child({ plugin: manifest.id }), () => allSecrets);
    let settled = false;
    const guard = (what: string) => {
      if (settled)
        throw createError('ERR_PLUGIN_SETUP_FAILED', {
          id: manifest.id,
          reason: `${what} called after setup finished`,
        });
    };
    const ctx: PluginContext = {
      pluginId: manifest.id,
      logger: pluginLogger,
      graph: options.graph,
      signal: entry.abort.signal,
      registerCollector(c) {
        guard('registerCollector');
        entry.collectors.push(guardCollector(c, () => allSecrets));
      },
      registerNotifier(n) {
        guard('registerNotifier');
        entry.notifiers.push(guardNotifier(n, () => allSecrets));
      },
      registerFact(f) {
        guard('registerFact');
        entry.facts.push(f);
      },
      registerOperator(o) {
        guard('registerOperator');
        entry.operators.push(o);
      },
      onClose: (hook) => void entry.closers.push(hook),
    };
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        Promise.resolve().then(() => definition.setup(ctx, config)),
        new Promise((_, reject) => {
          timer = setTimeout(
            () =>
              reject(createError('ERR_PLUGIN_SETUP_TIMEOUT', { id: manifest.id, timeoutMs: setupTimeoutMs })),
            setupTimeoutMs,
          );
        }),
      ]);
      settled = true;
      checkProvides(manifest, entry);
    } catch (err) {
      settled = true;
      entry.abort.abort();
      await runClosers(entry, pluginLogger, options.closeTimeoutMs ?? 5_000);
      if (isCulpritError(err) && err.code.startsWith('ERR_PLUGIN_')) throw scrubError(err, allSecrets);
      throw createError(
        'ERR_PLUGIN_SETUP_FAILED',
        {
          id: manifest.id,
          reason: scrubText(err instanceof Error ? err.message : String(err), allSecrets),
        },
        { cause: err },
      );
    } finally {
      clearTimeout(timer);
    }
    loaded.push(entry);
    pluginLogger.debug('plugin loaded', { version: manifest.version });
  };

  let snapshot: GraphSnapshot | undefined;

  const loadInWorker = async (module: string, path: string, spec: PluginSpec): Promise<void> => {
    const pluginLogger = (id: string) => redactingLogger(logger.child({ plugin: id }), () => allSecrets);
    let id = module;
    snapshot ??= snapshotGraph(options.graph);
    const plugin = await loadWorkerPlugin({
      module,
      moduleUrl: pathToFileURL(path).href,
      graph: snapshot,
      logger: { ...pluginLogger(module), child: (bindings) => pluginLogger(id).child(bindings) },
      setupTimeoutMs,
      closeTimeoutMs: options.closeTimeoutMs ?? 5_000,
      ...options.isolation,
      ...(spec.resourceLimits
        ? { resourceLimits: { ...options.isolation?.resourceLimits, ...spec.resourceLimits } }
        : {}),
    });
    try {
      const manifest = checkManifest(plugin.manifest);
      id = manifest.id;
      const { config, secrets } = checkConfig(plugin, manifest, spec.config);
      allSecrets.push(...secrets);
      const ready = await plugin.setup(config);
      for (const what of ['facts', 'operators'] as const) {
        if (ready[what].length > 0)
          throw createError('ERR_PLUGIN_WORKER_UNSUPPORTED', {
            id: manifest.id,
            what: `${what} (${ready[what].join(', ')})`,
          });
      }
      const entry: Loaded = {
        manifest,
        isolation: 'worker',
        collectors: plugin.collectors().map((c) => guardCollector(c, () => allSecrets)),
        notifiers: plugin.notifiers().map((n) => guardNotifier(n, () => allSecrets)),
        facts: [],
        operators: [],
        closers: [() => plugin.close()],
        abort: new AbortController(),
      };
      checkProvides(manifest, entry);
      loaded.push(entry);
      pluginLogger(manifest.id).debug('plugin loaded', { version: manifest.version, isolation: 'worker' });
    } catch (err) {
      await plugin.close();
      throw isCulpritError(err) ? scrubError(err, allSecrets) : err;
    }
  };

  return {
    async load(spec) {
      if (spec.plugin) return loadInProcess(spec.plugin as PluginDefinition<unknown>, spec.config);
      const module = spec.module ?? '';
      const path = resolveModule(module);
      if (spec.isolation === 'in-process')
        return loadInProcess(await importDefinition(module, path), spec.config);
      if (spec.isolation !== 'worker' && isBuiltIn(path)) {
        const definition = await importDefinition(module, path);
        if (definition.manifest.isolation === 'in-process') return loadInProcess(definition, spec.config);
      }
      return loadInWorker(module, path, spec);
    },
    collectors: () =>
      loaded.flatMap((l) =>
        l.collectors.map((collector) => ({ pluginId: l.manifest.id, collector, secrets: () => allSecrets })),
      ),
    notifiers: () =>
      loaded.flatMap((l) => l.notifiers.map((notifier) => ({ pluginId: l.manifest.id, notifier }))),
    operators: () =>
      loaded.flatMap((l) => l.operators.map((operator) => ({ pluginId: l.manifest.id, operator }))),
    facts: () => loaded.flatMap((l) => l.facts.map((fact) => ({ pluginId: l.manifest.id, fact }))),
    // The manifest with where the plugin actually runs.
    plugins: () => loaded.map((l) => ({ ...l.manifest, isolation: l.isolation })),
    secrets: () => allSecrets,
    async close() {
      while (loaded.length > 0) {
        const entry = loaded.pop()!;
        entry.abort.abort();
        await runClosers(
          entry,
          redactingLogger(logger.child({ plugin: entry.manifest.id }), () => allSecrets),
          options.closeTimeoutMs ?? 5_000,
        );
      }
    },
  };
}

function checkProvides(manifest: PluginManifest, entry: Loaded): void {
  const pairs: [string, string[] | undefined, { id: string }[]][] = [
    ['collectors', manifest.provides.collectors, entry.collectors],
    ['notifiers', manifest.provides.notifiers, entry.notifiers],
    ['facts', manifest.provides.facts, entry.facts],
    ['operators', manifest.provides.operators, entry.operators],
  ];
  for (const [what, declared = [], registered] of pairs) {
    const got = registered.map((r) => r.id).sort();
    const want = [...declared].sort();
    if (got.length !== want.length || got.some((id, i) => id !== want[i])) {
      throw createError('ERR_PLUGIN_PROVIDES_MISMATCH', {
        id: manifest.id,
        registered: `${what} [${got.join(', ')}]`,
        declared: `${what} [${want.join(', ')}]`,
      });
    }
  }
}

async function runClosers(entry: Loaded, logger: Logger, timeoutMs: number): Promise<void> {
  for (const hook of [...entry.closers].reverse()) {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        Promise.resolve().then(hook),
        new Promise(
          (_, reject) =>
            (timer = setTimeout(() => reject(new Error(`close hook exceeded ${timeoutMs} ms`)), timeoutMs)),
        ),
      ]);
    } catch (err) {
      logger.warn('plugin close hook failed', { reason: err instanceof Error ? err.message : String(err) });
    } finally {
      clearTimeout(timer);
    }
  }
}

/** Plugins shipped in Culprit's own package (plugins/, or dist/plugins/ once built). */
function isBuiltIn(path: string): boolean {
  return [packagePath('plugins'), packagePath('dist', 'plugins')].some((dir) => path.startsWith(dir + sep));
}

function scrubError(err: CulpritError, secrets: readonly string[]): CulpritError {
  if (secrets.length === 0) return err;
  Object.defineProperty(err, 'message', { value: scrubText(err.message, secrets) });
  return err;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreeze(v);
  }
  return value;
}
