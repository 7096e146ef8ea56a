// Runs many scenarios with bounded concurrency in this one process and scores them. Each scenario
// gets its own fake servers and engine (cheap), so scenarios never see each other's cluster.
import { availableParallelism } from 'node:os';
import { runScenario, type RunScenarioOptions } from './run-scenario.js';
import type { Scenario } from './scenario.js';
import { scoreOutcomes, type EvalScore, type ScenarioOutcome } from './score.js';

export interface EvaluateOptions extends RunScenarioOptions {
  /** Scenarios investigated at once (default: available cores, at least 2, at most 8). */
  concurrency?: number;
  onScenario?: (outcome: ScenarioOutcome) => void;
}

export async function evaluateScenarios(
  scenarios: readonly Scenario[],
  options: EvaluateOptions,
): Promise<EvalScore> {
  const limit = Math.max(1, options.concurrency ?? Math.min(8, Math.max(2, availableParallelism())));
  const outcomes: ScenarioOutcome[] = new Array<ScenarioOutcome>(scenarios.length);
  let next = 0;
  const worker = async () => {
    while (next < scenarios.length) {
      const i = next++;
      const { outcome } = await runScenario(scenarios[i]!, options);
      outcomes[i] = outcome;
      options.onScenario?.(outcome);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, scenarios.length) }, worker));
  return scoreOutcomes(outcomes, options.correlation?.bands ? { bands: options.correlation.bands } : {});
}
