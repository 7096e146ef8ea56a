// The fake API server answers as kube-apiserver and kubelet do where a snapshot replay depends on it:
// selector grammar and the per-kind selectable fields (400 otherwise), pagination with selectors,
// pod logs by container state (waiting → 400, crash-looping → last instance), sinceSeconds,
// sinceTime, timestamps, limitBytes in bytes, option validation; every snapshot kind discoverable.
import { AppsV1Api, CoreV1Api, KubeConfig, NetworkingV1Api } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SNAPSHOT_KINDS } from '../../src/testing/cluster-snapshot.js';
import { startFakeKubernetes, type FakeKubernetes } from '../../src/testing/fake-kubernetes.js';

const NOW = new Date('2026-03-14T14:12:00Z');
const at = (minutesAgo: number) => new Date(NOW.getTime() - minutesAgo * 60_000).toISOString();

const pod = (
  name: string,
  labels: Record<string, string>,
  containerStatus: Record<string, unknown>,
  extra = {},
) => ({
  kind: 'Pod',
  metadata: { name, namespace: 'shop', labels, uid: `uid-${name}`, creationTimestamp: at(60) },
  spec: { nodeName: 'node-a', restartPolicy: 'Always', containers: [{ name: 'app' }] },
  status: { phase: 'Running', podIP: '10.0.0.1', containerStatuses: [{ name: 'app', ...containerStatus }] },
  ...extra,
});
const running = { ready: true, restartCount: 0, state: { running: { startedAt: at(60) } } };

const OBJECTS = [
  pod('api-1', { app: 'api', tier: 'backend' }, running),
  pod(
    'api-2',
    { app: 'api' },
    {
      ready: false,
      restartCount: 4,
      state: {
        waiting: { reason: 'CrashLoopBackOff', message: 'back-off 1m20s restarting failed container' },
      },
      lastState: { terminated: { reason: 'Error', exitCode: 1, startedAt: at(3), finishedAt: at(2) } },
    },
  ),
  pod(
    'web-1',
    { app: 'web', tier: 'frontend' },
    {
      ready: false,
      restartCount: 0,
      state: { waiting: { reason: 'ImagePullBackOff', message: 'Back-off pulling image "web:v9"' } },
    },
  ),
  pod(
    'web-2',
    { app: 'web' },
    { ready: false, restartCount: 0, state: { waiting: { reason: 'ContainerCreating' } } },
  ),
  pod(
    'job-1',
    { app: 'job' },
    {
      ready: false,
      restartCount: 0,
      state: { terminated: { reason: 'Completed', exitCode: 0, finishedAt: at(30) } },
    },
  ),
  {
    ...pod('pending-1', { app: 'api' }, {}),
    spec: { containers: [{ name: 'app' }] },
    status: {
      phase: 'Pending',
      conditions: [{ type: 'PodScheduled', status: 'False', reason: 'Unschedulable' }],
    },
  },
  {
    kind: 'Event',
    metadata: { name: 'api-2.1', namespace: 'shop' },
    involvedObject: { kind: 'Pod', name: 'api-2', namespace: 'shop', uid: 'uid-api-2', apiVersion: 'v1' },
    reason: 'BackOff',
    type: 'Warning',
    source: { component: 'kubelet', host: 'node-a' },
    message: 'Back-off restarting failed container app in pod api-2_shop(uid-api-2)',
  },
  {
    kind: 'Event',
    metadata: { name: 'web-1.1', namespace: 'shop' },
    involvedObject: { kind: 'Pod', name: 'web-1', namespace: 'shop', uid: 'uid-web-1' },
    reason: 'Failed',
    type: 'Warning',
    source: { component: 'kubelet' },
  },
  {
    kind: 'Event',
    metadata: { name: 'node-a.1', namespace: 'default' },
    involvedObject: { kind: 'Node', name: 'node-a', uid: 'node-a' },
    reason: 'NodeHasSufficientMemory',
    type: 'Normal',
    source: { component: 'kubelet' },
  },
  { kind: 'Node', metadata: { name: 'node-a' }, spec: {} },
  { kind: 'Node', metadata: { name: 'node-b' }, spec: { unschedulable: true } },
  { kind: 'Deployment', metadata: { name: 'api', namespace: 'shop' }, spec: { replicas: 2 } },
  {
    kind: 'NetworkPolicy',
    metadata: { name: 'deny-ingress', namespace: 'shop' },
    spec: { podSelector: { matchLabels: { app: 'api' } }, policyTypes: ['Ingress'] },
  },
  { kind: 'ConfigMap', metadata: { name: 'api-config', namespace: 'shop' }, data: { 'app.yaml': '' } },
];

