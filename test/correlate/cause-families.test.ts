// Cause families: the leading cause at a component takes the causes it produces as support, and those
// stay listed below it; a rollout leads a crash loop only when it changed something and its pods fail.
import { describe, expect, it } from 'vitest';
import { foldCauseFamilies } from '../../src/correlate/cause-families.js';
import type { FindingRef, Hypothesis } from '../../src/sdk/index.js';

const finding = (node: string, cause: string, facts: Record<string, unknown> = {}): FindingRef => ({
  ruleId: cause,
  pack: 'kubernetes',
  node,
  cause,
  weight: 0.5,
  messageId: 'm',
  message: `${cause} at ${node}`,
  facts,
});
const hyp = (
  node: string,
  cause: string,
  confidence: number,
  facts: Record<string, unknown> = {},
): Hypothesis => ({
  rank: 0,
  node,
  cause,
  confidence,
  band: 'medium',
  findings: [finding(node, cause, facts)],
  explains: [],
  path: [node],
  factors: [{ name: 'evidence', value: confidence, contribution: confidence }],
  remediation: [],
});
const band = (c: number) => (c >= 0.75 ? 'high' : c >= 0.45 ? 'medium' : 'low') as Hypothesis['band'];
const sum = (h: Hypothesis) => h.factors.reduce((s, f) => s + f.contribution, 0);

