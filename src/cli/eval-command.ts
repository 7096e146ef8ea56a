// `culprit eval`: runs a scenario corpus through the real plugins against the fake APIs, scores the
// rule packs and exits 3 when a split is below a floor (flags or the corpus's corpus.yaml).
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createError } from '../errors/index.js';
import {
  checkThresholds,
  evaluateScenarios,
  flagFloors,
  formatEvalHtml,
  formatEvalJson,
  formatEvalMarkdown,
  formatEvalText,
  loadCorpus,
  type EvalReport,
  type Floor,
  type FloorSource,
} from '../eval/index.js';
import { loadRulePacks } from '../rules/index.js';
import { packagePath } from '../schema/index.js';
import { loadBuiltinPlugin } from './builtin-plugin.js';
import { loadCulpritConfig } from './config-file.js';
import type { CliIo } from './io.js';

/** Exit code when every scenario ran but a split is below an accuracy floor. */
export const EXIT_BELOW_THRESHOLD = 3;

export interface EvalFlags {
  rules?: string[];
  split: 'dev' | 'test' | 'all';
  format: 'text' | 'json' | 'html' | 'markdown';
  out?: string;
  minAc1?: string;
  minHighPrecision?: string;
  concurrency?: string;
}

export async function runEval(paths: string[], flags: EvalFlags, io: CliIo): Promise<number> {
  const flagFloor: Floor = {
    ...optionalRate('--min-ac1', flags.minAc1, 'ac1'),
    ...optionalRate('--min-high-precision', flags.minHighPrecision, 'highPrecision'),
  };
  const concurrency = flags.concurrency === undefined ? undefined : Number(flags.concurrency);
  if (
    concurrency !== undefined &&
    !(Number.isInteger(concurrency) && concurrency >= 1 && concurrency <= 64)
  ) {
    throw createError('ERR_INVALID_ARGUMENT', {
      name: '--concurrency',
      reason: 'must be an integer from 1 to 64',
    });
  }
  const started = performance.now();
  const corpus = await loadCorpus(paths.map((p) => resolve(io.cwd, p)));
  const scenarios = corpus.scenarios.filter((s) => flags.split === 'all' || s.split === flags.split);
  const config = await loadCulpritConfig(io);
  const rules = await loadRulePacks(
    (flags.rules ?? config.rules ?? [packagePath('rules')]).map((p) => resolve(io.cwd, p)),
  );
  const score = await evaluateScenarios(scenarios, {
    rules,
    plugins: {
      kubernetes: await loadBuiltinPlugin('kubernetes'),
      // The Datadog client is large: loaded only when a scenario carries Datadog payloads.
      ...(scenarios.some((s) => existsSync(join(s.dir, 'datadog')))
        ? { datadog: await loadBuiltinPlugin('datadog') }
        : {}),
    },
    ...(concurrency ? { concurrency } : {}),
  });
  const sources: FloorSource[] = [
    ...(corpus.config.thresholds ? [{ floors: corpus.config.thresholds, source: 'corpus.yaml' }] : []),
    ...flagFloors(score, flagFloor),
  ];
  const report: EvalReport = {
    corpus: paths,
    split: flags.split,
    rulePacks: rules.map((p) => ({ name: p.name, version: p.version })),
    generatedAt: new Date().toISOString(),
    wallMs: performance.now() - started,
    score,
    thresholds: checkThresholds(score, sources),
  };
  const text =
    flags.format === 'json'
      ? formatEvalJson(report)
      : flags.format === 'html'
        ? formatEvalHtml(report)
        : flags.format === 'markdown'
          ? formatEvalMarkdown(report)
          : formatEvalText(report);
  if (flags.out) {
    const out = resolve(io.cwd, flags.out);
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, text);
    io.stdout(
      `Wrote ${flags.format} report of ${score.overall.scenarios} scenarios to ${flags.out}: AC@1 ${rate(score.overall.ac1)}, high-band precision ${rate(score.overall.highPrecision)}\n`,
    );
  } else {
    io.stdout(text);
  }
  const failed = report.thresholds.filter((t) => !t.ok);
  for (const t of failed) {
    const err = createError('ERR_EVAL_BELOW_THRESHOLD', {
      metric: t.metric,
      split: t.split,
      value: rate(t.value),
      threshold: rate(t.threshold),
      source: t.source,
    });
    io.stderr(`error ${err.code}: ${err.message}\n`);
  }
  return failed.length > 0 ? EXIT_BELOW_THRESHOLD : 0;
}

function optionalRate(name: string, value: string | undefined, key: keyof Floor): Floor {
  if (value === undefined) return {};
  const n = Number(value);
  if (!(value.trim() !== '' && Number.isFinite(n) && n >= 0 && n <= 1)) {
    throw createError('ERR_INVALID_ARGUMENT', { name, reason: 'must be a number from 0 to 1' });
  }
  return { [key]: n };
}

function rate(v: number | null): string {
  return v === null ? 'n/a' : v.toFixed(3);
}