const LOGS = {
  'shop/api-1/app': [
    `${at(20)} INFO started`,
    `${at(5)} ERROR java.lang.IllegalStateException: pool exhausted`,
    '\tat com.shop.Pool.get(Pool.java:42)',
    `${at(1)} INFO recovered`,
    '',
  ].join('\n'),
  'shop/api-2/app/previous': `${at(3)} panic: boom\ngoroutine 1 [running]:\n`,
  'shop/api-1/app/previous': 'é'.repeat(10),
};

let kube: FakeKubernetes;
beforeAll(async () => {
  kube = await startFakeKubernetes(structuredClone(OBJECTS), LOGS, { now: () => NOW });
});
afterAll(() => kube?.close());

const get = async (path: string) => {
  const res = await fetch(`${kube.url}${path}`);
  const text = await res.text();
  const json = (res.headers.get('content-type') ?? '').startsWith('application/json');
  return { status: res.status, text, body: json ? JSON.parse(text) : undefined };
};
const names = async (path: string) => {
  const res = await get(path);
  expect(res.status, res.text).toBe(200);
  return (res.body.items as { metadata: { name: string } }[]).map((i) => i.metadata.name).sort();
};
const q = encodeURIComponent;

describe('selectors as kube-apiserver applies them', () => {
  it('!= and notin match objects without the key; in and = need it', async () => {
    expect(await names(`/api/v1/namespaces/shop/pods?labelSelector=${q('tier!=backend')}`)).toEqual([
      'api-2',
      'job-1',
      'pending-1',
      'web-1',
      'web-2',
    ]);
    expect(await names(`/api/v1/namespaces/shop/pods?labelSelector=${q('tier notin (frontend)')}`)).toEqual([
      'api-1',
      'api-2',
      'job-1',
      'pending-1',
      'web-2',
    ]);
    expect(
      await names(`/api/v1/namespaces/shop/pods?labelSelector=${q('tier in (frontend,backend)')}`),
    ).toEqual(['api-1', 'web-1']);
    expect(await names(`/api/v1/namespaces/shop/pods?labelSelector=${q('app=api,tier')}`)).toEqual(['api-1']);
  });

  it('a selector that does not parse is a 400 BadRequest Status', async () => {
    for (const bad of ['app in (a', 'app=a=b', '=x', 'a b'])
      expect((await get(`/api/v1/namespaces/shop/pods?labelSelector=${q(bad)}`)).body, bad).toMatchObject({
        kind: 'Status',
        code: 400,
        reason: 'BadRequest',
      });
  });

  it('pod fields: spec.nodeName (empty when unscheduled), status.phase, spec.restartPolicy, metadata.*', async () => {
    expect(await names(`/api/v1/namespaces/shop/pods?fieldSelector=${q('spec.nodeName=')}`)).toEqual([
      'pending-1',
    ]);
    expect(await names(`/api/v1/pods?fieldSelector=${q('status.phase!=Running')}`)).toEqual(['pending-1']);
    expect(
      await names(`/api/v1/pods?fieldSelector=${q('metadata.namespace=shop,metadata.name=api-1')}`),
    ).toEqual(['api-1']);
    expect(
      await names(`/api/v1/pods?fieldSelector=${q('spec.hostNetwork=false,spec.nodeName=node-a')}`),
    ).toHaveLength(5);
  });

  it('event fields: involvedObject.name/kind/uid, type, reason, source', async () => {
    expect(
      await names(`/api/v1/events?fieldSelector=${q('involvedObject.kind=Node,involvedObject.name=node-a')}`),
    ).toEqual(['node-a.1']);
    expect(
      await names(`/api/v1/namespaces/shop/events?fieldSelector=${q('involvedObject.uid=uid-web-1')}`),
    ).toEqual(['web-1.1']);
    expect(await names(`/api/v1/events?fieldSelector=${q('type=Warning')}`)).toEqual(['api-2.1', 'web-1.1']);
    expect(await names(`/api/v1/events?fieldSelector=${q('reason=BackOff,source=kubelet')}`)).toEqual([
      'api-2.1',
    ]);
  });

  it('node spec.unschedulable; a field the kind does not select is 400 "field label not supported"', async () => {
    expect(await names(`/api/v1/nodes?fieldSelector=${q('spec.unschedulable=true')}`)).toEqual(['node-b']);
    for (const [path, field] of [
      ['/apis/apps/v1/deployments', 'spec.replicas=2'],
      ['/api/v1/pods', 'metadata.labels=x'],
      ['/api/v1/events', 'message=x'],
    ]) {
      const res = await get(`${path}?fieldSelector=${q(field!)}`);
      expect(res.body, field).toMatchObject({ kind: 'Status', code: 400, reason: 'BadRequest' });
      expect(res.body.message).toContain('field label not supported');
    }
  });

  it('pagination walks a field-selected list across namespaces; a big limit has no continue', async () => {
    const seen: string[] = [];
    let token = '';
    for (let page = 0; page < 5; page++) {
      const res = await get(
        `/api/v1/events?limit=1&fieldSelector=${q('source=kubelet')}${token ? `&continue=${q(token)}` : ''}`,
      );
      seen.push(...res.body.items.map((i: { metadata: { name: string } }) => i.metadata.name));
      token = res.body.metadata.continue ?? '';
      if (!token) break;
    }
    expect(seen.sort()).toEqual(['api-2.1', 'node-a.1', 'web-1.1']);
    expect((await get('/api/v1/events?limit=50')).body.metadata.continue).toBeUndefined();
  });
});

