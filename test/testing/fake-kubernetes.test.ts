// The fake Kubernetes API server over plain HTTP (fetch, no client library): discovery documents,
// Lists with the apiVersion a real server gives, label and field selectors, limit/continue
// pagination, Status errors, 405 on every write, pod logs, server-side Tables, watch and faults.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFakeKubernetes, type FakeKubernetes } from '../../src/testing/fake-kubernetes.js';

const NOW = new Date('2026-11-22T14:30:00Z');
const ago = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000).toISOString();

const pod = (name: string, labels: Record<string, string>, extra: Record<string, unknown> = {}) => ({
  kind: 'Pod',
  metadata: { name, namespace: 'shop', labels, creationTimestamp: ago(90) },
  spec: { nodeName: labels.node ?? 'node-a', containers: [{ name: 'server' }] },
  status: {
    phase: 'Running',
    containerStatuses: [
      { name: 'server', ready: true, restartCount: 0, state: { running: { startedAt: ago(90) } } },
    ],
  },
  ...extra,
});

const OBJECTS = [
  pod('cart-1', { app: 'cart', tier: 'backend' }),
  pod(
    'cart-2',
    { app: 'cart', tier: 'backend', canary: 'true' },
    { spec: { nodeName: 'node-b', containers: [{ name: 'server' }] } },
  ),
  pod('web-1', { app: 'web', tier: 'frontend' }),
  pod(
    'db-0',
    { app: 'db' },
    {
      status: {
        phase: 'Running',
        containerStatuses: [
          {
            name: 'server',
            ready: false,
            restartCount: 3,
            state: { waiting: { reason: 'CrashLoopBackOff' } },
            lastState: { terminated: { reason: 'OOMKilled', exitCode: 137, finishedAt: ago(2) } },
          },
        ],
      },
    },
  ),
  pod(
    'sidecar-pod',
    { app: 'two' },
    { spec: { nodeName: 'node-a', containers: [{ name: 'a' }, { name: 'b' }] } },
  ),
  {
    ...pod('other-1', { app: 'cart' }),
    metadata: { name: 'other-1', namespace: 'other', labels: { app: 'cart' } },
  },
  {
    kind: 'Deployment',
    metadata: { name: 'cart', namespace: 'shop' },
    spec: { replicas: 2 },
    status: { readyReplicas: 2, updatedReplicas: 2, availableReplicas: 2 },
  },
  {
    kind: 'HorizontalPodAutoscaler',
    metadata: { name: 'cart', namespace: 'shop' },
    spec: { minReplicas: 2, maxReplicas: 4, scaleTargetRef: { kind: 'Deployment', name: 'cart' } },
  },
  {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: { name: 'node-a', uid: 'node-a-uid', resourceVersion: '7', creationTimestamp: ago(600) },
    status: { conditions: [{ type: 'Ready', status: 'True' }] },
  },
  { kind: 'Secret', metadata: { name: 'only-this-one', namespace: 'shop' }, data: { k: 'dg==' } },
];

const LOGS = {
  'shop/cart-1/server': 'one\ntwo\nthree\nfour\nfive',
  'shop/cart-1/server/previous': 'before the crash',
  'shop/sidecar-pod/b': 'from b',
};

let kube: FakeKubernetes;
beforeAll(async () => {
  kube = await startFakeKubernetes(structuredClone(OBJECTS), LOGS, { now: () => NOW });
});
afterEach(() => kube.clearFaults());
afterAll(() => kube?.close());

const get = async (path: string, init: RequestInit = {}) => {
  const res = await fetch(`${kube.url}${path}`, init);
  const text = await res.text();
  const type = res.headers.get('content-type') ?? '';
  return {
    status: res.status,
    type,
    text,
    body: type.startsWith('application/json') ? JSON.parse(text) : undefined,
  };
};
const names = (body: { items: { metadata: { name: string } }[] }) => body.items.map((i) => i.metadata.name);
const podsWhere = async (query: string) =>
  names((await get(`/api/v1/namespaces/shop/pods?${query}`)).body).sort();

