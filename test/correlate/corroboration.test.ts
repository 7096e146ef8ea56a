// Corroboration: a high answer needs two evidence kinds or a tie to the incident (named, or explaining a
// symptom elsewhere); otherwise it is held just below the high band and the list is re-ranked.
import { describe, expect, it } from 'vitest';
import { correlate } from '../../src/correlate/index.js';
import {
  blamesOf,
  contestedBands,
  corroborated,
  evidenceKinds,
  leadsOnly,
  requireCorroboration,
} from '../../src/correlate/corroboration.js';
import type { FindingRef, Hypothesis, SymptomRef } from '../../src/sdk/index.js';
import { createKnowledgeGraph } from '../../src/topology/index.js';

const finding = (node: string, facts: Record<string, unknown>): FindingRef => ({
  ruleId: 'r',
  pack: 'kubernetes',
  node,
  cause: 'oom-killed',
  weight: 0.9,
  messageId: 'm',
  message: `at ${node}`,
  facts,
});
const hyp = (
  node: string,
  confidence: number,
  facts: Record<string, unknown>,
  explains: SymptomRef[] = [],
): Hypothesis => ({
  rank: 0,
  node,
  cause: 'oom-killed',
  confidence,
  band: 'high',
  findings: [finding(node, facts)],
  explains,
  path: [node],
  factors: [{ name: 'evidence', value: confidence, contribution: confidence }],
  remediation: [],
});
const band = (c: number) => (c >= 0.75 ? 'high' : c >= 0.45 ? 'medium' : 'low') as Hypothesis['band'];
const symptom = (node: string): SymptomRef => ({
  ruleId: 's',
  pack: 'kubernetes',
  node,
  symptom: 'error-burst',
  messageId: 'm',
  message: `errors at ${node}`,
  facts: {},
});

