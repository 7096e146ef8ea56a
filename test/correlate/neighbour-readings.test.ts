// Neighbour readings: after the top three, the causes the same evidence also fits at the same component, low;
// the verdict never changes, the first answer only for the datastore below a service that only waits (§9).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { correlate } from '../../src/correlate/index.js';
import {
  DATASTORE_SHARE,
  NEIGHBOUR_READINGS,
  WAITING_CAUSES,
  WAITING_WEIGHT,
  withDatastoreReadings,
  withNeighbourReadings,
} from '../../src/correlate/neighbour-readings.js';
import type { Hypothesis } from '../../src/sdk/index.js';
import { CAUSES } from '../../src/rules/causes.js';
import { createKnowledgeGraph } from '../../src/topology/index.js';

const band = (c: number) => (c >= 0.75 ? 'high' : c >= 0.45 ? 'medium' : 'low') as Hypothesis['band'];
const hyp = (node: string, cause: string, confidence: number): Hypothesis => ({
  rank: 0,
  node,
  cause,
  confidence,
  band: band(confidence),
  findings: [
    {
      ruleId: cause,
      pack: 'kubernetes',
      node,
      cause,
      weight: 0.6,
      messageId: 'm',
      message: `${cause} at ${node}`,
      facts: {},
    },
  ],
  explains: [],
  path: [node],
  factors: [{ name: 'evidence', value: confidence, contribution: confidence }],
  remediation: [`fix ${cause}`],
});
const options = { ceiling: 0.44, band };
const sum = (h: Hypothesis) => h.factors.reduce((s, f) => s + f.contribution, 0);