describe('discovery', () => {
  it('/api, /apis, /version and /healthz', async () => {
    const api = (await get('/api')).body;
    expect(api).toMatchObject({ kind: 'APIVersions', versions: ['v1'] });
    expect(api.serverAddressByClientCIDRs[0].serverAddress).toBe(new URL(kube.url).host);

    const apis = (await get('/apis')).body;
    expect(apis).toMatchObject({ kind: 'APIGroupList', apiVersion: 'v1' });
    const groups = Object.fromEntries(
      apis.groups.map((g: { name: string; preferredVersion: { groupVersion: string } }) => [
        g.name,
        g.preferredVersion.groupVersion,
      ]),
    );
    expect(groups).toMatchObject({ apps: 'apps/v1', autoscaling: 'autoscaling/v2' });
    expect(groups['']).toBeUndefined(); // the core group is /api's

    expect((await get('/apis/apps')).body).toMatchObject({ kind: 'APIGroup', name: 'apps' });
    expect((await get('/version')).body).toMatchObject({
      major: '1',
      gitVersion: expect.stringMatching(/^v1\./),
    });
    expect(await get('/healthz')).toMatchObject({ status: 200, text: 'ok' });
  });

  it('APIResourceLists of v1, apps/v1 and autoscaling/v2: names, kinds, scope, read verbs, short names', async () => {
    const byName = async (path: string) => {
      const list = (await get(path)).body;
      expect(list.kind).toBe('APIResourceList');
      return Object.fromEntries(list.resources.map((r: { name: string }) => [r.name, r]));
    };
    const core = await byName('/api/v1');
    expect(core.pods).toEqual({
      name: 'pods',
      singularName: 'pod',
      namespaced: true,
      kind: 'Pod',
      verbs: ['get', 'list', 'watch'],
      shortNames: ['po'],
      categories: ['all'],
    });
    expect(core['pods/log']).toMatchObject({ kind: 'Pod', verbs: ['get'] });
    expect(core.nodes).toMatchObject({ namespaced: false, shortNames: ['no'] });
    const shortNames = (r: Record<string, { shortNames?: string[] }>) =>
      Object.values(r).flatMap((x) => x.shortNames ?? []);
    expect(shortNames(core)).toEqual(expect.arrayContaining(['svc', 'ev', 'ns', 'pvc', 'quota', 'ep']));

    const apps = await byName('/apis/apps/v1');
    expect(Object.keys(apps).sort()).toEqual(['daemonsets', 'deployments', 'replicasets', 'statefulsets']);
    expect(shortNames(apps).sort()).toEqual(['deploy', 'ds', 'rs', 'sts']);
    const autoscaling = await byName('/apis/autoscaling/v2');
    expect(autoscaling.horizontalpodautoscalers).toMatchObject({
      kind: 'HorizontalPodAutoscaler',
      shortNames: ['hpa'],
    });

    for (const r of [...Object.values(core), ...Object.values(apps), ...Object.values(autoscaling)])
      for (const verb of (r as { verbs: string[] }).verbs) expect(['get', 'list', 'watch']).toContain(verb);
  });

  it('aggregated discovery (apidiscovery.k8s.io/v2) when asked for, plain documents otherwise', async () => {
    const accept =
      'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList,application/json';
    const apis = await get('/apis', { headers: { accept } });
    expect(apis.type).toBe('application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList');
    expect(apis.body).toMatchObject({ kind: 'APIGroupDiscoveryList', apiVersion: 'apidiscovery.k8s.io/v2' });
    const apps = apis.body.items.find((g: { metadata: { name: string } }) => g.metadata.name === 'apps');
    expect(apps.versions[0].resources).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          resource: 'deployments',
          responseKind: { group: 'apps', version: 'v1', kind: 'Deployment' },
          scope: 'Namespaced',
          shortNames: ['deploy'],
        }),
      ]),
    );
    const core = (await get('/api', { headers: { accept } })).body;
    expect(core.items.map((g: { metadata: { name: string } }) => g.metadata.name)).toEqual(['']);
    const pods = core.items[0].versions[0].resources.find((r: { resource: string }) => r.resource === 'pods');
    expect(pods.subresources).toEqual([
      { subresource: 'log', responseKind: { group: '', version: 'v1', kind: 'Pod' }, verbs: ['get'] },
    ]);
  });

  it('no OpenAPI documents: 404 Status', async () => {
    for (const path of ['/openapi/v2', '/openapi/v3'])
      expect((await get(path)).body).toMatchObject({ kind: 'Status', code: 404, reason: 'NotFound' });
  });
});

