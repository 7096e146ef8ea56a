// Datadog data attributed by the tags the Agent puts on Kubernetes workloads (kube_deployment,
// kube_service, container_name, pod_name) and by topology tags of an external component (host).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadTestGraph, runCollector, startFakeDatadog, type FakeDatadog } from 'culprit/testing';
import type { Evidence, GraphView } from 'culprit/sdk';
import plugin from '../index.js';
import { podOwner } from '../normalize.js';
import { NOW } from './fixtures.js';

const at = (minutesAgo: number) => NOW.getTime() / 1000 - minutesAgo * 60;
const dir = mkdtempSync(join(tmpdir(), 'culprit-dd-kube-'));
writeFileSync(
  join(dir, 'topology.yaml'),
  `apiVersion: culprit/v1
kind: Topology
metadata: { name: kube-tags }
components:
  - id: cart
    kind: service
    addresses: ['cartservice:7070']
    kubernetes: { namespace: shop, workload: { kind: Deployment, name: cartservice } }
    dependsOn: [redis-cart, paypal]
  - id: redis-cart
    kind: cache
    labels: { container: redis }
    kubernetes: { namespace: shop, workload: { kind: StatefulSet, name: redis-cart } }
  - id: paypal
    kind: external
    tags: ['host:api.paypal.com']
`,
);
const alert = (id: number, name: string, query: string, tags: string[] = []) => ({
  id,
  name,
  type: 'metric alert',
  query,
  overall_state: 'Alert' as const,
  tags,
});
const dd: FakeDatadog = await startFakeDatadog({
  monitors: [
    alert(
      201,
      'Cart deployment unavailable',
      'avg(last_5m):avg:kubernetes_state.deployment.replicas_unavailable{kube_deployment:cartservice} > 0',
      ['kube_deployment:cartservice', 'kube_namespace:shop'],
    ),
    alert(
      202,
      'Redis pod memory',
      'avg(last_5m):avg:kubernetes.memory.usage_pct{kube_namespace:shop,pod_name:redis-cart-0} > 90',
    ),
    alert(
      203,
      'Cart service errors',
      'sum(last_5m):sum:trace.grpc.server.errors{kube_service:cartservice}.as_count() > 10',
    ),
    alert(204, 'PayPal API errors', 'sum(last_5m):sum:http.client.errors{host:api.paypal.com} > 5', [
      'host:api.paypal.com',
    ]),
    alert(
      205,
      'Cart deployment unavailable (staging)',
      'avg(last_5m):avg:kubernetes_state.deployment.replicas_unavailable{kube_deployment:cartservice} > 0',
      ['kube_deployment:cartservice', 'kube_namespace:staging'],
    ),
    alert(
      206,
      'Redis container restarts',
      'change(max(last_10m),last_10m):sum:kubernetes.containers.restarts{container_name:redis} > 2',
      ['container_name:redis'],
    ),
    alert(
      207,
      'Cart pod CPU throttled',
      'avg(last_5m):avg:kubernetes.cpu.cfs.throttled.seconds{kube_namespace:shop,pod_name:cartservice-7d9f8b6c5-x2k9p} > 1',
    ),
  ],
  events: [
    {
      id: 1,
      title: 'Rolled out cartservice v1.4.2',
      date_happened: at(12),
      tags: ['kube_deployment:cartservice', 'kube_namespace:shop'],
      alert_type: 'info',
      source_type_name: 'kubernetes',
    },
    {
      id: 2,
      title: 'Back-off restarting failed container',
      date_happened: at(5),
      tags: ['kube_namespace:shop', 'pod_name:redis-cart-0'],
      alert_type: 'error',
      source_type_name: 'kubernetes',
    },
  ],
});
const graph: GraphView = await loadTestGraph(dir);
const config = { apiKey: dd.apiKey, appKey: dd.appKey, baseUrl: dd.url, requestTimeoutMs: 1000 };
afterAll(() => dd.close());

const collect = (extra: Record<string, unknown> = {}) =>
  runCollector(
    plugin as never,
    { ...config, ...extra },
    { graph, nodes: ['cart', 'redis-cart', 'paypal'], at: NOW },
  );
const attrs = (evidence: Evidence[] | undefined, node: string, kind: string) =>
  evidence?.find((e) => e.node === node && e.kind === kind)?.attributes as
    | Record<string, unknown>
    | undefined;

describe('datadog: attribution by Kubernetes and host tags', () => {
  it('maps monitors by kube_deployment, kube_service, pod_name, container_name and host', async () => {
    const run = await collect();
    expect(run.error).toBeUndefined();
    const ev = run.result!.evidence;
    expect((attrs(ev, 'cart', 'datadog.monitors')?.ids as number[]).sort()).toEqual([201, 203, 207]);
    expect((attrs(ev, 'redis-cart', 'datadog.monitors')?.ids as number[]).sort()).toEqual([202, 206]);
    expect(attrs(ev, 'paypal', 'datadog.monitors')?.ids).toEqual([204]);
  });

  it('maps events by kube_deployment and pod_name', async () => {
    const ev = (await collect()).result!.evidence;
    expect(attrs(ev, 'cart', 'datadog.events')).toMatchObject({ deploys: 1, errors: 0 });
    expect(attrs(ev, 'redis-cart', 'datadog.events')).toMatchObject({ deploys: 0, errors: 1 });
  });

  it('with kubernetesTags: false only service and topology tags attribute', async () => {
    const ev = (await collect({ kubernetesTags: false })).result!.evidence;
    expect(attrs(ev, 'cart', 'datadog.monitors')?.ids).toEqual([]);
    expect(attrs(ev, 'paypal', 'datadog.monitors')?.ids).toEqual([204]);
  });

  it('tells a pod of a workload from other names', () => {
    expect(podOwner('cartservice-7d9f8b6c5-x2k9p')).toBe('cartservice');
    expect(podOwner('redis-cart-0')).toBe('redis-cart');
    expect(podOwner('node-exporter-x2k9p')).toBe('node-exporter');
    expect(podOwner('redis-cache')).toBeUndefined();
  });
});
