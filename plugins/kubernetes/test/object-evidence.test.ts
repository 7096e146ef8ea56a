// The objects read beyond pods and events: probe kills, eviction history, mount failures told apart,
// Service ports, init containers and NetworkPolicies — pure normalizations, then the collector end to
// end against the fake API server (NetworkPolicies listed, pods on a NotReady Node not ready).
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  buildShopCluster,
  loadTestGraph,
  runCollector,
  startFakeKubernetes,
  type FakeKubernetes,
} from 'culprit/testing';
import type { GraphView } from 'culprit/sdk';
import { evictionAttributes } from '../evictions.js';
import { initContainerAttributes } from '../init-containers.js';
import { classifyMountFailure, configVolumes, isConfigMountFailure, mountAttributes } from '../mounts.js';
import { egressPolicyAttributes, networkPolicyAttributes } from '../network-policy.js';
import { callerSample, latestDeployment, newestAndOldest } from '../collector.js';
import { calledPorts, podLabels } from '../object-evidence.js';
import { probeAttributes } from '../probes.js';
import { servicePortAttributes } from '../service-ports.js';
import plugin from '../index.js';

const NOW = Date.parse('2026-11-22T14:30:00Z');
const W = { from: NOW - 3_600_000, to: NOW };
const ago = (m: number) => new Date(NOW - m * 60_000).toISOString();
const event = (reason: string, message: string, m: number, extra: Record<string, unknown> = {}) => ({
  type: 'Warning',
  reason,
  message,
  count: 1,
  lastTimestamp: ago(m),
  involvedObject: { kind: 'Pod', name: 'web-1' },
  ...extra,
});

describe('probe kills', () => {
  it('counts liveness kills and failures in the window, not before it', () => {
    const a = probeAttributes(
      [
        event('Killing', 'Container web failed liveness probe, will be restarted', 5, {
          type: 'Normal',
          count: 4,
        }),
        event('Unhealthy', 'Liveness probe failed: HTTP probe failed with statuscode: 404', 4, { count: 12 }),
        event('Unhealthy', 'Readiness probe failed: HTTP probe failed with statuscode: 503', 4),
        event('Killing', 'Container web failed liveness probe, will be restarted', 120, { type: 'Normal' }),
      ],
      W,
    );
    expect(a).toMatchObject({
      probeKills: 4,
      livenessFailures: 12,
      readinessFailures: 1,
      startupFailures: 0,
    });
  });
  it('says whether every readiness failure timed out (a process too slow to answer, not a probe refused)', () => {
    const timeout =
      'Readiness probe failed: Get "http://10.52.1.66:8080/ready": context deadline exceeded (Client.Timeout exceeded while awaiting headers)';
    expect(probeAttributes([event('Unhealthy', timeout, 4, { count: 117 })], W)).toMatchObject({
      readinessFailures: 117,
      readinessTimedOut: true,
    });
    expect(
      probeAttributes(
        [
          event('Unhealthy', timeout, 4),
          event('Unhealthy', 'Readiness probe failed: HTTP probe failed with statuscode: 503', 3),
        ],
        W,
      ),
    ).toMatchObject({ readinessTimedOut: false });
    expect(
      probeAttributes([event('Unhealthy', 'Liveness probe failed: context deadline exceeded', 4)], W),
    ).toMatchObject({ readinessTimedOut: false });
  });
  it('is nothing when no probe failed (a plain Killing on scale-down is no kill)', () => {
    expect(
      probeAttributes([event('Killing', 'Stopping container web', 3, { type: 'Normal' })], W),
    ).toBeUndefined();
  });
});

describe('eviction history', () => {
  it('reads Evicted pods and events in the window with the resource and node', () => {
    const evictedPod = {
      metadata: { name: 'web-1' },
      spec: { nodeName: 'node-a' },
      status: {
        phase: 'Failed',
        reason: 'Evicted',
        message: 'The node was low on resource: memory. Threshold quantity: 100Mi, available: 87344Ki.',
        conditions: [{ type: 'Ready', status: 'False', lastTransitionTime: ago(20) }],
      },
    };
    const a = evictionAttributes(
      [evictedPod],
      [
        event('Evicted', 'The node was low on resource: ephemeral-storage. ', 20, {
          involvedObject: { kind: 'Pod', name: 'web-2' },
          source: { host: 'node-b' },
        }),
      ],
      W,
    );
    expect(a).toMatchObject({
      evicted: 2,
      resources: ['ephemeral-storage', 'memory'],
      nodes: ['node-a', 'node-b'],
    });
  });
  it('ignores evictions from before the window', () => {
    expect(
      evictionAttributes([], [event('Evicted', 'The node was low on resource: memory.', 300)], W),
    ).toBeUndefined();
  });
});