describe('lists and objects', () => {
  it('Lists carry the apiVersion of their group version, items their apiVersion, kind and metadata', async () => {
    const pods = (await get('/api/v1/namespaces/shop/pods')).body;
    expect(pods).toMatchObject({
      kind: 'PodList',
      apiVersion: 'v1',
      metadata: { resourceVersion: expect.any(String) },
    });
    expect(names(pods).sort()).toEqual(['cart-1', 'cart-2', 'db-0', 'sidecar-pod', 'web-1']);
    for (const item of pods.items) {
      expect(item).toMatchObject({ apiVersion: 'v1', kind: 'Pod' });
      expect(item.metadata).toMatchObject({
        uid: expect.stringMatching(/^[0-9a-f-]{36}$/),
        resourceVersion: expect.any(String),
        creationTimestamp: expect.any(String),
      });
    }
    const deployments = (await get('/apis/apps/v1/namespaces/shop/deployments')).body;
    expect(deployments).toMatchObject({ kind: 'DeploymentList', apiVersion: 'apps/v1' });
    expect(deployments.items[0]).toMatchObject({ apiVersion: 'apps/v1', kind: 'Deployment' });
    const hpas = (await get('/apis/autoscaling/v2/namespaces/shop/horizontalpodautoscalers')).body;
    expect(hpas).toMatchObject({ kind: 'HorizontalPodAutoscalerList', apiVersion: 'autoscaling/v2' });
    expect(hpas.items[0].apiVersion).toBe('autoscaling/v2');

    // Given metadata is kept; the uid is stable from one request to the next; inputs are not mutated.
    expect((await get('/api/v1/nodes/node-a')).body.metadata).toMatchObject({
      uid: 'node-a-uid',
      resourceVersion: '7',
      creationTimestamp: ago(600),
    });
    expect((await get('/api/v1/namespaces/shop/pods/cart-1')).body.metadata.uid).toBe(
      pods.items.find((p: { metadata: { name: string } }) => p.metadata.name === 'cart-1').metadata.uid,
    );
  });

  it('all namespaces, the Namespaces the objects imply, only the Secrets that were given', async () => {
    expect(names((await get('/api/v1/pods')).body)).toContain('other-1');
    const ns = (await get('/api/v1/namespaces')).body;
    expect(names(ns).sort()).toEqual(['other', 'shop']);
    expect((await get('/api/v1/namespaces/shop')).body).toMatchObject({
      kind: 'Namespace',
      status: { phase: 'Active' },
    });
    expect(names((await get('/api/v1/namespaces/shop/secrets')).body)).toEqual(['only-this-one']);
    expect(names((await get('/api/v1/namespaces/other/secrets')).body)).toEqual([]);
    expect(names((await get('/api/v1/namespaces/shop/configmaps')).body)).toEqual([]);
  });

  it('label selectors: =, ==, !=, in, notin, exists, !exists and their conjunction', async () => {
    expect(await podsWhere('labelSelector=app%3Dcart')).toEqual(['cart-1', 'cart-2']);
    expect(await podsWhere('labelSelector=app%3D%3Dweb')).toEqual(['web-1']);
    expect(await podsWhere('labelSelector=app!%3Dcart')).toEqual(['db-0', 'sidecar-pod', 'web-1']);
    expect(await podsWhere(`labelSelector=${encodeURIComponent('app in (web, db)')}`)).toEqual([
      'db-0',
      'web-1',
    ]);
    expect(await podsWhere(`labelSelector=${encodeURIComponent('app notin (cart,two)')}`)).toEqual([
      'db-0',
      'web-1',
    ]);
    expect(await podsWhere('labelSelector=canary')).toEqual(['cart-2']);
    expect(await podsWhere('labelSelector=tier')).toEqual(['cart-1', 'cart-2', 'web-1']);
    expect(await podsWhere(`labelSelector=${encodeURIComponent('!tier')}`)).toEqual(['db-0', 'sidecar-pod']);
    expect(await podsWhere(`labelSelector=${encodeURIComponent('tier=backend,!canary')}`)).toEqual([
      'cart-1',
    ]);
    expect(
      await podsWhere(`labelSelector=${encodeURIComponent('app in (cart),tier notin (frontend)')}`),
    ).toEqual(['cart-1', 'cart-2']);
  });

  it('field selectors: =, == and != on dotted paths', async () => {
    expect(await podsWhere('fieldSelector=spec.nodeName%3Dnode-b')).toEqual(['cart-2']);
    expect(await podsWhere('fieldSelector=spec.nodeName%3D%3Dnode-b')).toEqual(['cart-2']);
    expect(await podsWhere('fieldSelector=spec.nodeName!%3Dnode-b')).toEqual([
      'cart-1',
      'db-0',
      'sidecar-pod',
      'web-1',
    ]);
    expect(await podsWhere('fieldSelector=metadata.name%3Dweb-1,status.phase%3DRunning')).toEqual(['web-1']);
  });

  it('pagination: limit and continue walk every item once; the last page has no continue', async () => {
    const seen: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const page = (
        await get(
          `/api/v1/namespaces/shop/pods?limit=2${token ? `&continue=${encodeURIComponent(token)}` : ''}`,
        )
      ).body;
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...names(page));
      token = page.metadata.continue;
      if (token) expect(page.metadata.remainingItemCount).toBe(5 - seen.length);
      pages++;
    } while (token && pages < 10);
    expect(pages).toBe(3);
    expect(seen.sort()).toEqual(['cart-1', 'cart-2', 'db-0', 'sidecar-pod', 'web-1']);
    // with a selector too
    const first = (await get('/api/v1/namespaces/shop/pods?limit=1&labelSelector=app%3Dcart')).body;
    const second = (
      await get(
        `/api/v1/namespaces/shop/pods?limit=1&labelSelector=app%3Dcart&continue=${first.metadata.continue}`,
      )
    ).body;
    expect([...names(first), ...names(second)].sort()).toEqual(['cart-1', 'cart-2']);
    expect(second.metadata.continue).toBeUndefined();
    // a token that is not one
    expect((await get('/api/v1/namespaces/shop/pods?limit=2&continue=bm90LWEtbnVtYmVy')).body).toMatchObject({
      kind: 'Status',
      code: 400,
      reason: 'BadRequest',
    });
  });

  it('a missing object or resource: 404 Status with details', async () => {
    const missing = await get('/api/v1/namespaces/shop/pods/nope');
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: 'pods "nope" not found',
      reason: 'NotFound',
      details: { name: 'nope', kind: 'pods' },
      code: 404,
    });
    expect((await get('/apis/apps/v1/namespaces/shop/deployments/nope')).body).toMatchObject({
      code: 404,
      message: 'deployments.apps "nope" not found',
      details: { name: 'nope', group: 'apps', kind: 'deployments' },
    });
    expect((await get('/api/v1/namespaces/other/pods/cart-1')).status).toBe(404); // wrong namespace
    expect((await get('/api/v1/widgets')).body).toMatchObject({
      kind: 'Status',
      code: 404,
      reason: 'NotFound',
    });
    expect((await get('/apis/apps/v1/pods')).status).toBe(404); // right resource, wrong group
  });

  it('every write is refused with 405 MethodNotAllowed and logged', async () => {
    const since = kube.requests.length;
    for (const [method, path] of [
      ['POST', '/api/v1/namespaces/shop/pods'],
      ['DELETE', '/api/v1/namespaces/shop/pods/cart-1'],
      ['PATCH', '/apis/apps/v1/namespaces/shop/deployments/cart'],
      ['PUT', '/apis/apps/v1/namespaces/shop/deployments/cart'],
      ['POST', '/api/v1/namespaces/shop/pods/cart-1/exec'],
    ] as const) {
      const res = await get(path, { method, body: method === 'DELETE' ? undefined : '{}' });
      expect(res.status).toBe(405);
      expect(res.body).toMatchObject({
        kind: 'Status',
        apiVersion: 'v1',
        status: 'Failure',
        reason: 'MethodNotAllowed',
        code: 405,
      });
    }
    expect(kube.requests.slice(since).map((r) => `${r.method} ${r.status}`)).toEqual([
      'POST 405',
      'DELETE 405',
      'PATCH 405',
      'PUT 405',
      'POST 405',
    ]);
    expect((await get('/api/v1/namespaces/shop/pods/cart-1')).status).toBe(200); // still there
  });
});

