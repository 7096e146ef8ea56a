// The real kubectl against the fake Kubernetes API server (skipped when kubectl is not installed):
// discovery, get in JSON, name and table output, selectors, chunked lists, logs, a refused delete,
// and Secrets never invented. kubectl runs asynchronously: the fake server lives in this process.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeKubernetes, type FakeKubernetes } from '../../src/testing/fake-kubernetes.js';
import { buildShopCluster, type ShopCluster } from '../../src/testing/shop-cluster.js';
import { hasKubectl, runKubectl, type KubectlRun } from '../helpers/kubectl.js';

let kube: FakeKubernetes;
let cluster: ShopCluster;
let home: string;

const kubectl = (...args: string[]): Promise<KubectlRun> => runKubectl(kube.kubeconfigPath, home, args);

/** Runs kubectl and expects success; returns stdout. */
async function ok(...args: string[]): Promise<string> {
  const run = await kubectl(...args);
  expect(run.stderr, `kubectl ${args.join(' ')}`).not.toMatch(/error/i);
  expect(run.code, `kubectl ${args.join(' ')}\n${run.stderr}`).toBe(0);
  return run.stdout;
}

type Item = { apiVersion?: string; kind: string; metadata: { name: string; namespace?: string } };
const served = (kind: string, namespace?: string) =>
  (cluster.objects as Item[])
    .filter((o) => o.kind === kind && (!namespace || o.metadata.namespace === namespace))
    .map((o) => o.metadata.name);
const lines = (text: string) => text.split('\n').filter(Boolean);