describe('mount failures told apart', () => {
  it('a missing ConfigMap or Secret is config, a volume that cannot attach is storage', () => {
    expect(
      classifyMountFailure(
        'MountVolume.SetUp failed for volume "cfg" : configmap "reviews-config" not found',
      ),
    ).toBe('config-missing');
    expect(
      classifyMountFailure('MountVolume.SetUp failed for volume "tls" : secret "web-tls" not found'),
    ).toBe('config-missing');
    expect(
      classifyMountFailure(
        'Multi-Attach error for volume "pvc-1" Volume is already exclusively attached to one node and can\'t be attached to another',
      ),
    ).toBe('volume');
    expect(
      classifyMountFailure(
        'Unable to attach or mount volumes: unmounted volumes=[data]: timed out waiting for the condition',
      ),
    ).toBe('volume');
    const a = mountAttributes(
      [
        event(
          'FailedMount',
          'MountVolume.SetUp failed for volume "cfg" : configmap "reviews-config" not found',
          3,
          { count: 6 },
        ),
        event(
          'FailedAttachVolume',
          'AttachVolume.Attach failed for volume "pvc-9" : rpc error: code = Internal',
          3,
        ),
      ],
      W,
    );
    expect(a).toMatchObject({ missingConfig: 6, missing: ['configmap/reviews-config'], volumeFailures: 1 });
  });
  it('a volume item naming a key the Secret or ConfigMap lacks is config-missing, with the key named', () => {
    const secretKey =
      'MountVolume.SetUp failed for volume "keys" : references non-existent secret key: jwtRS256.key';
    const configKey =
      'MountVolume.SetUp failed for volume "cfg" : configmap references non-existent config key: app.yaml';
    expect([classifyMountFailure(secretKey), classifyMountFailure(configKey)]).toEqual([
      'config-missing',
      'config-missing',
    ]);
    expect(
      mountAttributes(
        [event('FailedMount', secretKey, 3, { count: 4 }), event('FailedMount', configKey, 2)],
        W,
      ),
    ).toMatchObject({
      missingConfig: 5,
      missing: ['configmap key app.yaml', 'secret key jwtRS256.key'],
      volumeFailures: 0,
    });
  });
  it('the kubelet’s generic “unmounted volumes=[…]” line is the same missing config when every volume it lists lacks it', () => {
    const setup =
      'MountVolume.SetUp failed for volume "keys" : references non-existent secret key: jwtRS256.key';
    const generic = (vols: string) =>
      `Unable to attach or mount volumes: unmounted volumes=[${vols}], unattached volumes=[], failed to process volumes=[]: timed out waiting for the condition`;
    const config = configVolumes([event('FailedMount', setup, 3)]);
    expect(isConfigMountFailure(generic('keys'), config)).toBe(true);
    expect(isConfigMountFailure(generic('keys data'), config)).toBe(false);
    expect(isConfigMountFailure(generic('data'), new Set())).toBe(false);
    expect(
      mountAttributes(
        [
          event('FailedMount', setup, 3, { count: 14 }),
          event('FailedMount', generic('keys'), 3, { count: 6 }),
        ],
        W,
      ),
    ).toMatchObject({ missingConfig: 20, volumeFailures: 0 });
  });
});