describe('corroboration', () => {
  it('counts evidence kinds by the first two segments of the fact keys', () => {
    const h = hyp('db', 0.9, {
      'kubernetes.pods.oomKilledRecent': 2,
      'kubernetes.pods.ready': 0,
      'kubernetes.events.x': 1,
    });
    expect(evidenceKinds(h)).toEqual(['kubernetes.events', 'kubernetes.pods']);
  });

  it('two kinds, a named component or a symptom explained elsewhere corroborate', () => {
    const none = () => false;
    expect(corroborated(hyp('db', 0.9, { 'kubernetes.pods.a': 1, 'datadog.monitors.b': 1 }), none)).toBe(
      true,
    );
    expect(corroborated(hyp('db', 0.9, { 'kubernetes.pods.a': 1 }), (n) => n === 'db')).toBe(true);
    expect(corroborated(hyp('db', 0.9, { 'kubernetes.pods.a': 1 }, [symptom('api')]), none)).toBe(true);
    expect(corroborated(hyp('db', 0.9, { 'kubernetes.pods.a': 1 }, [symptom('db')]), none)).toBe(false);
  });

  it('holds a hypothesis resting on leads alone just below medium, and lifts the hold for a real finding', () => {
    const lead = (h: Hypothesis): Hypothesis => ({
      ...h,
      cause: 'bad-deploy-rollout',
      findings: h.findings.map((f) => ({ ...f, cause: 'bad-deploy-rollout', weight: 0.25 })),
    });
    const rollout = lead(
      hyp('frontend', 0.62, { 'kubernetes.change.inWindow': true }, [symptom('frontend')]),
    );
    const other = hyp('cart', 0.5, { 'kubernetes.pods.a': 1 });
    expect(leadsOnly(rollout)).toBe(true);
    const out = requireCorroboration([rollout, other], {
      high: 0.75,
      medium: 0.45,
      band,
      tied: (n) => n === 'frontend',
    });
    expect(out.map((h) => [h.node, h.rank, h.band])).toEqual([
      ['cart', 1, 'medium'],
      ['frontend', 2, 'low'],
    ]);
    expect(out[1]!.confidence).toBeCloseTo(0.44);
    expect(out[1]!.factors.at(-1)).toMatchObject({ name: 'corroboration' });
    // A finding of its own (weight ≥ 0.3) beside the lead: no hold.
    const backed = {
      ...rollout,
      findings: [...rollout.findings, finding('frontend', { 'kubernetes.logs.x': 3 })],
    };
    expect(leadsOnly(backed)).toBe(false);
    expect(
      requireCorroboration([backed], { high: 0.75, medium: 0.45, band, tied: () => true })[0]!.confidence,
    ).toBe(0.62);
    // Without the medium threshold (older callers) nothing is held.
    expect(requireCorroboration([rollout], { high: 0.75, band, tied: () => true })[0]!.confidence).toBe(0.62);
  });

  it('holds an uncorroborated high just below the band and re-ranks', () => {
    const lone = hyp('worker', 0.9, { 'kubernetes.pods.a': 1 });
    const named = hyp('api', 0.8, { 'kubernetes.pods.a': 1 });
    const out = requireCorroboration([lone, named], { high: 0.75, band, tied: (n) => n === 'api' });
    expect(out.map((h) => [h.node, h.rank, h.band])).toEqual([
      ['api', 1, 'high'],
      ['worker', 2, 'medium'],
    ]);
    expect(out[1]!.confidence).toBeCloseTo(0.74);
    expect(out[1]!.factors.at(-1)!.name).toBe('corroboration');
  });

  it('leaves medium and low answers alone', () => {
    const h = hyp('worker', 0.6, { 'kubernetes.pods.a': 1 });
    expect(requireCorroboration([h], { high: 0.75, band, tied: () => false })[0]).toBe(h);
  });

  it('correlate: a lone strong finding on an unnamed component is not high; named, it is', () => {
    const graph = createKnowledgeGraph({
      apiVersion: 'culprit/v1',
      kind: 'Topology',
      components: [{ id: 'worker', kind: 'service' as const, dependsOn: [] }],
    });
    const input = {
      graph,
      findings: [finding('worker', { 'kubernetes.pods.oomKilledRecent': 3 })],
      symptoms: [],
      scope: ['worker'],
    };
    expect(correlate({ ...input, named: [] }).hypotheses[0]!.band).not.toBe('high');
    expect(correlate({ ...input, named: ['worker'] }).hypotheses[0]!.band).toBe('high');
  });
});