describe('cause families', () => {
  it('a liveness kill leads the crash loop it causes, which stays listed below it', () => {
    const out = foldCauseFamilies([hyp('web', 'crash-loop', 0.8), hyp('web', 'probe-failure', 0.7)], band);
    expect(out.map((h) => `${h.node}/${h.cause}`)).toEqual(['web/probe-failure', 'web/crash-loop']);
    expect(out[0]!.confidence).toBeCloseTo(0.8, 12);
    expect(out[0]!.findings.map((f) => f.cause)).toEqual(['probe-failure', 'crash-loop']);
    expect(out[0]!.band).toBe('high');
    expect(out[1]!.confidence).toBeCloseTo(0.4, 12);
    for (const h of out) expect(sum(h)).toBeCloseTo(h.confidence, 12);
    expect(out.map((h) => h.rank)).toEqual([1, 2]);
  });

  it('a crash loop whose containers exit on their own leads the one liveness kill seen meanwhile', () => {
    const crash = (code: number | null) =>
      hyp('redis', 'crash-loop', 0.77, { 'kubernetes.pods.lastExitCode': code });
    const probe = (kills: number) =>
      hyp('redis', 'probe-failure', 0.79, { 'kubernetes.probes.probeKills': kills });
    const order = (hs: Hypothesis[]) => foldCauseFamilies(hs, band).map((h) => h.cause);
    // Exit 1 after a single liveness kill (a corrupt file left behind): the process exits by itself.
    const out = foldCauseFamilies([probe(1), crash(1)], band);
    expect(out.map((h) => h.cause)).toEqual(['crash-loop', 'probe-failure']);
    expect(out[0]!.confidence).toBeCloseTo(0.79, 12);
    expect(out[0]!.factors.at(-1)!.note).toMatch(/exiting on its own/);
    expect(out[1]!.confidence).toBeCloseTo(0.395, 12);
    // A kill's exit code, an unknown one, or repeated liveness kills: the probe explains the restarts.
    expect(order([probe(1), crash(137)])).toEqual(['probe-failure', 'crash-loop']);
    expect(order([probe(1), crash(143)])).toEqual(['probe-failure', 'crash-loop']);
    expect(order([probe(1), crash(null)])).toEqual(['probe-failure', 'crash-loop']);
    expect(order([probe(7), crash(2)])).toEqual(['probe-failure', 'crash-loop']);
  });

  it('a leader resting on leads alone (a restart near the symptoms) does not fold a finding under it', () => {
    const lead = {
      ...hyp('persistence', 'config-error', 0.24),
      findings: [{ ...finding('persistence', 'config-error'), weight: 0.25 }],
    };
    const hung = hyp('persistence', 'dependency-down', 0.62);
    const out = foldCauseFamilies([hung, lead], band);
    expect(out.map((h) => [h.cause, h.confidence])).toEqual([
      ['dependency-down', 0.62],
      ['config-error', 0.24],
    ]);
    // a finding of weight ≥ 0.3 leads as before
    const strong = foldCauseFamilies(
      [hyp('persistence', 'dependency-down', 0.62), hyp('persistence', 'config-error', 0.5)],
      band,
    );
    expect(strong[0]!.cause).toBe('config-error');
  });

  it('pods pending for want of CPU lead the probe failures of the replicas that run; other pending reasons do not', () => {
    const pending = (why: string) => ({
      ...hyp('front-end', 'unschedulable', 0.9, { 'kubernetes.pods.unschedulable': 4 }),
      findings: [
        { ...finding('front-end', 'unschedulable'), message: `4 pod(s) cannot be scheduled: ${why}` },
      ],
    });
    const probes = () => hyp('front-end', 'probe-failure', 0.93, { 'kubernetes.probes.probeKills': 6 });
    const out = foldCauseFamilies([probes(), pending('0/3 nodes are available: 3 Insufficient cpu.')], band);
    expect(out.map((h) => [h.cause, h.confidence])).toEqual([
      ['unschedulable', 0.93],
      ['probe-failure', 0.465],
    ]);
    for (const h of out) expect(sum(h)).toBeCloseTo(h.confidence, 12);
    const affinity = foldCauseFamilies(
      [probes(), pending("0/3 nodes are available: 3 node(s) didn't match Pod's node affinity/selector.")],
      band,
    );
    expect(affinity.map((h) => [h.cause, h.confidence])).toEqual([
      ['probe-failure', 0.93],
      ['unschedulable', 0.9],
    ]);
  });

  it('folds only at the same component', () => {
    const input = [hyp('web', 'crash-loop', 0.8), hyp('db', 'probe-failure', 0.7)];
    expect(foldCauseFamilies(input, band).map((h) => h.confidence)).toEqual([0.8, 0.7]);
  });

  it('a rollout leads a crash loop only when it changed something and its new pods fail', () => {
    const changed = { 'kubernetes.rollout.changes': ['image'], 'kubernetes.rollout.newPodsUnhealthy': 2 };
    const led = foldCauseFamilies(
      [hyp('web', 'crash-loop', 0.8), hyp('web', 'bad-deploy-rollout', 0.75, changed)],
      band,
    );
    expect(led[0]!.cause).toBe('bad-deploy-rollout');
    const nothing = { 'kubernetes.rollout.changes': [], 'kubernetes.rollout.newPodsUnhealthy': 2 };
    const crash = foldCauseFamilies(
      [hyp('web', 'bad-deploy-rollout', 0.85, nothing), hyp('web', 'crash-loop', 0.8)],
      band,
    );
    expect(crash.map((h) => h.cause)).toEqual(['crash-loop', 'bad-deploy-rollout']);
  });

  it('evictions for node pressure lead the unschedulable pods that cannot come back', () => {
    const out = foldCauseFamilies(
      [hyp('redis', 'unschedulable', 0.88), hyp('redis', 'node-pressure', 0.7)],
      band,
    );
    expect(out[0]!.cause).toBe('node-pressure');
  });

  it("a workload's node-pressure folds under the same cause on the Node it runs on", () => {
    const out = foldCauseFamilies(
      [hyp('web', 'node-pressure', 0.85), hyp('k8s-node-a', 'node-pressure', 0.7)],
      band,
      (n) => (n === 'web' ? ['k8s-node-a'] : []),
    );
    expect(out.map((h) => h.node)).toEqual(['k8s-node-a', 'web']);
    expect(out[0]!.confidence).toBeCloseTo(0.85, 12);
  });

  it('a rollout that changed the component leads the timeouts and refusals its callers see after it', () => {
    const out = foldCauseFamilies(
      [
        hyp('catalog', 'network-fault', 0.62),
        hyp('catalog', 'bad-deploy-rollout', 0.55, { 'kubernetes.change.relevant': true }),
      ],
      band,
    );
    expect(out.map((h) => h.cause)).toEqual(['bad-deploy-rollout', 'network-fault']);
    const down = foldCauseFamilies(
      [
        hyp('catalog', 'dependency-down', 0.7),
        hyp('catalog', 'bad-deploy-rollout', 0.5, { 'kubernetes.rollout.changes': ['image'] }),
      ],
      band,
    );
    expect(down[0]!.cause).toBe('bad-deploy-rollout');
  });

  it('a rollout that changed only CPU or memory leads the probe failures after it; one that changed the image does not', () => {
    const out = foldCauseFamilies(
      [
        hyp('currency', 'probe-failure', 0.85),
        hyp('currency', 'bad-deploy-rollout', 0.8, { 'kubernetes.change.onlyResources': true }),
      ],
      band,
    );
    expect(out.map((h) => [h.cause, h.confidence])).toEqual([
      ['bad-deploy-rollout', 0.85],
      ['probe-failure', 0.425],
    ]);
    const named = hyp('currency', 'bad-deploy-rollout', 0.8);
    named.findings = [
      {
        ...named.findings[0]!,
        message: 'currency rolled out revision 4, changing resources; after it, 0 error line(s)',
      },
    ];
    expect(foldCauseFamilies([hyp('currency', 'probe-failure', 0.85), named], band)[0]!.cause).toBe(
      'bad-deploy-rollout',
    );
    const image = foldCauseFamilies(
      [
        hyp('currency', 'probe-failure', 0.85),
        hyp('currency', 'bad-deploy-rollout', 0.8, { 'kubernetes.change.onlyResources': false }),
      ],
      band,
    );
    expect(image[0]!.cause).toBe('probe-failure');
  });

  it('a rollout that changed nothing does not lead a network fault', () => {
    const out = foldCauseFamilies(
      [
        hyp('catalog', 'network-fault', 0.62),
        hyp('catalog', 'bad-deploy-rollout', 0.55, { 'kubernetes.change.relevant': false }),
      ],
      band,
    );
    expect(out[0]!.cause).toBe('network-fault');
  });

  it('a component configured wrongly toward what it needs leads the refusals and 5xx its callers see', () => {
    const out = foldCauseFamilies(
      [hyp('ledgerwriter', 'dependency-down', 0.8), hyp('ledgerwriter', 'config-error', 0.8)],
      band,
    );
    expect(out.map((h) => h.cause)).toEqual(['config-error', 'dependency-down']);
    expect(out[1]!.confidence).toBeCloseTo(0.4, 12);
    // At another component it leads nothing.
    const apart = foldCauseFamilies(
      [hyp('ledger-db', 'dependency-down', 0.8), hyp('ledgerwriter', 'config-error', 0.6)],
      band,
    );
    expect(apart.map((h) => h.node)).toEqual(['ledger-db', 'ledgerwriter']);
  });

  it('a configuration the component rejects in its own log leads the exhaustion its callers are answered with', () => {
    const config = hyp('redis', 'config-error', 0.7, { 'kubernetes.selfreport.configErrorLines': 6 });
    const turnedAway = hyp('redis', 'resource-exhaustion', 0.77, { 'kubernetes.callers.exhausted': 17 });
    const out = foldCauseFamilies([turnedAway, config], band);
    expect(out.map((h) => h.cause)).toEqual(['config-error', 'resource-exhaustion']);
    expect(out[0]!.confidence).toBeCloseTo(0.77, 12);
    // Not when the exhaustion is the component's own (its log says it ran out), nor for a config error it does not state.
    const own = hyp('redis', 'resource-exhaustion', 0.77, { 'kubernetes.selfreport.exhaustionLines': 4 });
    expect(foldCauseFamilies([own, config], band).map((h) => h.cause)).toEqual([
      'resource-exhaustion',
      'config-error',
    ]);
    const unstated = hyp('redis', 'config-error', 0.7, { 'kubernetes.rollout.changes': ['args'] });
    expect(foldCauseFamilies([turnedAway, unstated], band).map((h) => h.cause)).toEqual([
      'resource-exhaustion',
      'config-error',
    ]);
  });

  it('a configuration a restart made the pods read again leads the rollout that changed nothing', () => {
    const restart = foldCauseFamilies(
      [
        hyp('rate', 'bad-deploy-rollout', 0.86, { 'kubernetes.rollout.changes': [] }),
        hyp('rate', 'config-error', 0.77, {
          'kubernetes.change.relevant': false,
          'kubernetes.change.fields': [],
        }),
      ],
      band,
    );
    expect(restart.map((h) => h.cause)).toEqual(['config-error', 'bad-deploy-rollout']);
    expect(restart[0]!.confidence).toBeCloseTo(0.86, 12);
    // A configuration error of another kind (a changed env var) leaves a rollout that did change the pods alone,
    // and so it does when the facts of the rollout say it changed something.
    const other = foldCauseFamilies(
      [
        hyp('carts', 'bad-deploy-rollout', 0.86, { 'kubernetes.rollout.changes': [] }),
        hyp('carts', 'config-error', 0.77, { 'kubernetes.change.relevant': true }),
      ],
      band,
    );
    expect(other[0]!.cause).toBe('bad-deploy-rollout');
    const changed = foldCauseFamilies(
      [
        hyp('rate', 'bad-deploy-rollout', 0.86, { 'kubernetes.rollout.changes': ['image'] }),
        hyp('rate', 'config-error', 0.77, { 'kubernetes.change.relevant': false }),
      ],
      band,
    );
    expect(changed[0]!.cause).toBe('bad-deploy-rollout');
  });

  it('a quota that refuses the replicas a scale-out asks for leads the probe failures of those that run', () => {
    const out = foldCauseFamilies(
      [hyp('frontend', 'probe-failure', 0.93), hyp('frontend', 'quota-exceeded', 0.9)],
      band,
    );
    expect(out.map((h) => h.cause)).toEqual(['quota-exceeded', 'probe-failure']);
    expect(out[0]!.confidence).toBeCloseTo(0.93, 12);
  });
});