describe('Service ports against container ports', () => {
  const pod = (ports: object[]) => ({
    metadata: { name: 'p' },
    spec: { containers: [{ name: 'c', ports }] },
  });
  const svc = (ports: object[]) => ({ metadata: { name: 'web' }, spec: { ports } });
  it('a named targetPort no container declares is a mismatch', () => {
    expect(
      servicePortAttributes(
        [svc([{ port: 80, targetPort: 'http-web' }])],
        [pod([{ name: 'http', containerPort: 8080 }])],
      ),
    ).toMatchObject({ mismatches: 1, mismatched: ['web:80→http-web'] });
  });
  it('a numeric targetPort counts only when none of the Service ports is declared', () => {
    const declared = [pod([{ containerPort: 5672 }, { containerPort: 15672 }])];
    expect(
      servicePortAttributes(
        [
          svc([
            { port: 5672, targetPort: 5672 },
            { port: 4369, targetPort: 4369 },
          ]),
        ],
        declared,
      ),
    ).toMatchObject({ mismatches: 0 });
    expect(
      servicePortAttributes([svc([{ port: 80, targetPort: 8081 }])], [pod([{ containerPort: 8080 }])]),
    ).toMatchObject({ mismatches: 1 });
    expect(servicePortAttributes([svc([{ port: 80, targetPort: 8081 }])], [pod([])])).toBeUndefined();
  });

  it('a MySQL port in the mesh not declared as TCP (sniffed, so the server-first handshake hangs)', () => {
    const mysqlSvc = (name: string, appProtocol?: string) => ({
      metadata: { name: 'mysqldb' },
      spec: { ports: [{ name, port: 3306, targetPort: 3306, ...(appProtocol ? { appProtocol } : {}) }] },
    });
    const meshed = {
      spec: {
        containers: [
          { name: 'mysqldb', ports: [{ containerPort: 3306 }] },
          { name: 'istio-proxy', ports: [{ name: 'http-envoy-prom', containerPort: 15090 }] },
        ],
      },
    };
    expect(servicePortAttributes([mysqlSvc('database')], [meshed])).toMatchObject({
      meshServerFirst: 1,
      meshServerFirstPorts: ['mysqldb:3306/database'],
    });
    expect(servicePortAttributes([mysqlSvc('http')], [meshed])).toMatchObject({ meshServerFirst: 1 });
    for (const declared of [mysqlSvc('tcp'), mysqlSvc('mysql-main'), mysqlSvc('database', 'tcp')])
      expect(servicePortAttributes([declared], [meshed])).toMatchObject({ meshServerFirst: 0 });
    // without a sidecar nothing sniffs
    expect(servicePortAttributes([mysqlSvc('database')], [pod([{ containerPort: 3306 }])])).toMatchObject({
      meshServerFirst: 0,
    });
  });
});

describe('policies judged on the pods as they are labelled', () => {
  const pod = (labels: Record<string, string>) => ({ metadata: { namespace: 'shop', labels } });
  it('adds the labels every pod of the workload carries to the topology selector', () => {
    const ref = { id: 'checkout', namespace: 'shop', labels: { 'opentelemetry.io/name': 'checkout' } };
    const pods = [
      pod({
        'opentelemetry.io/name': 'checkout',
        'app.kubernetes.io/component': 'checkout',
        'pod-template-hash': 'a1',
      }),
      pod({
        'opentelemetry.io/name': 'checkout',
        'app.kubernetes.io/component': 'checkout',
        'pod-template-hash': 'b2',
        canary: 'yes',
      }),
      pod({ 'opentelemetry.io/name': 'payment', 'app.kubernetes.io/component': 'payment' }),
    ];
    expect(podLabels(ref, pods).labels).toEqual({
      'opentelemetry.io/name': 'checkout',
      'app.kubernetes.io/component': 'checkout',
    });
    expect(podLabels(ref, []).labels).toEqual(ref.labels);
  });
  it('an ingress rule admitting a label the callers\u2019 pods do not carry blocks them', () => {
    const payment = {
      id: 'payment',
      namespace: 'shop',
      labels: { app: 'payment' },
      ports: [{ port: 8080, protocol: 'TCP' }],
    };
    const checkout = podLabels({ id: 'checkout', namespace: 'shop', labels: { app: 'checkout' } }, [
      pod({ app: 'checkout', 'app.kubernetes.io/component': 'checkout' }),
    ]);
    const policy = {
      metadata: { name: 'payment-pci-ingress', namespace: 'shop' },
      spec: {
        podSelector: { matchLabels: { app: 'payment' } },
        policyTypes: ['Ingress'],
        ingress: [
          { from: [{ podSelector: { matchLabels: { 'app.kubernetes.io/component': 'checkoutservice' } } }] },
        ],
      },
    };
    // Judged on the topology selector alone the caller's component label is unknown, so it is assumed admitted.
    expect(
      networkPolicyAttributes(
        payment,
        [{ id: 'checkout', namespace: 'shop', labels: { app: 'checkout' } }],
        [policy],
      ),
    ).toMatchObject({ blocked: 0 });
    expect(networkPolicyAttributes(payment, [checkout], [policy])).toMatchObject({ blocked: 1 });
  });
});

