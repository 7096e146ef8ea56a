// `culprit eval` end to end on the fixture corpus (the shop faults as snapshots): the real Kubernetes
// plugin against the fake API, investigated at each scenario's incidentTime; formats, floors, exits.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT_BELOW_THRESHOLD } from '../../src/cli/eval-command.js';
import { loadScenario, runScenario } from '../../src/eval/index.js';
import { loadRulePacks } from '../../src/rules/index.js';
import datadog from '../../plugins/datadog/index.js';
import kubernetes from '../../plugins/kubernetes/index.js';
import { runCli } from '../helpers/run-cli.js';

const FIXTURE = 'test/fixtures/eval-corpus';
const tmp = mkdtempSync(join(tmpdir(), 'culprit-eval-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface JsonReport {
  version: number;
  split: string;
  score: {
    overall: { scenarios: number; ac1: number; highPrecision: number; noFaultCorrect: number };
    bySplit: { key: string; scenarios: number }[];
    scenarios: { id: string; correct1: boolean; top: { node: string; cause: string; band: string }[] }[];
  };
  thresholds: { split: string; metric: string; ok: boolean; source: string }[];
}

describe('culprit eval', () => {
  it('scores the fixture corpus: every shop fault named first, the healthy shop left inconclusive', async () => {
    const { code, stdout, stderr } = await runCli('eval', FIXTURE, '--format', 'json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as JsonReport;
    expect(report.version).toBe(1);
    expect(report.score.overall).toMatchObject({ scenarios: 5, ac1: 1, highPrecision: 1, noFaultCorrect: 1 });
    // The healthy shop's only answer is the frontend rollout of twenty minutes before, held low as a
    // lead (no errors follow it): low is how a no-fault incident is answered correctly.
    expect(report.score.scenarios.map((s) => `${s.id} ${s.top[0]?.node}:${s.top[0]?.cause}`)).toEqual([
      'shop/checkout-deploy-errors checkout:bad-deploy-rollout',
      'shop/healthy-with-decoys frontend:bad-deploy-rollout',
      'shop/node-b-not-ready k8s-node-node-b:node-not-ready',
      'shop/payment-crash-loop payment:crash-loop',
      'shop/redis-cart-oom redis-cart:oom-killed',
    ]);
    const healthy = report.score.scenarios.find((s) => s.id === 'shop/healthy-with-decoys');
    // …followed by its neighbour reading (a release is often a configuration change), low too.
    expect(healthy?.top.map((t) => `${t.cause}:${t.band}`)).toEqual(['bad-deploy-rollout:low', 'config-error:low']);
    expect(report.thresholds.map((t) => `${t.split} ${t.metric} ${t.source} ${t.ok}`)).toEqual([
      'dev ac1 corpus.yaml true',
      'dev highPrecision corpus.yaml true',
      'test ac1 corpus.yaml true',
      'test highPrecision corpus.yaml true',
    ]);
  });

  it('--split test runs the held-out scenarios only; --format html --out writes the page', async () => {
    const out = join(tmp, 'report', 'eval.html');
    const { code, stdout } = await runCli(
      'eval',
      FIXTURE,
      '--split',
      'test',
      '--format',
      'html',
      '--out',
      out,
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/2 scenarios/);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('id="reliability-plot"');
    expect(html).toContain('shop/payment-crash-loop');
    expect(html).not.toContain('shop/redis-cart-oom');
  });

  it('--format markdown prints the tables of one split without naming its scenarios', async () => {
    const { code, stdout } = await runCli('eval', FIXTURE, '--split', 'test', '--format', 'markdown');
    expect(code).toBe(0);
    const rows = stdout.split('\n').filter((l) => l.startsWith('| '));
    // split header + separator + one row for the test split, then the per-band and per-group tables
    expect(rows.slice(0, 3).map((r) => r.split('|')[1]!.trim())).toEqual(['split', '---', 'test']);
    expect(rows.some((r) => r.startsWith('| crash-loop |'))).toBe(true);
    expect(stdout).not.toContain('shop/payment-crash-loop');
  });

  it('below a floor it exits 3 and names each broken floor by code (here: rules without the Kubernetes pack)', async () => {
    const { code, stdout, stderr } = await runCli(
      'eval',
      FIXTURE,
      '--rules',
      'rules/datadog',
      '--min-high-precision',
      '0.9',
    );
    expect(code).toBe(EXIT_BELOW_THRESHOLD);
    expect(stdout).toContain('Summary');
    const codes = stderr
      .trim()
      .split('\n')
      .map((l) => l.split(':')[0]);
    // AC@1 of dev and test are 0 (corpus.yaml); nothing is high, so precision is undefined, not a failure.
    expect(codes).toEqual(['error ERR_EVAL_BELOW_THRESHOLD', 'error ERR_EVAL_BELOW_THRESHOLD']);
    expect(stdout).toMatch(/FAIL dev ac1/);
    expect(stdout).toMatch(/FAIL test ac1/);
  });

  it('rejects a floor outside [0, 1] before running anything', async () => {
    const { code, stderr } = await runCli('eval', FIXTURE, '--min-ac1', '1.5');
    expect(code).toBe(2);
    expect(stderr).toMatch(/^error ERR_INVALID_ARGUMENT/);
  });

  it('a path without scenarios is ERR_EVAL_NO_SCENARIOS', async () => {
    const { code, stderr } = await runCli('eval', tmp);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^error ERR_EVAL_NO_SCENARIOS/);
  });
});

describe('runScenario', () => {
  const options = async () => ({
    rules: await loadRulePacks([resolve('rules')]),
    plugins: { kubernetes: kubernetes as never },
  });

  it('investigates at incidentTime: the window ends there, from the description or the default span', async () => {
    const opts = await options();
    const timed = await runScenario(await loadScenario(join(FIXTURE, 'shop', 'redis-cart-oom')), opts);
    // "for the past 20 minutes" at 14:30, opened 15 minutes before that onset (docs/extraction.md)
    expect(timed.result?.incident.window).toEqual({
      from: '2026-11-22T13:55:00.000Z',
      to: '2026-11-22T14:30:00.000Z',
    });
    expect(timed.result?.report.generatedAt).toBe('2026-11-22T14:30:00.000Z');
    const plain = await runScenario(await loadScenario(join(FIXTURE, 'shop', 'payment-crash-loop')), opts);
    expect(plain.result?.incident.window).toEqual({
      from: '2026-11-22T13:30:00.000Z',
      to: '2026-11-22T14:30:00.000Z',
    });
  });

  it('a scenario with a datadog/ folder is also served by the fake Datadog API to the Datadog plugin', async () => {
    const scenario = await loadScenario(join(FIXTURE, 'shop', 'checkout-deploy-errors'));
    const sources = (run: Awaited<ReturnType<typeof runScenario>>) =>
      [...new Set(run.result?.tape.evidence.map((e) => e.source))].sort();
    const withDatadog = await runScenario(scenario, {
      ...(await options()),
      plugins: { kubernetes: kubernetes as never, datadog: datadog as never },
    });
    expect(sources(withDatadog)).toEqual(['datadog', 'kubernetes']);
    expect(
      withDatadog.result?.tape.evidence.some((e) => e.kind === 'datadog.monitors' && e.node === 'checkout'),
    ).toBe(true);
    const without = await runScenario(scenario, await options());
    expect(sources(without)).toEqual(['kubernetes']);
  });

  it('a snapshot that cannot be served makes the scenario an error, not a crash', async () => {
    const dir = join(tmp, 'shop', 'broken');
    cpSync(join(FIXTURE, 'shop', 'payment-crash-loop'), dir, { recursive: true });
    writeFileSync(
      join(dir, 'scenario.yaml'),
      readFileSync(join(dir, 'scenario.yaml'), 'utf8')
        .replace('shop/payment-crash-loop', 'shop/broken')
        .replace('../../../../../knowledge-graph/shop.yaml', resolve('knowledge-graph/shop.yaml')),
    );
    writeFileSync(join(dir, 'cluster', 'pods.json'), '{"kind": "PodList", "items": [');
    expect(existsSync(join(dir, 'cluster', 'pods.json'))).toBe(true);
    const run = await runScenario(await loadScenario(dir), await options());
    expect(run.result).toBeUndefined();
    expect(run.outcome.error?.code).toBe('ERR_EVAL_SCENARIO_FAILED');
    expect(run.outcome.error?.message).toContain('ERR_SNAPSHOT_INVALID');
  });
});
