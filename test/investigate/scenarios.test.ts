// Hand-built scenarios on the shop topology: recorded kubernetes evidence + a description → the
// expected top hypothesis (component and cause), through the real engine, rules and scoring.
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/engine/index.js';
import type { IncidentInput } from '../../src/engine/index.js';
import {
  AT,
  collectorStatus,
  events,
  healthyShop,
  k8sNode,
  logs,
  pods,
  quota,
  rollout,
  service,
  storage,
  withFaults,
} from '../helpers/shop-evidence.js';

let engine: Engine;
beforeAll(async () => {
  engine = await createEngine({ topology: 'knowledge-graph', rules: 'rules', clock: () => new Date(AT) });
});

interface Scenario {
  name: string;
  description: string;
  input?: Partial<IncidentInput>;
  evidence: ReturnType<typeof healthyShop>;
  expect: { node: string; cause: string } | 'inconclusive';
}

const shop = healthyShop();
const scenarios: Scenario[] = [
  {
    name: 'upstream cause with louder dependents: redis OOM behind crash-looping cart and 5xx at the edge',
    description: 'checkout is failing with 500s and cart pods keep restarting',
    evidence: withFaults(
      shop,
      pods('redis-cart', { oomKilledRecent: 2, restartsRecent: 2, notReady: 1, ready: 0, total: 1 }),
      pods('cart', { crashLoopBackOff: 2, restartsRecent: 9, notReady: 2, ready: 1 }),
      logs('cart', { errorLines: 140, connectionRefused: 120, unreachable: ['redis-cart'] }),
      logs('checkout', { errorLines: 60, http5xx: 48, unreachable: ['cart'] }),
      logs('frontend', { errorLines: 80, http5xx: 75 }),
    ),
    expect: { node: 'redis-cart', cause: 'oom-killed' },
  },
  {
    name: 'payment crash-loops on its own (panic, no unreachable dependency)',
    description: 'payments are failing, paymentservice keeps crashing',
    evidence: withFaults(
      shop,
      pods('payment', { crashLoopBackOff: 3, restartsRecent: 12, notReady: 3, ready: 0, lastExitCode: 2 }),
      logs('payment', { errorLines: 30, panics: 5 }),
      logs('checkout', { errorLines: 20, http5xx: 15, unreachable: ['payment'] }),
    ),
    expect: { node: 'payment', cause: 'crash-loop' },
  },
  {
    name: 'image pull failure after a product-catalog rollout',
    description: 'product pages broken since the 14:05 deploy',
    evidence: withFaults(
      shop,
      pods('product-catalog', {
        imagePullErrors: 2,
        imagePullMessage: 'manifest for productcatalog:v2.9.9 not found',
        notReady: 2,
        ready: 1,
      }),
      rollout('product-catalog', {
        changedInWindow: true,
        newPodsUnhealthy: 2,
        revision: 12,
        changes: ['image'],
      }),
      logs('frontend', { errorLines: 40, http5xx: 22, unreachable: ['product-catalog'] }),
    ),
    expect: { node: 'product-catalog', cause: 'image-pull' },
  },
  {
    name: 'email cannot start: configmap missing',
    description: 'order confirmation emails are not being sent',
    evidence: withFaults(
      shop,
      pods('email', {
        configErrors: 2,
        configErrorMessage: 'configmap "email-templates" not found',
        notReady: 2,
        ready: 0,
        total: 2,
      }),
    ),
    expect: { node: 'email', cause: 'config-missing' },
  },
  {
    name: 'bad checkout rollout: new revision never becomes ready',
    description: 'checkout errors started right after the release',
    evidence: withFaults(
      shop,
      rollout('checkout', {
        changedInWindow: true,
        progressDeadlineExceeded: true,
        newPodsUnhealthy: 3,
        revision: 31,
        changes: ['image', 'env'],
      }),
      pods('checkout', { notReady: 3, ready: 2, total: 5, restartsRecent: 4 }),
      events('checkout', { Unhealthy: 18 }),
      logs('frontend', { errorLines: 35, http5xx: 30, unreachable: ['checkout'] }),
    ),
    expect: { node: 'checkout', cause: 'bad-deploy-rollout' },
  },
  {
    name: 'shipping Service selects no pods',
    description: 'frontend cannot get shipping quotes',
    evidence: withFaults(
      shop,
      service('shipping', { readyEndpoints: 0, selectorMatchesPods: false }),
      logs('frontend', { errorLines: 25, connectionRefused: 25, unreachable: ['shipping'] }),
      logs('checkout', { errorLines: 12, unreachable: ['shipping'] }),
    ),
    expect: { node: 'shipping', cause: 'no-endpoints' },
  },
  {
    name: 'fault on the node the pods run on',
    description: 'currency conversion and ads are timing out on the storefront',
    evidence: withFaults(
      shop,
      k8sNode('k8s-node-b', { ready: false, notReadyMinutes: 9 }),
      pods('currency', { notReady: 2, ready: 1, restartsRecent: 1 }),
      pods('ad', { notReady: 2, ready: 1 }),
      pods('email', { notReady: 1, ready: 2 }),
      logs('frontend', { errorLines: 30, timeouts: 30, unreachable: ['currency'] }),
    ),
    expect: { node: 'k8s-node-b', cause: 'node-not-ready' },
  },
  {
    name: 'recommendation pods cannot be scheduled',
    description: 'recommendations missing on the product page',
    evidence: withFaults(
      shop,
      pods('recommendation', {
        unschedulable: 2,
        pending: 2,
        notReady: 2,
        ready: 1,
        unschedulableMessage: '0/3 nodes are available: 3 Insufficient memory.',
      }),
    ),
    expect: { node: 'recommendation', cause: 'unschedulable' },
  },
  {
    name: 'orders database volume cannot mount, checkout cannot reach it',
    description: 'checkout failing to place orders',
    evidence: withFaults(
      shop,
      storage('orders-db', { pending: 0, mountFailures: 4 }),
      pods('orders-db', { notReady: 1, ready: 0, total: 1, pending: 1 }),
      logs('checkout', { errorLines: 90, connectionRefused: 88, http5xx: 40, unreachable: ['orders-db'] }),
    ),
    expect: { node: 'orders-db', cause: 'storage-unavailable' },
  },
  {
    name: 'cart below capacity because of the namespace quota',
    description: 'cart is slow, not enough replicas',
    evidence: withFaults(
      shop,
      quota('cart', { exceededEvents: 6, resources: ['requests.memory'] }),
      pods('cart', { total: 1, ready: 1 }),
    ),
    expect: { node: 'cart', cause: 'quota-exceeded' },
  },
  {
    name: 'two unrelated faults, the description names email',
    description: 'emailservice is down, customers get no confirmation',
    evidence: withFaults(
      shop,
      pods('ad', { crashLoopBackOff: 2, restartsRecent: 7, notReady: 2, ready: 1 }),
      pods('email', {
        configErrors: 2,
        configErrorMessage: 'secret "smtp-credentials" not found',
        notReady: 2,
        ready: 0,
        total: 2,
      }),
    ),
    expect: { node: 'email', cause: 'config-missing' },
  },
  {
    name: 'two unrelated faults, the description names ads',
    description: 'adservice keeps restarting',
    evidence: withFaults(
      shop,
      pods('ad', { crashLoopBackOff: 2, restartsRecent: 7, notReady: 2, ready: 1 }),
      pods('email', {
        configErrors: 2,
        configErrorMessage: 'secret "smtp-credentials" not found',
        notReady: 2,
        ready: 0,
        total: 2,
      }),
    ),
    expect: { node: 'ad', cause: 'crash-loop' },
  },
  {
    name: 'no fault: only decoys (old restarts, stale warnings, a healthy rollout)',
    description: 'checkout feels slow, can someone check?',
    evidence: withFaults(
      shop,
      pods('checkout', { restartsTotal: 41, restartsRecent: 0 }),
      events('checkout', {}, { Unhealthy: 30, BackOff: 12 }),
      rollout('checkout', { changedInWindow: true, revision: 30, changes: ['image'] }),
    ),
    expect: 'inconclusive',
  },
  {
    name: 'decoys on checkout do not hide a real payment fault',
    description: 'checkout errors',
    evidence: withFaults(
      shop,
      pods('checkout', { restartsTotal: 41, restartsRecent: 0 }),
      events('checkout', {}, { Unhealthy: 30 }),
      rollout('checkout', { changedInWindow: true, revision: 30, changes: ['image'] }),
      pods('payment', { crashLoopBackOff: 2, restartsRecent: 6, notReady: 2, ready: 1 }),
      logs('checkout', { errorLines: 15, http5xx: 12, unreachable: ['payment'] }),
    ),
    expect: { node: 'payment', cause: 'crash-loop' },
  },
  {
    name: 'an external dependency with firing alerts',
    description: 'card payments failing',
    input: {
      entities: ['payment'],
    },
    evidence: withFaults(
      shop,
      logs('payment', { errorLines: 50, http5xx: 44, timeouts: 20, unreachable: ['stripe'] }),
    ),
    expect: { node: 'stripe', cause: 'external-dependency' },
  },
  {
    name: 'memory pressure on a node',
    description: 'payments and catalog pods are being evicted',
    evidence: withFaults(
      shop,
      k8sNode('k8s-node-c', { pressure: ['MemoryPressure'] }),
      pods('payment', { notReady: 1, ready: 2, restartsRecent: 2 }),
      pods('product-catalog', { notReady: 1, ready: 2, restartsRecent: 1 }),
    ),
    expect: { node: 'k8s-node-c', cause: 'node-pressure' },
  },
  {
    name: 'crash loop with configuration errors in the logs',
    description: 'currencyservice crashing after config change',
    evidence: withFaults(
      shop,
      pods('currency', { crashLoopBackOff: 3, restartsRecent: 10, notReady: 3, ready: 0 }),
      logs('currency', { errorLines: 12, configErrorLines: 4 }),
    ),
    expect: { node: 'currency', cause: 'config-error' },
  },
  {
    name: 'the kubernetes collector timed out everywhere: no evidence, inconclusive',
    description: 'checkout is failing',
    evidence: {
      evidence: ['checkout', 'cart', 'payment'].map((n) =>
        collectorStatus(n, 'timeout', 'no answer within 20000 ms'),
      ),
      discovered: [],
    },
    expect: 'inconclusive',
  },
];