describe('corroboration — a crash loop that blames a dependency showing nothing', () => {
  const crash = (node: string, confidence: number): Hypothesis => ({
    ...hyp(node, confidence, { 'kubernetes.pods.crashLoopBackOff': 1, 'kubernetes.logs.unreachable': 1 }),
    cause: 'crash-loop',
  });
  const unreachable = (node: string, target: string): SymptomRef => ({ ...symptom(node), target });

  it('blamesOf names the first target of a component’s symptoms that has no finding', () => {
    const blames = blamesOf(
      [unreachable('reservation', 'mongodb'), unreachable('frontend', 'reservation')],
      [finding('reservation', {})],
    );
    expect(blames('reservation')).toBe('mongodb');
    // frontend blames reservation, which has a finding of its own: no blame.
    expect(blames('frontend')).toBeUndefined();
    expect(blames('mongodb')).toBeUndefined();
  });

  it('holds such a crash loop below high even when the incident names it; other causes keep their band', () => {
    const blames = (n: string) => (n === 'reservation' ? 'mongodb' : undefined);
    const tied = () => true;
    const [held] = requireCorroboration([crash('reservation', 0.8)], { high: 0.75, band, tied, blames });
    expect([held!.confidence, held!.band]).toEqual([0.74, 'medium']);
    expect(held!.factors.at(-1)!.note).toMatch(/blame mongodb/);
    const oom = hyp('reservation', 0.8, { 'kubernetes.pods.oomKilledRecent': 1 });
    expect(requireCorroboration([oom], { high: 0.75, band, tied, blames })[0]).toBe(oom);
    const other = crash('search', 0.8);
    expect(requireCorroboration([other], { high: 0.75, band, tied, blames })[0]).toBe(other);
  });

  it('holds resource exhaustion below high when its pool waits on a dependency showing nothing', () => {
    const starved = (node: string): Hypothesis => ({
      ...hyp(node, 0.8, { 'kubernetes.logs.poolWaitLines': 12, 'kubernetes.callers.timeout': 30 }),
      cause: 'resource-exhaustion',
    });
    const pooled: SymptomRef = { ...symptom('ledgerwriter'), symptom: 'pool-waits', target: 'ledger-db' };
    const poolBlames = blamesOf([pooled], []);
    const tied = () => true;
    const [held] = requireCorroboration([starved('ledgerwriter')], { high: 0.75, band, tied, poolBlames });
    expect([held!.confidence, held!.band]).toEqual([0.74, 'medium']);
    expect(held!.factors.at(-1)!.note).toMatch(/blame ledger-db/);
    // a crash loop is not held by a pool's blame, nor exhaustion by an unreachable dependency's
    const crashing = { ...starved('ledgerwriter'), cause: 'crash-loop' };
    expect(requireCorroboration([crashing], { high: 0.75, band, tied, poolBlames })[0]).toBe(crashing);
    const blames = () => 'ledger-db';
    const exhausted = starved('ledgerwriter');
    expect(requireCorroboration([exhausted], { high: 0.75, band, tied, blames })[0]).toBe(exhausted);
    // a finding at the database lifts the hold
    expect(blamesOf([pooled], [finding('ledger-db', {})])('ledgerwriter')).toBeUndefined();
  });

  it('an inconclusive report names no high answer: the band drops to medium, the confidence stays', () => {
    const a = { ...hyp('catalogue', 0.78, { 'kubernetes.callers.a': 1 }), rank: 1 };
    const b = { ...hyp('catalogue-db', 0.77, { 'kubernetes.pods.a': 1 }), rank: 2 };
    const low = { ...hyp('front-end', 0.3, { 'kubernetes.pods.a': 1 }), band: 'low' as const, rank: 3 };
    const out = contestedBands([a, b, low], false);
    expect(out.map((h) => [h.node, h.confidence, h.band])).toEqual([
      ['catalogue', 0.78, 'medium'],
      ['catalogue-db', 0.77, 'medium'],
      ['front-end', 0.3, 'low'],
    ]);
    expect(contestedBands([a, b, low], true)).toEqual([a, b, low]);
  });

  it('correlate: two components within the margin of each other are inconclusive and neither is high', () => {
    const graph = createKnowledgeGraph({
      apiVersion: 'culprit/v1',
      kind: 'Topology',
      components: [
        { id: 'api', kind: 'service' as const, dependsOn: [] },
        { id: 'worker', kind: 'service' as const, dependsOn: [] },
      ],
    });
    const input = {
      graph,
      findings: [
        finding('api', { 'kubernetes.pods.oomKilledRecent': 3 }),
        finding('worker', { 'kubernetes.pods.oomKilledRecent': 3 }),
      ],
      symptoms: [],
      scope: ['api', 'worker'],
    };
    const tie = correlate({ ...input, named: ['api', 'worker'] });
    expect(tie.conclusive).toBe(false);
    expect(tie.hypotheses[0]!.confidence).toBeGreaterThanOrEqual(0.75);
    expect(tie.hypotheses.map((h) => h.band)).toEqual(['medium', 'medium']);
    const clear = correlate({ ...input, findings: input.findings.slice(0, 1), named: ['api'] });
    expect([clear.conclusive, clear.hypotheses[0]!.band]).toEqual([true, 'high']);
  });
});
