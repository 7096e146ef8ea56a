// The composition root: builds the knowledge graph, rule packs, plugin host, extractor and pipeline
// and wires them through a tsyringe child container. The only module that touches the container.
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { container as rootContainer, type DependencyContainer } from 'tsyringe';
import type { CorrelationOptions } from '../correlate/index.js';
import { createError } from '../errors/index.js';
import {
  createDefaultExtractor,
  createLlmExplainer,
  createLlmExtractor,
  createTemplateExplainer,
  type EntityExtractor,
  type Explainer,
} from '../extract/index.js';
import {
  createEventStream,
  runInvestigation,
  type PipelineDeps,
  type ScopeOptions,
} from '../investigate/index.js';
import { createPluginHost, type DispatchLimits, type PluginHost, type PluginSpec } from '../plugins/index.js';
import { createRuleEvaluator, loadRulePacks, type RuleEvaluator, type RulePack } from '../rules/index.js';
import { packagePath } from '../schema/index.js';
import type { GraphView, Incident, IncidentEntity, InvestigationEvent, Logger } from '../sdk/index.js';
import { silentLogger } from '../sdk/index.js';
import { loadTopology } from '../topology/index.js';
import type { Engine, IncidentInput, InvestigateOptions, InvestigationResult } from './engine-types.js';
import { TOKENS, type Provider } from './tokens.js';

export interface EngineOptions {
  /** Topology file(s) / directories, or a graph already built. */
  topology: string | readonly string[] | GraphView;
  /** Rule pack directories, or packs already loaded (default: the bundled packs). */
  rules?: string | readonly string[] | readonly RulePack[];
  plugins?: readonly PluginSpec[];
  correlation?: CorrelationOptions;
  /** Which nodes an investigation looks at (dependency depth, callers, the second look when inconclusive). */
  scope?: ScopeOptions;
  /** Rule evaluator: `compiled` (default) or `json-rules-engine` (the reference semantics). */
  rulesEvaluator?: 'compiled' | 'json-rules-engine';
  limits?: DispatchLimits;
  /** Where plugin package names are resolved from (default: process.cwd()). */
  cwd?: string;
  clock?: () => Date;
  logger?: Logger;
  extractor?: EntityExtractor;
  /** Use a language model (OpenAI-compatible) as an extraction hint; the default extractor stays the fallback. */
  llm?: { model: string; apiKey?: string; baseURL?: string; timeoutMs?: number };
  /** Override any service by token (TOKENS). Applied after the named options. */
  providers?: readonly Provider[];
}

export const ENGINE_VERSION: string = (
  JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string }
).version;

export async function createEngine(options: EngineOptions): Promise<Engine> {
  const di = rootContainer.createChildContainer();
  di.register(TOKENS.clock, { useValue: options.clock ?? (() => new Date()) });
  di.register(TOKENS.logger, { useValue: options.logger ?? silentLogger });
  if (options.extractor) di.register(TOKENS.extractor, { useValue: options.extractor });
  for (const p of options.providers ?? []) di.register(p.token, { useValue: p.useValue });

  const logger = di.resolve<Logger>(TOKENS.logger);
  if (!di.isRegistered(TOKENS.graph))
    di.register(TOKENS.graph, { useValue: await resolveGraph(options.topology) });
  const graph = di.resolve<GraphView>(TOKENS.graph);
  const packs = await resolvePacks(options.rules);

  if (!di.isRegistered(TOKENS.pluginHost)) {
    const host = createPluginHost({
      engineVersion: ENGINE_VERSION,
      graph,
      logger,
      cwd: options.cwd ?? process.cwd(),
    });
    try {
      for (const spec of options.plugins ?? []) await host.load(spec);
    } catch (err) {
      await host.close();
      throw err;
    }
    di.register(TOKENS.pluginHost, { useValue: host });
  }
  const host = di.resolve<PluginHost>(TOKENS.pluginHost);
  if (!di.isRegistered(TOKENS.evaluator)) {
    di.register(TOKENS.evaluator, {
      useValue: createRuleEvaluator(packs, {
        operators: host.operators().map((o) => o.operator),
        facts: host.facts().map((f) => f.fact),
        ...(options.rulesEvaluator ? { evaluator: options.rulesEvaluator } : {}),
      }),
    });
  }
  if (!di.isRegistered(TOKENS.explainer)) {
    di.register(TOKENS.explainer, {
      useValue: options.llm ? createLlmExplainer({ ...options.llm }) : createTemplateExplainer(),
    });
  }
  if (!di.isRegistered(TOKENS.extractor)) {
    const fallback = createDefaultExtractor();
    const extractor = options.llm ? createLlmExtractor({ ...options.llm, fallback, logger }) : fallback;
    di.register(TOKENS.extractor, { useValue: extractor });
  }

  return buildEngine(di, packs, options);
}