describe.skipIf(!hasKubectl())('kubectl against the fake Kubernetes API server', () => {
  beforeAll(async () => {
    home = mkdtempSync(join(tmpdir(), 'culprit-kubectl-'));
    cluster = buildShopCluster({ now: new Date() });
    kube = await startFakeKubernetes(cluster.objects, cluster.logs);
  });
  afterAll(async () => {
    await kube?.close();
    if (home) rmSync(home, { recursive: true, force: true });
  });

  it('get pods -o json: the fake’s pods, as a List of v1 Pods', async () => {
    const list = JSON.parse(await ok('get', 'pods', '-n', 'shop', '-o', 'json')) as { items: Item[] };
    expect(list.items.map((p) => p.metadata.name).sort()).toEqual(served('Pod', 'shop').sort());
    for (const p of list.items) expect(p).toMatchObject({ apiVersion: 'v1', kind: 'Pod' });
  });

  it('get pods -l app=cartservice -o name', async () => {
    const out = lines(await ok('get', 'pods', '-n', 'shop', '-l', 'app=cartservice', '-o', 'name'));
    const cart = (cluster.objects as (Item & { metadata: { labels?: Record<string, string> } })[])
      .filter((o) => o.kind === 'Pod' && o.metadata.labels?.app === 'cartservice')
      .map((o) => `pod/${o.metadata.name}`);
    expect(cart.length).toBeGreaterThan(0);
    expect(out.sort()).toEqual(cart.sort());
  });

  it('get deploy,sts -o json: both kinds, apps/v1', async () => {
    const list = JSON.parse(await ok('get', 'deploy,sts', '-n', 'shop', '-o', 'json')) as { items: Item[] };
    const of = (kind: string) =>
      list.items
        .filter((i) => i.kind === kind)
        .map((i) => i.metadata.name)
        .sort();
    expect(of('Deployment')).toEqual(served('Deployment', 'shop').sort());
    expect(of('StatefulSet')).toEqual(served('StatefulSet', 'shop').sort());
    for (const i of list.items) expect(i.apiVersion).toBe('apps/v1');
  });

  it('get nodes -o json', async () => {
    const list = JSON.parse(await ok('get', 'nodes', '-o', 'json')) as { items: Item[] };
    expect(list.items.map((n) => n.metadata.name).sort()).toEqual(served('Node').sort());
  });

  it('get pods --field-selector spec.nodeName=node-a -o name', async () => {
    const out = lines(
      await ok('get', 'pods', '-n', 'shop', '--field-selector', 'spec.nodeName=node-a', '-o', 'name'),
    );
    const onA = (cluster.objects as (Item & { spec?: { nodeName?: string } })[])
      .filter((o) => o.kind === 'Pod' && o.spec?.nodeName === 'node-a')
      .map((o) => `pod/${o.metadata.name}`);
    expect(onA.length).toBeGreaterThan(0);
    expect(out.sort()).toEqual(onA.sort());
  });

  it('get pods --chunk-size 2: every pod, fetched with limit=2 and continue tokens', async () => {
    const since = kube.requests.length;
    const out = lines(await ok('get', 'pods', '-n', 'shop', '--chunk-size', '2', '-o', 'name'));
    expect(out.sort()).toEqual(
      served('Pod', 'shop')
        .map((n) => `pod/${n}`)
        .sort(),
    );
    const lists = kube.requests
      .slice(since)
      .filter((r) => r.path === '/api/v1/namespaces/shop/pods' && r.method === 'GET');
    expect(lists.every((r) => r.query.includes('limit=2') && r.status === 200)).toBe(true);
    expect(lists.filter((r) => r.query.includes('continue=')).length).toBe(lists.length - 1);
    expect(lists.length).toBe(Math.ceil(out.length / 2));
  });

  it('get pods (default output): a table with NAME READY STATUS RESTARTS AGE from the server', async () => {
    const out = lines(await ok('get', 'pods', '-n', 'shop'));
    expect(out[0]!.split(/\s+/)).toEqual(['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE']);
    const rows = out.slice(1).map((l) => l.split(/\s+/));
    expect(rows.map((r) => r[0]).sort()).toEqual(served('Pod', 'shop').sort());
    for (const r of rows) expect(r[1]).toMatch(/^\d+\/\d+$/);
    expect(rows.filter((r) => r[2] === 'Running').length).toBeGreaterThan(0);
    expect(
      lines(await ok('get', 'nodes'))[0]!
        .split(/\s+/)
        .slice(0, 4),
    ).toEqual(['NAME', 'STATUS', 'ROLES', 'AGE']);
  });

  it('logs <pod> -c server --tail 5', async () => {
    // A pod with more log lines than the tail: its healthy log plus a dozen request lines.
    const pod = served('Pod', 'shop').find((p) => cluster.logs[`shop/${p}/server`] !== undefined)!;
    const extra = Array.from({ length: 12 }, (_, i) => `2026-01-01T00:00:${10 + i}Z INFO request ${i}`);
    const text = [cluster.logs[`shop/${pod}/server`]!, ...extra].join('\n');
    kube.setObjects(cluster.objects, { ...cluster.logs, [`shop/${pod}/server`]: text });
    const since = kube.requests.length;
    const out = await ok('logs', pod, '-n', 'shop', '-c', 'server', '--tail', '5');
    expect(lines(out)).toEqual(extra.slice(-5));
    expect(kube.requests.slice(since).find((r) => r.path.endsWith('/log'))).toMatchObject({
      path: `/api/v1/namespaces/shop/pods/${pod}/log`,
      status: 200,
    });
  });

  it('logs --previous of a container that never restarted fails with the server’s 400', async () => {
    const pod = served('Pod', 'shop').find((p) => cluster.logs[`shop/${p}/server/previous`] === undefined)!;
    const run = await kubectl('logs', pod, '-n', 'shop', '-c', 'server', '--previous');
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('previous terminated container');
  });

  it('delete pod: refused, the DELETE answered 405', async () => {
    const pod = served('Pod', 'shop')[0]!;
    const since = kube.requests.length;
    const run = await kubectl('delete', 'pod', pod, '-n', 'shop', '--wait=false');
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/MethodNotAllowed|does not allow this method/);
    expect(kube.requests.slice(since)).toContainEqual(
      expect.objectContaining({ method: 'DELETE', path: `/api/v1/namespaces/shop/pods/${pod}`, status: 405 }),
    );
    expect(lines(await ok('get', 'pod', pod, '-n', 'shop', '-o', 'name'))).toEqual([`pod/${pod}`]);
  });

  it('get secret: only what the objects hold (none), never invented data', async () => {
    const run = await kubectl('get', 'secret', '-n', 'shop', '-o', 'json');
    const given = served('Secret', 'shop');
    if (run.code === 0) {
      const list = JSON.parse(run.stdout) as { items: (Item & { data?: unknown })[] };
      expect(list.items.map((s) => s.metadata.name)).toEqual(given);
    }
    expect(given).toEqual([]);
    expect(run.stdout).not.toMatch(/"data"|token/i);
    const table = await kubectl('get', 'secret', '-n', 'shop');
    expect(table.stdout).toBe('');
  });
});
