// readClusterSnapshot: a scenario folder's Lists and logs become the fake's objects and logs; a
// malformed file is ERR_SNAPSHOT_INVALID; shiftTo moves every timestamp and log stamp together.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readClusterSnapshot } from '../../src/testing/cluster-snapshot.js';
import { startFakeKubernetes } from '../../src/testing/fake-kubernetes.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function folder(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'culprit-snap-'));
  dirs.push(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return dir;
}

const POD = {
  metadata: {
    name: 'cart-7d9f-abcde',
    namespace: 'shop',
    uid: 'u-1',
    creationTimestamp: '2026-03-14T13:00:00Z',
    labels: { app: 'cart' },
  },
  spec: { nodeName: 'node-a', containers: [{ name: 'server' }, { name: 'proxy' }] },
  status: {
    phase: 'Running',
    conditions: [{ type: 'Ready', status: 'False', lastTransitionTime: '2026-03-14T14:05:00Z' }],
    containerStatuses: [
      {
        name: 'server',
        restartCount: 3,
        state: { waiting: { reason: 'CrashLoopBackOff' } },
        lastState: {
          terminated: {
            reason: 'OOMKilled',
            exitCode: 137,
            startedAt: '2026-03-14T14:09:00Z',
            finishedAt: '2026-03-14T14:10:30.123456Z',
          },
        },
      },
    ],
  },
};
const EVENT = {
  metadata: { name: 'cart.1', namespace: 'shop', creationTimestamp: '2026-03-14T14:10:31Z' },
  involvedObject: { kind: 'Pod', name: 'cart-7d9f-abcde', namespace: 'shop' },
  reason: 'BackOff',
  type: 'Warning',
  count: 4,
  firstTimestamp: '2026-03-14T14:06:00Z',
  lastTimestamp: '2026-03-14T14:11:00Z',
  eventTime: null,
};
const GOOD = {
  'scenario.yaml': 'id: x/y\nincidentTime: "2026-03-14T14:12:00Z"\n',
  'cluster/pods.json': {
    kind: 'PodList',
    apiVersion: 'v1',
    metadata: { resourceVersion: '9' },
    items: [POD],
  },
  'cluster/events.json': { kind: 'EventList', apiVersion: 'v1', metadata: {}, items: [EVENT] },
  'cluster/nodes.json': { kind: 'NodeList', apiVersion: 'v1', items: [{ metadata: { name: 'node-a' } }] },
  'cluster/networkpolicies.json': {
    kind: 'NetworkPolicyList',
    apiVersion: 'networking.k8s.io/v1',
    items: [{ metadata: { name: 'deny-all', namespace: 'shop' }, spec: { podSelector: {} } }],
  },
  'logs/shop/cart-7d9f-abcde/server.log':
    '2026-03-14T14:11:00.5Z starting\n2026-03-14T14:11:01Z listening on :8080\n  at no stamp\n',
  'logs/shop/cart-7d9f-abcde/server.previous.log': 'java.lang.OutOfMemoryError: Java heap space\n',
};