describe('the ports callers reach, for NetworkPolicy rules', () => {
  const rabbit = {
    id: 'rabbitmq',
    kind: 'queue',
    addresses: ['rabbitmq:5672'],
    dependsOn: [],
    aliases: [],
    tags: [],
  } as unknown as import('culprit/sdk').Component;
  const declared = [
    { port: 5672, protocol: 'TCP' },
    { port: 15672, protocol: 'TCP' },
    { port: 9090, name: 'exporter', protocol: 'TCP' },
  ];
  it('are those behind the topology address, so a rule opening only the metrics port admits no caller', () => {
    const ports = calledPorts(rabbit, declared, []);
    expect(ports).toEqual([{ port: 5672, protocol: 'TCP' }]);
    const policy = {
      metadata: { name: 'rabbitmq', namespace: 'sock-shop' },
      spec: {
        podSelector: { matchLabels: { name: 'rabbitmq' } },
        policyTypes: ['Ingress'],
        ingress: [
          {
            from: [{ podSelector: { matchLabels: { name: 'queue-master' } } }],
            ports: [{ protocol: 'TCP', port: 5672 }],
          },
          { ports: [{ protocol: 'TCP', port: 9090 }] },
        ],
      },
    };
    const self = { id: 'rabbitmq', namespace: 'sock-shop', labels: { name: 'rabbitmq' } };
    const callers = [
      { id: 'shipping', namespace: 'sock-shop', labels: { name: 'shipping' } },
      { id: 'queue-master', namespace: 'sock-shop', labels: { name: 'queue-master' } },
    ];
    expect(networkPolicyAttributes({ ...self, ports }, callers, [policy])).toMatchObject({
      ingressBlocked: ['shipping'],
    });
    // Every declared port, as before: the open metrics port would have admitted shipping.
    expect(networkPolicyAttributes({ ...self, ports: declared }, callers, [policy])).toMatchObject({
      blocked: 0,
    });
  });
  it('follow a Service port to its targetPort by number or name, and fall back to every declared port', () => {
    const svc = { spec: { ports: [{ port: 80, targetPort: 'exporter' }] } };
    expect(calledPorts({ ...rabbit, addresses: ['rabbitmq:80'] }, declared, [svc])).toEqual([declared[2]]);
    expect(calledPorts({ ...rabbit, addresses: ['rabbitmq'] }, declared, [])).toEqual(declared);
    expect(calledPorts({ ...rabbit, addresses: ['rabbitmq:1234'] }, declared, [])).toEqual(declared);
  });
});

describe('which caller pods are read', () => {
  it('the newest and the oldest, whether startTime is a string or the client library\u2019s Date', () => {
    const pod = (name: string, startTime: string | Date) => ({ metadata: { name }, status: { startTime } });
    const pods = [
      pod('b', '2026-03-19T09:49:18Z'),
      pod('a', new Date('2026-03-10T10:08:00Z')),
      pod('d', new Date('2026-03-19T09:54:48Z')),
      pod('c', '2026-03-19T09:54:00Z'),
    ];
    expect(newestAndOldest(pods).map((p) => p.metadata.name)).toEqual(['d', 'a']);
    expect(newestAndOldest([pods[0]!]).map((p) => p.metadata.name)).toEqual(['b']);
  });
  it('and one pod of each other version behind the caller (owning ReplicaSet), three versions at most', () => {
    const pod = (name: string, startTime: string, owner: string) => ({
      metadata: { name, ownerReferences: [{ kind: 'ReplicaSet', name: owner }] },
      status: { startTime },
    });
    const pods = [
      pod('reviews-v1-a', '2026-03-10T10:00:00Z', 'reviews-v1-7f'),
      pod('reviews-v1-b', '2026-03-19T09:00:00Z', 'reviews-v1-7f'),
      pod('reviews-v2-a', '2026-03-12T10:00:00Z', 'reviews-v2-5c'),
      pod('reviews-v3-a', '2026-03-13T10:00:00Z', 'reviews-v3-9d'),
      pod('reviews-v4-a', '2026-03-14T10:00:00Z', 'reviews-v4-1a'),
    ];
    // Newest and oldest are both v1's: v2 and v3 join, v4 would be a fourth version.
    expect(callerSample(pods).map((p) => p.metadata.name)).toEqual([
      'reviews-v1-b',
      'reviews-v1-a',
      'reviews-v2-a',
      'reviews-v3-a',
    ]);
    // One version: the newest and the oldest only.
    expect(callerSample(pods.slice(0, 2)).map((p) => p.metadata.name)).toEqual([
      'reviews-v1-b',
      'reviews-v1-a',
    ]);
  });
});

