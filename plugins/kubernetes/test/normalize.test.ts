// The pure mapping from Kubernetes objects to evidence attributes: DaemonSet rollouts, quota refusals,
// volume claims, autoscalers, evictions and why a Service has no endpoints.
import { describe, expect, it } from 'vitest';
import {
  hpaAttributes,
  podsAttributes,
  quotaAttributes,
  restartHealedAt,
  quotaUsage,
  rolloutAttributes,
  serviceAttributes,
  storageAttributes,
} from '../normalize.js';

const NOW = Date.parse('2026-11-22T14:30:00Z');
const W = { from: NOW - 3_600_000, to: NOW };
const ago = (m: number) => new Date(NOW - m * 60_000).toISOString();

describe('kubernetes evidence normalization', () => {
  it('reads a DaemonSet rollout from its scheduled counts', () => {
    const ds = {
      kind: 'DaemonSet',
      spec: {},
      status: { desiredNumberScheduled: 3, updatedNumberScheduled: 2, numberReady: 1, numberAvailable: 1 },
    };
    expect(rolloutAttributes(ds, [], [], W)).toMatchObject({
      kind: 'DaemonSet',
      desired: 3,
      updated: 2,
      ready: 1,
      available: 1,
    });
  });

  it('a quota on a resource the pod template leaves unset refuses it too ("failed quota: must specify")', () => {
    const event = {
      reason: 'FailedCreate',
      type: 'Warning',
      count: 4,
      lastTimestamp: ago(5),
      message:
        'Error creating: pods "cart-7d9f-bscpr" is forbidden: failed quota: compute-resources: must specify limits.cpu for: cart,wait-for-valkey-cart; requests.cpu for: cart,wait-for-valkey-cart',
    };
    expect(quotaAttributes([event], W)).toEqual({
      exceededEvents: 4,
      resources: ['limits.cpu', 'requests.cpu'],
      message: event.message.slice(0, 300),
    });
  });

  it('counts quota refusals inside the window and names the resources', () => {
    const refused = (m: number, count: number) => ({
      reason: 'FailedCreate',
      type: 'Warning',
      count,
      lastTimestamp: ago(m),
      message:
        'Error creating: pods "ad-x" is forbidden: exceeded quota: q, requested: limits.memory=1Gi,requests.cpu=1, used: limits.memory=8Gi, limited: limits.memory=8Gi',
    });
    expect(quotaAttributes([refused(5, 3), refused(30, 2), refused(600, 50)], W)).toEqual({
      exceededEvents: 5,
      resources: ['limits.memory', 'requests.cpu'],
      message: refused(5, 3).message.slice(0, 300),
    });
    expect(quotaAttributes([refused(600, 50)], W)).toBeUndefined();
    const quota = {
      metadata: { name: 'q' },
      status: { hard: { 'limits.memory': '8Gi', pods: '10' }, used: { 'limits.memory': '8Gi', pods: '3' } },
    };
    expect(quotaUsage([quota], ['limits.memory', 'requests.cpu'])).toEqual(['q: limits.memory 8Gi/8Gi']);
  });

  it('reports only the claims the pods mount, and mount failures in the window', () => {
    const pod = { spec: { volumes: [{ name: 'data', persistentVolumeClaim: { claimName: 'data-db-0' } }] } };
    const claims = [
      { metadata: { name: 'data-db-0' }, spec: { storageClassName: 'fast' }, status: { phase: 'Pending' } },
      { metadata: { name: 'someone-else' }, status: { phase: 'Lost' } },
    ];
    const events = [
      { type: 'Warning', reason: 'FailedMount', count: 4, lastTimestamp: ago(3) },
      { type: 'Warning', reason: 'FailedMount', count: 9, lastTimestamp: ago(900) },
    ];
    expect(storageAttributes([pod], claims, events, W)).toEqual({
      claims: 1,
      pending: 1,
      lost: 0,
      mountFailures: 4,
      pendingClaims: ['data-db-0'],
      storageClasses: ['fast'],
    });
    expect(storageAttributes([{ spec: {} }], claims, [], W)).toBeUndefined();
  });

  it('an autoscaler pinned at its maximum that wants more', () => {
    const hpa = (limited: boolean) => ({
      metadata: { name: 'web' },
      spec: { minReplicas: 2, maxReplicas: 6 },
      status: {
        currentReplicas: 6,
        desiredReplicas: 6,
        conditions: [
          {
            type: 'ScalingLimited',
            status: limited ? 'True' : 'False',
            reason: limited ? 'TooManyReplicas' : 'DesiredWithinRange',
          },
        ],
      },
    });
    expect(hpaAttributes(hpa(true))).toEqual({
      name: 'web',
      current: 6,
      desired: 6,
      min: 2,
      max: 6,
      atMax: true,
      desiredAboveMax: true,
    });
    expect(hpaAttributes(hpa(false)).desiredAboveMax).toBe(false);
  });

  it('says how long containers killed in the window have been running and ready again (healedMinutes)', () => {
    const killed = (diedAgo: number, startedAgo: number | null, ready = true) => ({
      status: {
        phase: 'Running',
        conditions: [{ type: 'Ready', status: ready ? 'True' : 'False' }],
        containerStatuses: [
          {
            name: 'server',
            ready,
            restartCount: 1,
            lastState: { terminated: { reason: 'OOMKilled', exitCode: 137, finishedAt: ago(diedAgo) } },
            state:
              startedAgo === null
                ? { waiting: { reason: 'CrashLoopBackOff' } }
                : { running: { startedAt: ago(startedAgo) } },
          },
        ],
      },
    });
    // Killed 23 min ago, back a minute later: ready for 22 min.
    expect(podsAttributes([killed(23, 22)], W)).toMatchObject({ oomKilledRecent: 1, healedMinutes: 22 });
    expect(restartHealedAt([killed(23, 22)], W)).toBe(NOW - 22 * 60_000);
    // Two pods: the later restart counts.
    expect(podsAttributes([killed(40, 39), killed(6, 5)], W)).toMatchObject({ healedMinutes: 5 });
    // One container not back (waiting, or running but not ready): not healed.
    expect(podsAttributes([killed(40, 39), killed(6, null, false)], W)).toMatchObject({ healedMinutes: 0 });
    expect(podsAttributes([killed(23, 22, false)], W)).toMatchObject({ healedMinutes: 0 });
    // A kill before the window is no restart in it.
    expect(podsAttributes([killed(60 * 24, 60 * 24 - 1)], W)).toMatchObject({
      oomKilledRecent: 0,
      healedMinutes: 0,
    });
    expect(restartHealedAt([killed(60 * 24, 60 * 24 - 1)], W)).toBeUndefined();
  });
  it('evictions count when they happened in the window; a claim wait is not "unschedulable"', () => {
    const evicted = (m: number) => ({
      status: {
        phase: 'Failed',
        reason: 'Evicted',
        conditions: [{ type: 'Ready', status: 'False', lastTransitionTime: ago(m) }],
      },
    });
    const waitingForClaim = {
      status: {
        phase: 'Pending',
        conditions: [
          {
            type: 'PodScheduled',
            status: 'False',
            reason: 'Unschedulable',
            message: 'pod has unbound immediate PersistentVolumeClaims',
          },
        ],
      },
    };
    const attrs = podsAttributes([evicted(5), evicted(60 * 24 * 3), waitingForClaim], W);
    expect(attrs.evicted).toBe(1);
    expect(attrs.unschedulable).toBe(0);
  });

  it('counts a debugger attached to a container (kubectl debug --target) while it runs, not a plain debug shell', () => {
    const at = new Date(W.to - 20 * 60_000).toISOString();
    const pod = (target?: string, state: Record<string, unknown> = { running: { startedAt: at } }) => ({
      metadata: { name: 'memcached-rate-1' },
      spec: {
        containers: [{ name: 'memcached' }],
        ephemeralContainers: [
          {
            name: 'debugger-q8x2v',
            image: 'ubuntu:24.04',
            ...(target ? { targetContainerName: target } : {}),
          },
        ],
      },
      status: {
        phase: 'Running',
        containerStatuses: [{ name: 'memcached', ready: true, restartCount: 0, state: { running: {} } }],
        ephemeralContainerStatuses: [{ name: 'debugger-q8x2v', state }],
      },
    });
    expect(podsAttributes([pod('memcached')], W)).toMatchObject({
      debuggerAttached: 1,
      debuggerAttachedAt: at,
      ready: 1,
    });
    expect(podsAttributes([pod()], W)).toMatchObject({ debuggerAttached: 0, debuggerAttachedAt: null });
    expect(podsAttributes([pod('memcached', { terminated: { exitCode: 0 } })], W)).toMatchObject({
      debuggerAttached: 0,
    });
  });

  it('says why a Service has no endpoints', () => {
    const svc = {
      metadata: { name: 'api' },
      spec: { selector: { app: 'api' }, ports: [{ port: 80, targetPort: 8080 }] },
    };
    const pod = {
      metadata: { labels: { app: 'api' } },
      spec: { containers: [{ ports: [{ containerPort: 9090 }] }] },
    };
    expect(serviceAttributes([svc], [{ subsets: [] }], [pod], 2)).toMatchObject({
      readyEndpoints: 0,
      selectorMatchesPods: true,
      targetPortMatches: false,
      scaledToZero: false,
    });
    expect(serviceAttributes([svc], [{ subsets: [] }], [], 0)).toMatchObject({
      selectorMatchesPods: true,
      scaledToZero: true,
    });
    expect(serviceAttributes([svc], [{ subsets: [] }], [], 2)).toMatchObject({ scaledToZero: false });
    const typo = { ...svc, spec: { ...svc.spec, selector: { app: 'apii' } } };
    expect(serviceAttributes([typo], [{ subsets: [] }], [pod], 2).selectorMatchesPods).toBe(false);
  });

  it('reads node-local routing (internalTrafficPolicy Local) and the nodes its ready pods run on', () => {
    const svc = {
      metadata: { name: 'catalog' },
      spec: { selector: { app: 'catalog' }, ports: [{ port: 3550 }] },
    };
    const pod = (node: string, ready = true) => ({
      metadata: { labels: { app: 'catalog' } },
      spec: { nodeName: node, containers: [{ ports: [{ containerPort: 3550 }] }] },
      status: {
        phase: 'Running',
        conditions: [{ type: 'Ready', status: ready ? 'True' : 'False' }],
        containerStatuses: [{ ready }],
      },
    });
    const local = { ...svc, spec: { ...svc.spec, internalTrafficPolicy: 'Local' } };
    const pods = [pod('node-a'), pod('node-a'), pod('node-b', false)];
    expect(serviceAttributes([local], [], pods, 3)).toMatchObject({
      internalTrafficLocal: true,
      endpointNodes: 1,
    });
    const cluster = { ...svc, spec: { ...svc.spec, internalTrafficPolicy: 'Cluster' } };
    expect(serviceAttributes([cluster], [], pods, 3)).toMatchObject({ internalTrafficLocal: false });
    expect(serviceAttributes([svc], [], pods, 3)).toMatchObject({ internalTrafficLocal: false });
  });
});