describe('pod logs as kubelet answers them', () => {
  const log = (pod: string, query = '') =>
    get(`/api/v1/namespaces/shop/pods/${pod}/log?container=app${query}`);

  it('sinceSeconds counts from the server clock; unstamped lines go with the stamped line before them', async () => {
    expect((await log('api-1', '&sinceSeconds=600')).text).toBe(
      `${at(5)} ERROR java.lang.IllegalStateException: pool exhausted\n\tat com.shop.Pool.get(Pool.java:42)\n${at(1)} INFO recovered\n`,
    );
    expect((await log('api-1', '&sinceSeconds=120')).text).toBe(`${at(1)} INFO recovered\n`);
    expect((await log('api-1', `&sinceTime=${q(at(5))}`)).text.split('\n')).toHaveLength(4);
  });

  it('tailLines applies before sinceSeconds, limitBytes last, in bytes', async () => {
    expect((await log('api-1', '&tailLines=1&sinceSeconds=600')).text).toBe(`${at(1)} INFO recovered\n`);
    const res = await fetch(
      `${kube.url}/api/v1/namespaces/shop/pods/api-1/log?container=app&previous=true&limitBytes=3`,
    );
    const bytes = Buffer.from((await res.arrayBuffer()) as ArrayBuffer);
    expect([...bytes]).toEqual([...Buffer.from('é').subarray(0, 2), Buffer.from('é')[0]]); // bytes, not characters
  });

  it('timestamps=true prefixes each line with its RFC3339Nano time', async () => {
    const lines = (await log('api-1', '&timestamps=true&tailLines=2')).text.split('\n');
    expect(lines[0]).toBe(`${at(5).replace('.000Z', 'Z')} \tat com.shop.Pool.get(Pool.java:42)`);
    expect(lines[1]).toBe(`${at(1).replace('.000Z', 'Z')} ${at(1)} INFO recovered`);
  });

  it('a crash-looping container without a current log answers with its last instance’s log', async () => {
    expect((await log('api-2')).text).toBe(LOGS['shop/api-2/app/previous']);
    expect((await log('api-2', '&previous=true')).text).toBe(LOGS['shop/api-2/app/previous']);
  });

  it('a waiting container is a 400 "is waiting to start", with kubelet’s words for image pulls', async () => {
    expect((await log('web-1')).body).toMatchObject({
      kind: 'Status',
      code: 400,
      reason: 'BadRequest',
      message: 'container "app" in pod "web-1" is waiting to start: trying and failing to pull image',
    });
    expect((await log('web-2')).body).toMatchObject({
      code: 400,
      message: 'container "app" in pod "web-2" is waiting to start: ContainerCreating',
    });
    expect((await log('web-2', '&previous=true')).body).toMatchObject({
      code: 400,
      message: 'previous terminated container "app" in pod "web-2" not found',
    });
  });

  it('a terminated container without output answers empty; a pod no node runs answers empty', async () => {
    expect(await log('job-1')).toMatchObject({ status: 200, text: '' });
    expect(await log('pending-1')).toMatchObject({ status: 200, text: '' });
  });

  it('invalid options: 422 Invalid for negative or conflicting values, 400 for non-numbers', async () => {
    for (const query of [
      '&tailLines=-1',
      '&limitBytes=0',
      '&sinceSeconds=0',
      `&sinceSeconds=5&sinceTime=${q(at(1))}`,
    ])
      expect((await log('api-1', query)).body, query).toMatchObject({
        kind: 'Status',
        code: 422,
        reason: 'Invalid',
      });
    expect((await log('api-1', '&tailLines=ten')).body).toMatchObject({ code: 400, reason: 'BadRequest' });
  });

  it('a missing pod is a 404 NotFound Status with details', async () => {
    expect((await get('/api/v1/namespaces/shop/pods/ghost/log')).body).toMatchObject({
      kind: 'Status',
      code: 404,
      reason: 'NotFound',
      message: 'pods "ghost" not found',
      details: { name: 'ghost', kind: 'pods' },
    });
  });
});