describe('a component served by several Deployments', () => {
  it('the Deployment rolled out last speaks for its rollout', () => {
    const rs = (name: string, owner: string | undefined, created: string) => ({
      metadata: {
        name,
        creationTimestamp: created,
        ownerReferences: owner ? [{ kind: 'Deployment', name: owner }] : [],
      },
    });
    const sets = [
      rs('reviews-v1-a', 'reviews-v1', '2026-09-01T00:00:00Z'),
      rs('reviews-v3-a', 'reviews-v3', '2026-09-01T00:00:00Z'),
      rs('reviews-v3-b', 'reviews-v3', '2026-09-16T09:40:00Z'),
      rs('reviews-v2-a', 'reviews-v2', '2026-09-10T00:00:00Z'),
      rs('orphan', undefined, '2026-09-17T00:00:00Z'),
    ];
    const latest = latestDeployment(sets);
    expect(latest?.name).toBe('reviews-v3');
    expect(latest?.replicaSets.map((r) => r.metadata.name)).toEqual(['reviews-v3-a', 'reviews-v3-b']);
    expect(latestDeployment([sets[4]!])).toBeUndefined();
  });
});

describe('init containers', () => {
  it('reads Init:CrashLoopBackOff and Init:CreateContainerConfigError', () => {
    const pods = [
      {
        status: {
          initContainerStatuses: [
            {
              name: 'migrate',
              state: { waiting: { reason: 'CrashLoopBackOff' } },
              lastState: { terminated: { exitCode: 1, reason: 'Error', finishedAt: ago(2) } },
            },
          ],
        },
      },
      {
        status: {
          initContainerStatuses: [
            {
              name: 'wait',
              state: { waiting: { reason: 'CreateContainerConfigError', message: 'secret "db" not found' } },
            },
          ],
        },
      },
    ];
    expect(initContainerAttributes(pods, W)).toMatchObject({
      crashLoopBackOff: 1,
      configErrors: 1,
      failedRecent: 1,
      container: 'migrate',
      exitCode: 1,
    });
  });
  it('a completed init container is fine', () => {
    const pods = [
      {
        status: {
          initContainerStatuses: [
            {
              name: 'migrate',
              state: { terminated: { exitCode: 0, reason: 'Completed', finishedAt: ago(2) } },
            },
          ],
        },
      },
    ];
    expect(initContainerAttributes(pods, W)).toBeUndefined();
  });
});