describe('neighbour readings', () => {
  it('callers that cannot reach a component: dependency-down is followed by network-fault there, low', () => {
    const out = withNeighbourReadings(
      [hyp('reviews', 'dependency-down', 0.86), hyp('ratings', 'crash-loop', 0.3)],
      options,
    );
    expect(out.map((h) => `${h.rank} ${h.node}/${h.cause}/${h.band}`)).toEqual([
      '1 reviews/dependency-down/high',
      '2 reviews/network-fault/low',
      '3 ratings/crash-loop/low',
      '4 ratings/config-error/low',
    ]);
    const n = out[1]!;
    expect(n.confidence).toBeCloseTo(0.43, 12);
    expect(sum(n)).toBeCloseTo(n.confidence, 12);
    expect(n.factors.at(-1)).toMatchObject({
      name: 'neighbour',
      note: expect.stringContaining('dependency-down at reviews'),
    });
    expect(n.findings).toEqual(out[0]!.findings);
    expect(n.remediation).toEqual([]);
  });

  it('a cause already hypothesised at the component keeps its place; a cause folded below another is not read again', () => {
    const input = [hyp('emailservice', 'no-endpoints', 0.9), hyp('emailservice', 'config-error', 0.2)];
    expect(withNeighbourReadings(input, options).map((h) => `${h.node}/${h.cause}/${h.confidence}`)).toEqual([
      'emailservice/no-endpoints/0.9',
      'emailservice/config-error/0.2',
    ]);
    // an OOM kill leads the crash loop it produced: no config-error reading of that crash loop
    const oom = [
      hyp('redis-cart', 'oom-killed', 0.89),
      hyp('cart', 'crash-loop', 0.43),
      hyp('redis-cart', 'crash-loop', 0.39),
    ];
    expect(withNeighbourReadings(oom, options).map((h) => `${h.node}/${h.cause}`)).toEqual([
      'redis-cart/oom-killed',
      'cart/crash-loop',
      'redis-cart/crash-loop',
      'cart/config-error',
    ]);
  });

  it('is capped below the medium band and reads only the first three hypotheses', () => {
    const out = withNeighbourReadings(
      [
        hyp('a', 'oom-killed', 0.95),
        hyp('b', 'node-pressure', 0.9),
        hyp('c', 'unschedulable', 0.85),
        hyp('d', 'dependency-down', 0.8),
      ],
      options,
    );
    expect(out.map((h) => h.cause)).toEqual([
      'oom-killed',
      'node-pressure',
      'unschedulable',
      'dependency-down',
    ]);
    const capped = withNeighbourReadings([hyp('a', 'bad-deploy-rollout', 0.99)], options);
    expect(capped[1]).toMatchObject({ cause: 'config-error', confidence: 0.44, band: 'low' });
  });

  it('every neighbour is a cause of the vocabulary, and none is its own key', () => {
    for (const [cause, others] of Object.entries(NEIGHBOUR_READINGS)) {
      expect(CAUSES).toHaveProperty(cause);
      for (const o of others) {
        expect(CAUSES).toHaveProperty(o);
        expect(o).not.toBe(cause);
      }
    }
  });

  it('never changes the first answer, its band or the verdict, but for the datastore below a service that only waits (property, through correlate)', () => {
    const causes = Object.keys(NEIGHBOUR_READINGS);
    const world = fc.array(
      fc.record({
        node: fc.integer({ min: 0, max: 4 }),
        cause: fc.constantFrom(...causes),
        weight: fc.double({ min: 0.05, max: 0.95, noNaN: true }),
        rule: fc.nat(3),
      }),
      { minLength: 1, maxLength: 8 },
    );
    // worlds where c3 mostly only waits, so that §9's exception is met about as often as not
    const waiting = fc.array(
      fc.record({
        node: fc.constantFrom(0, 1, 2, 3, 3, 3),
        cause: fc.constantFrom('dependency-down', 'resource-exhaustion', 'network-fault', 'probe-failure'),
        weight: fc.double({ min: 0.05, max: 0.5, noNaN: true }),
        rule: fc.nat(3),
      }),
      { minLength: 1, maxLength: 4 },
    );
    const graph = createKnowledgeGraph({
      apiVersion: 'culprit/v1',
      kind: 'Topology',
      // c4 is a database: c3's waiting causes are also read as c4 down (§9)
      components: [0, 1, 2, 3, 4].map((i) => ({
        id: `c${i}`,
        kind: i === 4 ? ('database' as const) : ('service' as const),
        dependsOn: i < 4 ? [`c${i + 1}`] : [],
      })),
    });
    fc.assert(
      fc.property(fc.oneof(world, waiting), (fs) => {
        const input = {
          graph,
          findings: fs.map((f, i) => ({
            ruleId: `r${f.rule}`,
            pack: 'p',
            node: `c${f.node}`,
            cause: f.cause,
            weight: f.weight,
            messageId: 'm',
            message: `f${i}`,
            facts: {},
          })),
          symptoms: [],
          named: ['c0'],
          scope: ['c0', 'c1', 'c2', 'c3', 'c4'],
        };
        const off = correlate(input, { neighbours: false });
        const on = correlate(input);
        expect(on.conclusive).toBe(off.conclusive);
        const first = off.hypotheses[0]!;
        // §9's one exception, stated on the input: c3 leads with a yielding cause, every finding at c3 is a
        // waiting one of weight ≤ 0.4, and nothing is reported at c4 (the one datastore c3 calls)
        const atC3 = fs.filter((f) => f.node === 3);
        const yields =
          first.node === 'c3' &&
          ['dependency-down', 'resource-exhaustion', 'probe-failure'].includes(first.cause) &&
          atC3.every(
            (f) =>
              f.weight <= WAITING_WEIGHT &&
              ['dependency-down', 'network-fault', 'resource-exhaustion', 'probe-failure'].includes(f.cause),
          ) &&
          !fs.some((f) => f.node === 4);
        const lead = on.hypotheses[0]!;
        if (yields) {
          expect(`${lead.node}/${lead.cause}`).toBe('c4/dependency-down');
          expect([lead.confidence, lead.band]).toEqual([first.confidence, first.band]);
          expect(`${on.hypotheses[1]!.node}/${on.hypotheses[1]!.cause}`).toBe(`c3/${first.cause}`);
        } else
          expect(`${lead.node}/${lead.cause}/${lead.band}`).toBe(
            `${first.node}/${first.cause}/${first.band}`,
          );
        // every original hypothesis is still there, with its confidence; the additions are low
        for (const h of off.hypotheses)
          expect(on.hypotheses.find((x) => x.node === h.node && x.cause === h.cause)?.confidence).toBe(
            h.confidence,
          );
        for (const h of on.hypotheses) {
          expect(sum(h)).toBeCloseTo(h.confidence, 9);
          if (
            !off.hypotheses.some((x) => x.node === h.node && x.cause === h.cause) &&
            !(yields && h === lead)
          )
            expect(h.band).toBe('low');
        }
        expect(on.hypotheses.map((h) => h.rank)).toEqual(on.hypotheses.map((_, i) => i + 1));
      }),
      { numRuns: 300 },
    );
  });
});