describe('scenarios on the shop topology', () => {
  it.each(scenarios.map((s) => [s.name, s] as const))('%s', async (_name, s) => {
    const alerts =
      s.expect !== 'inconclusive' && s.expect.cause === 'external-dependency'
        ? [
            {
              name: 'StripeErrorRate',
              status: 'firing' as const,
              severity: 'critical',
              node: 'stripe',
              labels: {},
            },
          ]
        : undefined;
    const incident = await engine.prepare({ description: s.description, createdAt: AT, ...s.input });
    const { report } = await engine.investigate(
      { ...incident, ...(alerts ? { alerts } : {}) },
      { evidence: s.evidence.evidence, discovered: s.evidence.discovered },
    );
    if (s.expect === 'inconclusive') {
      expect(report.conclusive).toBe(false);
      expect(report.hypotheses[0]?.band ?? 'low').not.toBe('high');
      return;
    }
    const top = report.hypotheses[0];
    expect({ node: top?.node, cause: top?.cause, conclusive: report.conclusive }).toEqual({
      ...s.expect,
      conclusive: true,
    });
    expect(top!.findings.length).toBeGreaterThan(0);
    expect(top!.factors.reduce((sum, f) => sum + f.contribution, 0)).toBeCloseTo(top!.confidence, 6);
  });

  it('reports which collector evidence is missing', async () => {
    const s = scenarios.at(-1)!;
    const { report } = await engine.investigate(
      { description: s.description, createdAt: AT },
      { evidence: s.evidence.evidence },
    );
    expect(report.missingEvidence.map((m) => `${m.source}:${m.status}`)).toContain('kubernetes:timeout');
  });
});