describe('NetworkPolicies against the topology', () => {
  const db = { id: 'db', namespace: 'shop', labels: { app: 'db' } };
  const api = { id: 'api', namespace: 'shop', labels: { app: 'api' } };
  const policy = (name: string, spec: object) => ({ metadata: { name, namespace: 'shop' }, spec });
  it('a deny-all ingress policy on the callee blocks its callers', () => {
    const deny = policy('db-deny', { podSelector: { matchLabels: { app: 'db' } }, policyTypes: ['Ingress'] });
    expect(networkPolicyAttributes(db, [api], [deny])).toMatchObject({
      blocked: 1,
      ingressBlocked: ['api'],
      policies: ['shop/db-deny'],
    });
  });
  it('an ingress rule that admits the caller leaves it open', () => {
    const allow = policy('db-allow', {
      podSelector: { matchLabels: { app: 'db' } },
      policyTypes: ['Ingress'],
      ingress: [{ from: [{ podSelector: { matchLabels: { app: 'api' } } }] }],
    });
    expect(networkPolicyAttributes(db, [api], [allow])).toMatchObject({ isolated: true, blocked: 0 });
    const decoded = policy('db-allow', {
      podSelector: { matchLabels: { app: 'db' } },
      ingress: [{ _from: [{ podSelector: { matchLabels: { app: 'web' } } }] }],
    });
    // As client-node decodes it (`_from`): api is not the admitted app.
    expect(networkPolicyAttributes(db, [api], [decoded])).toMatchObject({ blocked: 1 });
  });
  it('a DNS-only egress allow-list on the caller blocks it', () => {
    const dnsOnly = policy('api-egress', {
      podSelector: {},
      policyTypes: ['Egress'],
      egress: [
        {
          to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } } }],
          ports: [{ port: 53, protocol: 'UDP' }],
        },
      ],
    });
    expect(networkPolicyAttributes(db, [api], [dnsOnly])).toMatchObject({
      egressBlocked: ['api'],
      blocked: 1,
    });
  });
  it('what cannot be judged from the labels counts as admitted', () => {
    const unknown = policy('db-allow', {
      podSelector: { matchLabels: { app: 'db' } },
      ingress: [{ from: [{ podSelector: { matchLabels: { role: 'frontend' } } }] }],
    });
    expect(networkPolicyAttributes(db, [api], [unknown])).toMatchObject({ blocked: 0 });
  });
  const dbOn = (port: number, name?: string) => ({
    ...db,
    ports: [{ port, protocol: 'TCP', ...(name ? { name } : {}) }],
  });
  const portsOnly = (ports: object[]) =>
    policy('api-egress', {
      podSelector: { matchLabels: { app: 'api' } },
      policyTypes: ['Egress'],
      egress: [{ ports }],
    });
  it('an egress rule with ports but no peers opens only those ports of the destination', () => {
    const dns = portsOnly([
      { port: 53, protocol: 'UDP' },
      { port: 53, protocol: 'TCP' },
    ]);
    expect(networkPolicyAttributes(dbOn(5432), [api], [dns])).toMatchObject({ egressBlocked: ['api'] });
    expect(networkPolicyAttributes(dbOn(53), [api], [dns])?.blocked ?? 0).toBe(0);
    // The destination's ports not read: admitted, as before ports were judged.
    expect(networkPolicyAttributes(db, [api], [dns])?.blocked ?? 0).toBe(0);
  });
  it('ports match by number, endPort range or container port name, whatever the protocol', () => {
    expect(
      networkPolicyAttributes(dbOn(5432), [api], [portsOnly([{ port: 5000, endPort: 6000 }])])?.blocked ?? 0,
    ).toBe(0);
    expect(
      networkPolicyAttributes(dbOn(5432, 'pg'), [api], [portsOnly([{ port: 'pg' }])])?.blocked ?? 0,
    ).toBe(0);
    expect(networkPolicyAttributes(dbOn(5432, 'pg'), [api], [portsOnly([{ port: 'mysql' }])])).toMatchObject({
      blocked: 1,
    });
    expect(
      networkPolicyAttributes(dbOn(5432), [api], [portsOnly([{ port: 5432, protocol: 'UDP' }])])?.blocked ??
        0,
    ).toBe(0);
  });
  it("an ingress rule with ports admits the caller only on the callee's listed ports", () => {
    const ingress = (ports: object[]) =>
      policy('db-allow', {
        podSelector: { matchLabels: { app: 'db' } },
        policyTypes: ['Ingress'],
        ingress: [{ from: [{ podSelector: { matchLabels: { app: 'api' } } }], ports }],
      });
    expect(networkPolicyAttributes(dbOn(5432), [api], [ingress([{ port: 5432 }])])?.blocked ?? 0).toBe(0);
    expect(networkPolicyAttributes(dbOn(5432), [api], [ingress([{ port: 3306 }])])).toMatchObject({
      ingressBlocked: ['api'],
    });
  });
  it('a caller cut off by its own egress policy: which dependencies it cannot reach', () => {
    const cache = {
      id: 'cache',
      namespace: 'shop',
      labels: { app: 'cache' },
      ports: [{ port: 11211, protocol: 'TCP' }],
    };
    const registry = {
      id: 'registry',
      namespace: 'shop',
      labels: { app: 'registry' },
      ports: [{ port: 8500, protocol: 'TCP' }],
    };
    const egress = policy('api-egress', {
      podSelector: { matchLabels: { app: 'api' } },
      policyTypes: ['Egress'],
      egress: [
        { ports: [{ port: 53, protocol: 'UDP' }] },
        { to: [{ podSelector: { matchLabels: { app: 'registry' } } }], ports: [{ port: 8500 }] },
      ],
    });
    expect(egressPolicyAttributes(api, [dbOn(5432), cache, registry], [egress])).toEqual({
      dependencies: 3,
      blocked: 2,
      blockedTargets: ['cache', 'db'],
      blockedExternal: 0,
      policies: ['shop/api-egress'],
    });
    // No egress policy selects the caller: nothing to say.
    expect(egressPolicyAttributes(db, [cache], [egress])).toBeUndefined();
  });
  it('an external dependency is admitted only by an ipBlock peer or a rule without `to`, on its port', () => {
    const mail = {
      id: 'mail',
      namespace: 'shop',
      labels: {},
      outside: true,
      ports: [{ port: 443, protocol: 'TCP' }],
    };
    const egress = (rules: object[]) =>
      policy('api-egress', {
        podSelector: { matchLabels: { app: 'api' } },
        policyTypes: ['Egress'],
        egress: rules,
      });
    const dns = { ports: [{ port: 53, protocol: 'UDP' }] };
    expect(
      egressPolicyAttributes(api, [mail], [egress([{ to: [{ namespaceSelector: {} }] }, dns])]),
    ).toMatchObject({
      blocked: 1,
      blockedTargets: ['mail'],
      blockedExternal: 1,
    });
    expect(
      egressPolicyAttributes(
        api,
        [mail],
        [egress([{ to: [{ ipBlock: { cidr: '0.0.0.0/0' } }], ports: [{ port: 443 }] }, dns])],
      ),
    ).toMatchObject({ blockedExternal: 0 });
    expect(egressPolicyAttributes(api, [mail], [egress([{ ports: [{ port: 443 }] }])])).toMatchObject({
      blockedExternal: 0,
    });
    expect(egressPolicyAttributes(api, [mail], [egress([{ ports: [{ port: 80 }] }])])).toMatchObject({
      blockedExternal: 1,
    });
  });
  it('property: a policy admitting every port and peer never blocks; adding ports never opens what peers shut', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 65535 }), fc.integer({ min: 1, max: 65535 }), (dest, open) => {
        const d = dbOn(dest);
        const everything = policy('all', {
          podSelector: {},
          policyTypes: ['Egress', 'Ingress'],
          egress: [{}],
          ingress: [{}],
        });
        expect(networkPolicyAttributes(d, [api], [everything])?.blocked ?? 0).toBe(0);
        const onePort = portsOnly([{ port: open }]);
        expect(networkPolicyAttributes(d, [api], [onePort])?.blocked ?? 0).toBe(dest === open ? 0 : 1);
        const wrongPeer = policy('api-egress', {
          podSelector: { matchLabels: { app: 'api' } },
          policyTypes: ['Egress'],
          egress: [{ to: [{ podSelector: { matchLabels: { app: 'other' } } }], ports: [{ port: dest }] }],
        });
        expect(networkPolicyAttributes(d, [api], [wrongPeer])?.blocked).toBe(1);
      }),
    );
  });
});