describe('pod logs', () => {
  const log = (pod: string, query = '') => get(`/api/v1/namespaces/shop/pods/${pod}/log${query}`);

  it('the container’s log as text, tailLines, limitBytes', async () => {
    expect(await log('cart-1', '?container=server')).toMatchObject({
      status: 200,
      type: 'text/plain',
      text: 'one\ntwo\nthree\nfour\nfive',
    });
    expect((await log('cart-1', '?container=server&tailLines=2')).text).toBe('four\nfive');
    expect((await log('cart-1', '?container=server&tailLines=0')).text).toBe('');
    expect((await log('cart-1', '?container=server&tailLines=50')).text).toBe('one\ntwo\nthree\nfour\nfive');
    expect((await log('cart-1', '?container=server&limitBytes=7')).text).toBe('one\ntwo');
    expect((await log('cart-1', '?container=server&tailLines=3&limitBytes=5')).text).toBe('three');
    expect((await log('cart-1')).text).toBe('one\ntwo\nthree\nfour\nfive'); // the only container
    expect(await log('web-1', '?container=server')).toMatchObject({ status: 200, text: '' }); // no output yet
  });

  it('previous: the terminated container’s log, or 400 when there is none', async () => {
    expect((await log('cart-1', '?container=server&previous=true')).text).toBe('before the crash');
    const none = await log('web-1', '?container=server&previous=true');
    expect(none.status).toBe(400);
    expect(none.body).toMatchObject({
      kind: 'Status',
      reason: 'BadRequest',
      code: 400,
      message: 'previous terminated container "server" in pod "web-1" not found',
    });
  });

  it('unknown pod 404, unknown container 400, several containers need one named', async () => {
    expect((await log('nope', '?container=server')).body).toMatchObject({ code: 404, reason: 'NotFound' });
    expect((await log('cart-1', '?container=nope')).body).toMatchObject({
      code: 400,
      message: 'container nope is not valid for pod cart-1',
    });
    expect((await log('sidecar-pod')).body).toMatchObject({
      code: 400,
      message: 'a container name must be specified for pod sidecar-pod, choose one of: [a b]',
    });
    expect((await log('sidecar-pod', '?container=b')).text).toBe('from b');
    expect((await get('/api/v1/nodes/node-a/log')).status).toBe(404);
  });
});