function buildEngine(di: DependencyContainer, packs: readonly RulePack[], options: EngineOptions): Engine {
  const graph = di.resolve<GraphView>(TOKENS.graph);
  const clock = di.resolve<() => Date>(TOKENS.clock);
  const logger = di.resolve<Logger>(TOKENS.logger);
  const extractor = di.resolve<EntityExtractor>(TOKENS.extractor);
  const host = di.resolve<PluginHost>(TOKENS.pluginHost);
  const deps: PipelineDeps = {
    graph,
    evaluator: di.resolve<RuleEvaluator>(TOKENS.evaluator),
    rulePacks: packs.map((p) => ({ name: p.name, version: p.version })),
    collectors: host.collectors(),
    notifiers: host.notifiers(),
    clock,
    logger,
    ...(options.correlation ? { correlation: options.correlation } : {}),
    ...(options.limits ? { limits: options.limits } : {}),
    ...(options.scope ? { scope: options.scope } : {}),
  };
  let closed = false;

  const prepare = async (input: IncidentInput, signal?: AbortSignal, extract = true): Promise<Incident> => {
    if (typeof input?.description !== 'string') {
      throw createError('ERR_INVALID_ARGUMENT', { name: 'description', reason: 'must be a string' });
    }
    const createdAt = input.createdAt ?? clock().toISOString();
    const explicit: IncidentEntity[] = [];
    for (const name of input.entities ?? []) {
      const component = graph.resolve(name);
      if (!component) throw createError('ERR_ENGINE_UNKNOWN_COMPONENT', { name });
      explicit.push({ node: component.id, text: name, via: 'explicit', score: 1 });
    }
    // extract: false accepts fast (the REST service stores first and extracts in its worker).
    const extracted = extract
      ? await extractor.extract(
          { description: input.description, labels: input.labels ?? {}, now: new Date(createdAt) },
          graph,
          signal ? { signal } : {},
        )
      : { entities: [], symptoms: [], window: undefined };
    const seen = new Set(explicit.map((e) => e.node));
    const entities = [
      ...explicit,
      ...extracted.entities.filter((e) => !seen.has(e.node) && seen.add(e.node)),
    ];
    const window = input.window ?? extracted.window;
    return {
      id: input.id ?? randomUUID(),
      description: input.description,
      source: input.source ?? 'library',
      ...(input.severity ? { severity: input.severity } : {}),
      labels: input.labels ?? {},
      entities,
      symptoms: extracted.symptoms,
      ...(window ? { window } : {}),
      createdAt,
    };
  };

  const toIncident = async (input: IncidentInput | Incident, signal?: AbortSignal) =>
    isIncident(input) ? input : prepare(input, signal);

  const investigate = async (
    input: IncidentInput | Incident,
    opts: InvestigateOptions = {},
  ): Promise<InvestigationResult> => {
    if (closed) throw createError('ERR_ENGINE_CLOSED');
    const incident = await toIncident(input, opts.signal);
    const { report, tape } = await runInvestigation(incident, deps, {
      ...(opts.signal ? { signal: opts.signal } : {}),
      ...(opts.onEvent ? { onEvent: opts.onEvent } : {}),
      ...(opts.evidence ? { evidence: opts.evidence } : {}),
      ...(opts.discovered ? { discovered: opts.discovered } : {}),
      ...(opts.logFields ? { logFields: opts.logFields } : {}),
      ...(opts.notificationLog ? { notificationLog: opts.notificationLog } : {}),
    });
    return { incident, report, tape };
  };

  const explainer = di.resolve<Explainer>(TOKENS.explainer);
  return {
    graph,
    prepare: (input, opts = {}) => prepare(input, opts.signal, opts.extract ?? true),
    explain: (report, opts = {}) => explainer.explain(report, graph, opts),
    investigate,
    events(input, opts = {}): AsyncIterable<InvestigationEvent> {
      return {
        [Symbol.asyncIterator]() {
          let iterator: AsyncIterator<InvestigationEvent> | undefined;
          const started = (async () => {
            const incident = await toIncident(input, opts.signal);
            const stream = createEventStream(incident.id, clock);
            iterator = stream[Symbol.asyncIterator]();
            runInvestigation(incident, deps, {
              stream,
              ...(opts.signal ? { signal: opts.signal } : {}),
            }).catch(
              () => undefined, // the failure is in the stream as investigation.failed
            );
          })();
          return {
            async next() {
              await started;
              return iterator!.next();
            },
          };
        },
      };
    },
    async close() {
      if (closed) return;
      closed = true;
      await host.close();
    },
  };
}

function isIncident(input: IncidentInput | Incident): input is Incident {
  const i = input as Partial<Incident>;
  return (
    typeof i.id === 'string' &&
    typeof i.createdAt === 'string' &&
    typeof i.source === 'string' &&
    typeof i.labels === 'object' &&
    Array.isArray(i.entities) &&
    i.entities.every((e) => typeof e === 'object' && e !== null)
  );
}

async function resolveGraph(topology: EngineOptions['topology']): Promise<GraphView> {
  if (typeof topology === 'string' || Array.isArray(topology))
    return loadTopology(topology as string | string[]);
  return topology as GraphView;
}

async function resolvePacks(rules: EngineOptions['rules']): Promise<readonly RulePack[]> {
  // The engine runs rules, never their test cases: those are read by `validate` and `rules test`.
  const running = { tests: false };
  if (rules === undefined) return loadRulePacks(packagePath('rules'), running);
  if (typeof rules === 'string') return loadRulePacks(rules, running);
  if (rules.length > 0 && typeof rules[0] === 'object') return rules as readonly RulePack[];
  return loadRulePacks(rules as readonly string[], running);
}