describe('the collector reads NetworkPolicies and Node readiness', () => {
  let kube: FakeKubernetes;
  afterAll(() => kube?.close());
  it('a policy isolating redis-cart from cart is network-policy evidence; pods on a NotReady Node are not ready', async () => {
    kube = await startFakeKubernetes();
    const graph: GraphView = await loadTestGraph('knowledge-graph');
    const at = new Date(NOW);
    const cluster = buildShopCluster({ now: at });
    const redis = graph.component('redis-cart')!.kubernetes!;
    const labels = redis.selector ?? { app: redis.workload?.name ?? 'redis-cart' };
    const objects = cluster.objects.map((o) =>
      o.kind === 'Node'
        ? {
            ...o,
            status: {
              ...(o.status as object),
              conditions: [
                {
                  type: 'Ready',
                  status: 'Unknown',
                  reason: 'NodeStatusUnknown',
                  lastTransitionTime: ago(10),
                },
              ],
            },
          }
        : o,
    );
    objects.push({
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: 'redis-deny-all', namespace: 'shop' },
      spec: { podSelector: { matchLabels: labels }, policyTypes: ['Ingress'] },
    });
    kube.setObjects(objects, cluster.logs);
    const run = await runCollector(
      plugin as never,
      { kubeconfig: kube.kubeconfig },
      { graph, nodes: ['redis-cart'], at },
    );
    const evidence = run.result?.evidence ?? [];
    const np = evidence.find((e) => e.node === 'redis-cart' && e.kind === 'kubernetes.networkpolicy');
    expect(np?.attributes).toMatchObject({ ingressBlocked: ['cart'], blocked: 1 });
    const pods = evidence.find((e) => e.node === 'redis-cart' && e.kind === 'kubernetes.pods');
    expect(pods?.attributes).toMatchObject({ ready: 0 });
    expect(Number(pods?.attributes.onNotReadyNode)).toBeGreaterThan(0);
  });
});
