// Runs one scenario: serves its API-level snapshot from the fake Kubernetes (and Datadog) API on
// 127.0.0.1, investigates its description at its incidentTime through the real plugins, and returns
// the outcome for the scorer. No network beyond loopback; the wall clock never decides a window.
import { existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { CorrelationOptions } from '../correlate/index.js';
import { createEngine, type InvestigationResult } from '../engine/index.js';
import { createError, isCulpritError } from '../errors/index.js';
import { incidentWindow } from '../investigate/index.js';
import type { PluginSpec } from '../plugins/index.js';
import type { RulePack } from '../rules/index.js';
import type { PluginDefinition } from '../sdk/index.js';
import { startFakeDatadog } from '../testing/fake-datadog.js';
import { startFakeKubernetes } from '../testing/fake-kubernetes.js';
import type { Scenario } from './scenario.js';
import type { ScenarioOutcome } from './score.js';

export interface ScenarioPlugins {
  kubernetes: PluginDefinition<never>;
  /** Used for scenarios with a datadog/ folder (served by the fake Datadog API); without it they run on Kubernetes alone. */
  datadog?: PluginDefinition<never>;
}

export interface RunScenarioOptions {
  rules: readonly RulePack[];
  plugins: ScenarioPlugins;
  correlation?: CorrelationOptions;
  /** Per-request timeout the plugins get against the fakes (default 5000 ms). */
  requestTimeoutMs?: number;
}

export interface ScenarioRun {
  outcome: ScenarioOutcome;
  /** The investigation, when it ran. */
  result?: InvestigationResult;
}

export async function runScenario(scenario: Scenario, options: RunScenarioOptions): Promise<ScenarioRun> {
  const base = {
    id: scenario.id,
    system: scenario.system,
    split: scenario.split,
    traits: scenario.traits,
    difficulty: scenario.difficulty,
    noFault: scenario.noFault,
    ...(scenario.expected ? { expected: scenario.expected } : {}),
    alsoAcceptable: scenario.alsoAcceptable,
  };
  const now = new Date(scenario.incidentTime);
  const closers: (() => Promise<void>)[] = [];
  try {
    const kube = await startFakeKubernetes({ snapshot: scenario.dir, now: () => now });
    closers.push(async () => {
      await kube.close();
      // The fake writes a kubeconfig file for kubectl; a corpus run would leave one per scenario.
      rmSync(dirname(kube.kubeconfigPath), { recursive: true, force: true });
    });
    const timeout = options.requestTimeoutMs ?? 5000;
    const plugins: PluginSpec[] = [
      {
        plugin: options.plugins.kubernetes,
        config: { kubeconfig: kube.kubeconfig, requestTimeoutMs: timeout },
      },
    ];
    if (options.plugins.datadog && existsSync(join(scenario.dir, 'datadog'))) {
      const datadog = await startFakeDatadog({ snapshot: scenario.dir });
      closers.push(() => datadog.close());
      plugins.push({
        plugin: options.plugins.datadog,
        config: {
          apiKey: datadog.apiKey,
          appKey: datadog.appKey,
          baseUrl: datadog.url,
          requestTimeoutMs: timeout,
        },
      });
    }
    const engine = await createEngine({
      topology: scenario.graph,
      rules: options.rules,
      clock: () => now,
      plugins,
      ...(options.correlation ? { correlation: options.correlation } : {}),
    });
    closers.unshift(() => engine.close());
    const started = performance.now();
    // The incident happens at incidentTime: its window (from the description's "since 14:05", or the
    // default span) ends there, and is passed explicitly so nothing falls back to the wall clock.
    const prepared = await engine.prepare({
      id: `eval:${scenario.id}`,
      description: scenario.description,
      createdAt: scenario.incidentTime,
      source: 'eval',
    });
    const result = await engine.investigate({ ...prepared, window: incidentWindow(prepared) });
    const durationMs = performance.now() - started;
    return {
      result,
      outcome: {
        ...base,
        hypotheses: result.report.hypotheses.map((h) => ({
          node: h.node,
          cause: h.cause,
          confidence: h.confidence,
          band: h.band,
        })),
        conclusive: result.report.conclusive,
        durationMs,
      },
    };
  } catch (err) {
    return {
      outcome: {
        ...base,
        hypotheses: [],
        conclusive: false,
        durationMs: 0,
        error: {
          code: 'ERR_EVAL_SCENARIO_FAILED',
          message: createError('ERR_EVAL_SCENARIO_FAILED', {
            scenario: scenario.id,
            reason: `${isCulpritError(err) ? err.code : 'ERR_INTERNAL'} ${err instanceof Error ? err.message : String(err)}`,
          }).message,
        },
      },
    };
  } finally {
    for (const close of closers) await close().catch(() => undefined);
  }
}