describe('server-side Tables, watch and faults', () => {
  const TABLE =
    'application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json';

  it('a meta.k8s.io/v1 Table with the pod columns kubectl prints', async () => {
    const res = await get('/api/v1/namespaces/shop/pods?labelSelector=app%20in%20(cart,db)', {
      headers: { accept: TABLE },
    });
    expect(res.type).toBe('application/json;as=Table;v=v1;g=meta.k8s.io');
    expect(res.body).toMatchObject({ kind: 'Table', apiVersion: 'meta.k8s.io/v1' });
    const columns = res.body.columnDefinitions.filter((c: { priority: number }) => c.priority === 0);
    expect(columns.map((c: { name: string }) => c.name)).toEqual([
      'Name',
      'Ready',
      'Status',
      'Restarts',
      'Age',
    ]);
    const rows = Object.fromEntries(
      res.body.rows.map((r: { cells: string[] }) => [r.cells[0], r.cells.slice(1, 5)]),
    );
    expect(rows).toEqual({
      'cart-1': ['1/1', 'Running', '0', '90m'],
      'cart-2': ['1/1', 'Running', '0', '90m'],
      'db-0': ['0/1', 'CrashLoopBackOff', '3 (2m ago)', '90m'],
    });
    expect(res.body.rows[0].object).toMatchObject({
      kind: 'PartialObjectMetadata',
      apiVersion: 'meta.k8s.io/v1',
      metadata: { namespace: 'shop', labels: { app: 'cart' } },
    });
    expect(res.body.rows[0].object.spec).toBeUndefined();
  });

  it('Tables for one object, for nodes and deployments, with paging; plain JSON without the Accept', async () => {
    const one = (await get('/apis/apps/v1/namespaces/shop/deployments/cart', { headers: { accept: TABLE } }))
      .body;
    expect(one.rows.map((r: { cells: unknown[] }) => r.cells.slice(0, 4))).toEqual([['cart', '2/2', 2, 2]]);
    const nodes = (await get('/api/v1/nodes', { headers: { accept: TABLE } })).body;
    expect(nodes.rows[0].cells.slice(0, 4)).toEqual(['node-a', 'Ready', '<none>', '10h']);
    const page = (await get('/api/v1/namespaces/shop/pods?limit=2', { headers: { accept: TABLE } })).body;
    expect(page.rows).toHaveLength(2);
    expect(page.metadata.continue).toBeTruthy();
    expect((await get('/api/v1/namespaces/shop/pods')).body.kind).toBe('PodList');
  });

  it('watch: every current object ADDED from no resourceVersion, nothing new from the list’s', async () => {
    const watch = async (query: string) =>
      (
        await (
          await fetch(`${kube.url}/api/v1/namespaces/shop/pods?watch=true&timeoutSeconds=0&${query}`)
        ).text()
      )
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as { type: string; object: { metadata: { name: string } } });
    const events = await watch('labelSelector=app%3Dcart');
    expect(events.map((e) => `${e.type} ${e.object.metadata.name}`).sort()).toEqual([
      'ADDED cart-1',
      'ADDED cart-2',
    ]);
    expect(await watch('resourceVersion=12345')).toEqual([]);
  });

  it('scripted faults still come first, and the request log has them', async () => {
    kube.setFault(/\/pods$/, { status: 429, times: 1, retryAfterSeconds: 2 });
    const res = await fetch(`${kube.url}/api/v1/namespaces/shop/pods`);
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('2');
    expect(((await res.json()) as { reason: string }).reason).toBe('TooManyRequests');
    expect((await get('/api/v1/namespaces/shop/pods')).status).toBe(200);
    expect(kube.requests.slice(-2).map((r) => r.status)).toEqual([429, 200]);
  });
});