describe('datastore readings (docs/scoring.md §9)', () => {
  const graph = createKnowledgeGraph({
    apiVersion: 'culprit/v1',
    kind: 'Topology',
    components: [
      { id: 'frontend', kind: 'frontend', dependsOn: ['ledgerwriter', 'userservice', 'checkout'] },
      { id: 'ledgerwriter', kind: 'service', dependsOn: ['ledger-db', 'balancereader'] },
      { id: 'balancereader', kind: 'service', dependsOn: ['ledger-db'] },
      { id: 'userservice', kind: 'service', dependsOn: ['accounts-db'] },
      { id: 'checkout', kind: 'service', dependsOn: ['orders-db', 'queue'] },
      { id: 'ledger-db', kind: 'database' },
      { id: 'accounts-db', kind: 'database' },
      { id: 'orders-db', kind: 'database' },
      { id: 'queue', kind: 'queue' },
    ],
  });

  it('a service that does not answer in time is followed by the one datastore it calls, below its own readings', () => {
    const source = hyp('ledgerwriter', 'resource-exhaustion', 0.7);
    const out = withDatastoreReadings(withNeighbourReadings([source], options), graph, options);
    expect(out.map((h) => `${h.rank} ${h.node}/${h.cause}/${h.band}`)).toEqual([
      '1 ledgerwriter/resource-exhaustion/medium',
      '2 ledgerwriter/dependency-down/low',
      '3 ledger-db/dependency-down/low',
    ]);
    const d = out[2]!;
    expect(d.confidence).toBeCloseTo(0.7 * DATASTORE_SHARE, 12);
    expect(sum(d)).toBeCloseTo(d.confidence, 12);
    expect(d.path).toEqual(['ledger-db', 'ledgerwriter']);
    expect(d.findings).toEqual(source.findings);
    expect(d.factors.at(-1)).toMatchObject({
      name: 'datastore',
      note: expect.stringContaining('waits on ledger-db'),
    });
    expect(
      withDatastoreReadings([hyp('userservice', 'probe-failure', 0.99)], graph, options)[1],
    ).toMatchObject({
      node: 'accounts-db',
      confidence: 0.44,
      band: 'low',
    });
  });

  it('a first answer that rests on waiting alone yields first place to the one datastore it calls', () => {
    const waiting = (node: string, cause: string, confidence: number, weight: number): Hypothesis => {
      const h = hyp(node, cause, confidence);
      return { ...h, findings: h.findings.map((f) => ({ ...f, weight })) };
    };
    const read = (hs: Hypothesis[]) =>
      withDatastoreReadings(withNeighbourReadings(hs, options), graph, options).map(
        (h) => `${h.rank} ${h.node}/${h.cause}/${h.confidence}/${h.band}`,
      );
    // callers time out toward ledgerwriter and its pool waits; nothing else about it: ledger-db leads, same band
    expect(read([waiting('ledgerwriter', 'resource-exhaustion', 0.7, 0.4)])).toEqual([
      '1 ledger-db/dependency-down/0.7/medium',
      '2 ledgerwriter/resource-exhaustion/0.7/medium',
      '3 ledgerwriter/dependency-down/0.35/low',
    ]);
    const out = withDatastoreReadings(
      [waiting('ledgerwriter', 'resource-exhaustion', 0.7, 0.4)],
      graph,
      options,
    );
    expect(out[0]!.path).toEqual(['ledger-db', 'ledgerwriter']);
    expect(sum(out[0]!)).toBeCloseTo(0.7, 12);
    expect(out[0]!.factors.at(-1)?.note).toContain('shows nothing of its own');
    // a stronger finding of its own (CPU, a self-reported exhaustion) keeps the service first
    expect(read([waiting('ledgerwriter', 'resource-exhaustion', 0.7, 0.5)])[0]).toBe(
      '1 ledgerwriter/resource-exhaustion/0.7/medium',
    );
    // a readiness probe that only times out is waiting too; the same probe lead with a restart there is not
    expect(read([waiting('userservice', 'probe-failure', 0.44, 0.25)])[0]).toBe(
      '1 accounts-db/dependency-down/0.44/low',
    );
    const restarts = {
      ruleId: 'r',
      pack: 'kubernetes',
      node: 'userservice',
      symptom: 'restarts',
      messageId: 'm',
      message: 'restarted',
      facts: {},
    };
    expect(read([{ ...waiting('userservice', 'probe-failure', 0.44, 0.25), explains: [restarts] }])[0]).toBe(
      '1 userservice/probe-failure/0.44/low',
    );
    // anything else at the component — a release, a configuration finding — keeps it first too
    expect(
      read([
        waiting('ledgerwriter', 'resource-exhaustion', 0.7, 0.4),
        waiting('ledgerwriter', 'bad-deploy-rollout', 0.4, 0.4),
      ])[0],
    ).toBe('1 ledgerwriter/resource-exhaustion/0.7/medium');
    expect(
      read([
        waiting('ledgerwriter', 'resource-exhaustion', 0.7, 0.4),
        waiting('ledgerwriter', 'config-error', 0.4, 0.2),
      ])[0],
    ).toBe('1 ledgerwriter/resource-exhaustion/0.7/medium');
    // a path fault is not a stall, and only the first answer yields
    expect(read([waiting('ledgerwriter', 'network-fault', 0.7, 0.4)])[0]).toBe(
      '1 ledgerwriter/network-fault/0.7/medium',
    );
    expect(
      read([hyp('a', 'oom-killed', 0.9), waiting('ledgerwriter', 'resource-exhaustion', 0.7, 0.4)]).slice(
        0,
        2,
      ),
    ).toEqual(['1 a/oom-killed/0.9/high', '2 ledgerwriter/resource-exhaustion/0.7/medium']);
  });

  it('only for a waiting cause, a component that is not itself a datastore, one datastore, none reported yet', () => {
    const read = (hs: Hypothesis[]) =>
      withDatastoreReadings(hs, graph, options).map((h) => `${h.node}/${h.cause}`);
    // a crash or a bad release is the service's own
    expect(read([hyp('ledgerwriter', 'crash-loop', 0.8)])).toEqual(['ledgerwriter/crash-loop']);
    expect(read([hyp('ledgerwriter', 'bad-deploy-rollout', 0.8)])).toEqual([
      'ledgerwriter/bad-deploy-rollout',
    ]);
    // two datastores: which one is not for this reading to guess
    expect(read([hyp('checkout', 'dependency-down', 0.8)])).toEqual(['checkout/dependency-down']);
    // the datastore already has a hypothesis of its own
    expect(read([hyp('ledgerwriter', 'network-fault', 0.8), hyp('ledger-db', 'oom-killed', 0.3)])).toEqual([
      'ledgerwriter/network-fault',
      'ledger-db/oom-killed',
    ]);
    // a datastore's own stall is not read further down; a frontend calls no datastore
    expect(read([hyp('ledger-db', 'dependency-down', 0.8), hyp('frontend', 'network-fault', 0.5)])).toEqual([
      'ledger-db/dependency-down',
      'frontend/network-fault',
    ]);
    // two stalled services on one database add it once (first: both only wait, see the next test); a follower at
    // the same component is not a source
    expect(
      read([
        hyp('ledgerwriter', 'dependency-down', 0.8),
        hyp('ledgerwriter', 'probe-failure', 0.6),
        hyp('balancereader', 'resource-exhaustion', 0.5),
      ]),
    ).toEqual([
      'ledger-db/dependency-down',
      'ledgerwriter/dependency-down',
      'ledgerwriter/probe-failure',
      'balancereader/resource-exhaustion',
    ]);
    // only the first three hypotheses are read
    expect(
      read([
        hyp('a', 'oom-killed', 0.9),
        hyp('b', 'oom-killed', 0.85),
        hyp('c', 'oom-killed', 0.8),
        hyp('userservice', 'network-fault', 0.7),
      ]),
    ).not.toContain('accounts-db/dependency-down');
    for (const c of WAITING_CAUSES) expect(CAUSES).toHaveProperty(c);
  });

  it('two services that only wait, whose one datastore is the same, put it first with the stronger one\u2019s confidence', () => {
    const read = (hs: Hypothesis[]) =>
      withDatastoreReadings(hs, graph, options).map((h) => `${h.node}/${h.cause}/${h.confidence}`);
    const hung = hyp('ledgerwriter', 'dependency-down', 0.62);
    const slow = hyp('balancereader', 'network-fault', 0.6);
    const out = withDatastoreReadings([hung, slow], graph, options);
    expect(out.map((h) => `${h.rank} ${h.node}/${h.cause}/${h.confidence}/${h.band}`)).toEqual([
      '1 ledger-db/dependency-down/0.62/medium',
      '2 ledgerwriter/dependency-down/0.62/medium',
      '3 balancereader/network-fault/0.6/medium',
    ]);
    expect(out[0]!.findings).toEqual([...hung.findings, ...slow.findings]);
    expect(out[0]!.path).toEqual(['ledger-db', 'ledgerwriter']);
    expect(sum(out[0]!)).toBeCloseTo(0.62, 12);
    expect(out[0]!.factors.at(-1)?.note).toContain('ledgerwriter and balancereader all wait on ledger-db');
    // either one with something of its own (a release) or a restart: no shared reading
    const released = {
      ...slow,
      findings: [...slow.findings, { ...slow.findings[0]!, cause: 'bad-deploy-rollout' }],
    };
    expect(read([hung, released])[0]).toBe('ledgerwriter/dependency-down/0.62');
    const restarts = {
      ruleId: 'r',
      pack: 'kubernetes',
      node: 'balancereader',
      symptom: 'restarts',
      messageId: 'm',
      message: 'restarted',
      facts: {},
    };
    expect(read([hung, { ...slow, explains: [restarts] }])[0]).toBe('ledgerwriter/dependency-down/0.62');
    // different datastores, or a cause that is no waiting, or the datastore already in the report: none
    expect(read([hung, hyp('userservice', 'dependency-down', 0.6)])[0]).toBe(
      'ledgerwriter/dependency-down/0.62',
    );
    expect(read([hung, hyp('balancereader', 'crash-loop', 0.6)])[0]).toBe(
      'ledgerwriter/dependency-down/0.62',
    );
    expect(read([hung, slow, hyp('ledger-db', 'oom-killed', 0.3)])[0]).toBe(
      'ledgerwriter/dependency-down/0.62',
    );
  });
});