describe('every snapshot kind is served and discoverable', () => {
  it('each kind of the snapshot format is in discovery with list, at its path', async () => {
    const groups = (await get('/apis')).body.groups.map(
      (g: { preferredVersion: { groupVersion: string } }) => g.preferredVersion.groupVersion,
    );
    for (const k of SNAPSHOT_KINDS) {
      const base = k.apiVersion === 'v1' ? '/api/v1' : `/apis/${k.apiVersion}`;
      if (k.apiVersion !== 'v1') expect(groups).toContain(k.apiVersion);
      const resources = (await get(base)).body.resources as { name: string; kind: string; verbs: string[] }[];
      const resource = k.file.replace(/\.json$/, '');
      expect(
        resources.find((r) => r.name === resource),
        resource,
      ).toMatchObject({ kind: k.kind, verbs: ['get', 'list', 'watch'] });
      const list = await get(`${base}/${resource}`);
      expect(list.body, resource).toMatchObject({ kind: `${k.kind}List`, apiVersion: k.apiVersion });
    }
  });

  it('the real client reads NetworkPolicies, ConfigMaps, events by field and logs with sinceSeconds', async () => {
    const kc = new KubeConfig();
    kc.loadFromString(kube.kubeconfig);
    const core = kc.makeApiClient(CoreV1Api);
    const networking = kc.makeApiClient(NetworkingV1Api);
    const apps = kc.makeApiClient(AppsV1Api);
    const policies = await networking.listNamespacedNetworkPolicy({ namespace: 'shop' });
    expect(policies.items.map((p) => p.spec?.podSelector?.matchLabels)).toEqual([{ app: 'api' }]);
    expect(
      (await core.listNamespacedConfigMap({ namespace: 'shop' })).items.map((c) => c.metadata?.name),
    ).toEqual(['api-config']);
    const events = await core.listEventForAllNamespaces({
      fieldSelector: 'involvedObject.kind=Pod,type=Warning',
    });
    expect(events.items.map((e) => e.reason).sort()).toEqual(['BackOff', 'Failed']);
    expect(
      await core.readNamespacedPodLog({
        namespace: 'shop',
        name: 'api-1',
        container: 'app',
        sinceSeconds: 120,
      }),
    ).toBe(`${at(1)} INFO recovered\n`);
    await expect(
      core.readNamespacedPodLog({ namespace: 'shop', name: 'web-2', container: 'app' }),
    ).rejects.toMatchObject({
      code: 400,
    });
    expect(
      (await apps.listNamespacedDeployment({ namespace: 'shop', fieldSelector: 'metadata.name=api' })).items,
    ).toHaveLength(1);
  });
});