describe('readClusterSnapshot', () => {
  it('reads Lists into objects with kind and apiVersion, and logs under ns/pod/container[/previous]', () => {
    const snap = readClusterSnapshot(folder(GOOD));
    expect(snap.objects.map((o) => `${o.apiVersion} ${o.kind} ${o.metadata?.name}`).sort()).toEqual([
      'networking.k8s.io/v1 NetworkPolicy deny-all',
      'v1 Event cart.1',
      'v1 Node node-a',
      'v1 Pod cart-7d9f-abcde',
    ]);
    expect(Object.keys(snap.logs).sort()).toEqual([
      'shop/cart-7d9f-abcde/server',
      'shop/cart-7d9f-abcde/server/previous',
    ]);
    expect(snap.logs['shop/cart-7d9f-abcde/server/previous']).toContain('OutOfMemoryError');
    expect(snap.incidentTime).toBe('2026-03-14T14:12:00Z');
  });

  it('an empty folder is an empty snapshot; a missing folder is ERR_FILE_NOT_FOUND', () => {
    expect(readClusterSnapshot(folder({}))).toEqual({ objects: [], logs: {} });
    expect(() => readClusterSnapshot('/nonexistent/snapshot')).toThrowError(
      expect.objectContaining({ code: 'ERR_FILE_NOT_FOUND' }),
    );
  });

  it.each([
    ['not JSON', { 'cluster/pods.json': '{"kind": "PodList",' }],
    ['not a List', { 'cluster/pods.json': [POD] }],
    ['the wrong List kind', { 'cluster/pods.json': { kind: 'EventList', items: [] } }],
    [
      'the wrong apiVersion',
      { 'cluster/deployments.json': { kind: 'DeploymentList', apiVersion: 'v1', items: [] } },
    ],
    ['items not an array', { 'cluster/pods.json': { kind: 'PodList', items: {} } }],
    ['an item without a name', { 'cluster/pods.json': { kind: 'PodList', items: [{ metadata: {} }] } }],
    [
      'a namespaced item without a namespace',
      { 'cluster/pods.json': { kind: 'PodList', items: [{ metadata: { name: 'p' } }] } },
    ],
    ['the same object twice', { 'cluster/pods.json': { kind: 'PodList', items: [POD, POD] } }],
    ['secrets.json', { 'cluster/secrets.json': { kind: 'SecretList', items: [] } }],
    ['an unknown file', { 'cluster/widgets.json': { kind: 'WidgetList', items: [] } }],
    [
      'ConfigMap data values',
      {
        'cluster/configmaps.json': {
          kind: 'ConfigMapList',
          items: [{ metadata: { name: 'c', namespace: 'shop' }, data: { password: 'hunter2' } }],
        },
      },
    ],
    ['a log of an unknown pod', { 'logs/shop/ghost/server.log': 'x\n' }],
    ['a log of an unknown container', { ...GOOD, 'logs/shop/cart-7d9f-abcde/sidecar.log': 'x\n' }],
    ['a log at the wrong depth', { ...GOOD, 'logs/shop/server.log': 'x\n' }],
    ['an incidentTime that is not a time', { 'scenario.yaml': 'incidentTime: yesterday\n' }],
  ])('%s is ERR_SNAPSHOT_INVALID naming the file', (_, files) => {
    const dir = folder(files as Record<string, unknown>);
    let error: { code?: string; details?: { file?: string } } | undefined;
    try {
      readClusterSnapshot(dir);
    } catch (err) {
      error = err as typeof error;
    }
    expect(error?.code).toBe('ERR_SNAPSHOT_INVALID');
    expect(error?.details?.file).toMatch(/scenario\.yaml|cluster\/|logs\//);
  });

  it('ConfigMaps with keys only (empty values) are accepted', () => {
    const dir = folder({
      'cluster/configmaps.json': {
        kind: 'ConfigMapList',
        items: [{ metadata: { name: 'c', namespace: 'shop' }, data: { 'app.yaml': '' } }],
      },
    });
    expect(readClusterSnapshot(dir).objects).toHaveLength(1);
  });

  it('shiftTo moves object timestamps, log line stamps and the incident time by the same amount', () => {
    const snap = readClusterSnapshot(folder(GOOD), { shiftTo: new Date('2026-11-22T10:00:00Z') });
    const pod = snap.objects.find((o) => o.kind === 'Pod') as typeof POD;
    const event = snap.objects.find((o) => o.kind === 'Event') as typeof EVENT;
    expect(snap.incidentTime).toBe('2026-11-22T10:00:00Z');
    expect(pod.metadata.creationTimestamp).toBe('2026-11-22T08:48:00Z');
    expect(pod.status.conditions[0]!.lastTransitionTime).toBe('2026-11-22T09:53:00Z');
    expect(pod.status.containerStatuses[0]!.lastState.terminated.finishedAt).toBe(
      '2026-11-22T09:58:30.123456Z',
    );
    expect([event.firstTimestamp, event.lastTimestamp, event.eventTime]).toEqual([
      '2026-11-22T09:54:00Z',
      '2026-11-22T09:59:00Z',
      null,
    ]);
    expect(snap.logs['shop/cart-7d9f-abcde/server']).toBe(
      '2026-11-22T09:59:00.5Z starting\n2026-11-22T09:59:01Z listening on :8080\n  at no stamp\n',
    );
    // Non-timestamp strings stay as they are.
    expect(pod.metadata.labels.app).toBe('cart');
  });

  it('shiftTo without an incident time is ERR_SNAPSHOT_INVALID; an explicit incidentTime works', () => {
    const dir = folder({ 'cluster/pods.json': GOOD['cluster/pods.json'] });
    expect(() => readClusterSnapshot(dir, { shiftTo: new Date() })).toThrowError(
      expect.objectContaining({ code: 'ERR_SNAPSHOT_INVALID' }),
    );
    const snap = readClusterSnapshot(dir, {
      incidentTime: '2026-03-14T14:00:00Z',
      shiftTo: new Date('2026-03-14T15:00:00Z'),
    });
    expect((snap.objects[0] as typeof POD).metadata.creationTimestamp).toBe('2026-03-14T14:00:00Z');
  });
});

describe('startFakeKubernetes({ snapshot })', () => {
  it('serves the snapshot: Lists, NetworkPolicies, logs; its clock is the incident time', async () => {
    const kube = await startFakeKubernetes({ snapshot: folder(GOOD) });
    try {
      const pods = (await (await fetch(`${kube.url}/api/v1/namespaces/shop/pods`)).json()) as {
        items: { metadata: { name: string } }[];
      };
      expect(pods.items.map((p) => p.metadata.name)).toEqual(['cart-7d9f-abcde']);
      const netpol = (await (
        await fetch(`${kube.url}/apis/networking.k8s.io/v1/namespaces/shop/networkpolicies`)
      ).json()) as { kind: string; items: unknown[] };
      expect([netpol.kind, netpol.items.length]).toEqual(['NetworkPolicyList', 1]);
      const log = await fetch(
        `${kube.url}/api/v1/namespaces/shop/pods/cart-7d9f-abcde/log?container=server&previous=true`,
      );
      expect(await log.text()).toContain('OutOfMemoryError');
    } finally {
      await kube.close();
    }
  });
});
