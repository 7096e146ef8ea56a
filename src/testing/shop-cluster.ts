// Realistic Kubernetes objects for the example shop (knowledge-graph/shop.yaml): Deployments,
// ReplicaSets, StatefulSets, Pods, Services, Endpoints, Nodes and Events, healthy by default, with
// injectable faults — what the demo and the end-to-end tests serve from the fake API server.
export interface ShopWorkload {
  component: string;
  name: string;
  kind: 'Deployment' | 'StatefulSet';
  port: number;
  node: 'node-a' | 'node-b' | 'node-c';
  /** host:port the workload's logs mention when it cannot reach a dependency. */
  calls?: string[];
}

export const SHOP_WORKLOADS: readonly ShopWorkload[] = [
  {
    component: 'frontend',
    name: 'frontend',
    kind: 'Deployment',
    port: 80,
    node: 'node-a',
    calls: ['checkoutservice:5050', 'cartservice:7070'],
  },
  {
    component: 'checkout',
    name: 'checkoutservice',
    kind: 'Deployment',
    port: 5050,
    node: 'node-a',
    calls: ['paymentservice:50051', 'orders-db:5432'],
  },
  {
    component: 'cart',
    name: 'cartservice',
    kind: 'Deployment',
    port: 7070,
    node: 'node-a',
    calls: ['redis-cart:6379'],
  },
  { component: 'payment', name: 'paymentservice', kind: 'Deployment', port: 50051, node: 'node-c' },
  { component: 'shipping', name: 'shippingservice', kind: 'Deployment', port: 50051, node: 'node-b' },
  { component: 'email', name: 'emailservice', kind: 'Deployment', port: 5000, node: 'node-b' },
  { component: 'currency', name: 'currencyservice', kind: 'Deployment', port: 7000, node: 'node-b' },
  {
    component: 'product-catalog',
    name: 'productcatalogservice',
    kind: 'Deployment',
    port: 3550,
    node: 'node-c',
  },
  {
    component: 'recommendation',
    name: 'recommendationservice',
    kind: 'Deployment',
    port: 8080,
    node: 'node-c',
  },
  { component: 'ad', name: 'adservice', kind: 'Deployment', port: 9555, node: 'node-b' },
  { component: 'redis-cart', name: 'redis-cart', kind: 'StatefulSet', port: 6379, node: 'node-a' },
  { component: 'orders-db', name: 'orders-db', kind: 'StatefulSet', port: 5432, node: 'node-a' },
  { component: 'catalog-db', name: 'catalog-db', kind: 'StatefulSet', port: 5432, node: 'node-c' },
  { component: 'order-events', name: 'kafka', kind: 'StatefulSet', port: 9092, node: 'node-c' },
];

export interface ShopFaultInfo {
  /** What is injected, for people. */
  summary: string;
  /** What an on-call engineer would type about it. */
  incident: string;
}

export const SHOP_FAULTS = {
  'oom-killed': {
    summary:
      'redis-cart is OOMKilled; cart cannot reach it and crash-loops; checkout and frontend return 5xx',
    incident: 'checkout is failing with 500s, cart pods keep restarting',
  },
  'crash-loop': {
    summary: 'paymentservice panics on start and crash-loops; checkout returns errors',
    incident: 'payments are failing',
  },
  'image-pull': {
    summary: 'a productcatalogservice rollout points at an image tag that does not exist',
    incident: 'product pages broken after the deploy',
  },
  'config-missing': {
    summary: 'emailservice cannot start: configmap "email-templates" not found',
    incident: 'no order confirmation emails',
  },
  'bad-deploy-rollout': {
    summary: 'a new checkoutservice revision fails readiness and exceeds its progress deadline',
    incident: 'checkout errors since the release',
  },
  'no-endpoints': {
    summary: 'the shippingservice Service selects no pods (selector typo)',
    incident: 'checkout cannot get shipping quotes',
  },
  'node-not-ready': {
    summary: 'node-b is NotReady; currency, ad, email and shipping pods on it are not ready',
    incident: 'currency and ads are failing',
  },
  unschedulable: {
    summary: 'recommendationservice pods stay Pending: insufficient memory',
    incident: 'recommendations are missing',
  },
  'storage-unavailable': {
    summary:
      'the orders-db volume claim stays Pending (storage class provisioner failing); checkout cannot save orders',
    incident: 'orders cannot be placed, checkout fails at the last step',
  },
  'quota-exceeded': {
    summary: 'adservice pods were recreated and the namespace ResourceQuota refuses them',
    incident: 'ads are missing on the home page',
  },
  'probe-failure': {
    summary: 'currencyservice readiness probes time out; its pods run but receive no traffic',
    incident: 'prices are not showing in local currency',
  },
  'node-pressure': {
    summary:
      'node-c is under memory pressure and evicts productcatalogservice and recommendationservice pods',
    incident: 'product pages and recommendations are erroring',
  },
  'resource-exhaustion': {
    summary: 'frontend is pinned at its autoscaler maximum and still wants more replicas; requests time out',
    incident: 'the frontend is very slow under load, pages time out',
  },
} as const satisfies Record<string, ShopFaultInfo>;

export type ShopFault = keyof typeof SHOP_FAULTS;

export interface ShopCluster {
  objects: Record<string, unknown>[];
  /** `namespace/pod/container` (and `…/previous`) → log text. */
  logs: Record<string, string>;
}

const NS = 'shop';

// How each workload finds its dependencies (what `culprit topology discover` reads).
const SHOP_ENV: Record<string, Record<string, string>> = {
  frontend: {
    CHECKOUT_SERVICE_ADDR: 'checkoutservice:5050',
    CART_SERVICE_ADDR: 'cartservice:7070',
    PRODUCT_CATALOG_SERVICE_ADDR: 'productcatalogservice:3550',
    RECOMMENDATION_SERVICE_ADDR: 'recommendationservice:8080',
    AD_SERVICE_ADDR: 'adservice:9555',
    CURRENCY_SERVICE_ADDR: 'currencyservice:7000',
    SHIPPING_SERVICE_ADDR: 'shippingservice:50051',
  },
  checkoutservice: {
    CART_SERVICE_ADDR: 'cartservice:7070',
    PAYMENT_SERVICE_ADDR: 'paymentservice:50051',
    SHIPPING_SERVICE_ADDR: 'shippingservice:50051',
    EMAIL_SERVICE_ADDR: 'emailservice:5000',
    CURRENCY_SERVICE_ADDR: 'currencyservice:7000',
    PRODUCT_CATALOG_SERVICE_ADDR: 'productcatalogservice:3550',
    ORDERS_DB_URL: 'postgres://orders@orders-db:5432/orders',
    KAFKA_BROKERS: 'kafka:9092',
  },
  cartservice: { REDIS_ADDR: 'redis-cart:6379' },
  paymentservice: { STRIPE_API_URL: 'https://api.stripe.com' },
  emailservice: { KAFKA_BROKERS: 'kafka:9092' },
  productcatalogservice: { CATALOG_DB_URL: 'postgres://catalog@catalog-db:5432/catalog' },
  recommendationservice: { PRODUCT_CATALOG_SERVICE_ADDR: 'productcatalogservice:3550' },
};
const envOf = (workload: string) =>
  Object.entries(SHOP_ENV[workload] ?? {}).map(([name, value]) => ({ name, value }));

export function buildShopCluster(options: { fault?: ShopFault; now?: Date } = {}): ShopCluster {
  const now = options.now ?? new Date();
  const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000).toISOString();
  const fault = options.fault;
  const objects: Record<string, unknown>[] = [];
  const logs: Record<string, string> = {};
  let uid = 0;
  const meta = (name: string, extra: Record<string, unknown> = {}) => ({
    name,
    namespace: NS,
    uid: `uid-${++uid}`,
    resourceVersion: String(1000 + uid),
    creationTimestamp: ago(60 * 24 * 7),
    ...extra,
  });

  for (const node of ['node-a', 'node-b', 'node-c']) {
    const notReady = fault === 'node-not-ready' && node === 'node-b';
    const pressure = fault === 'node-pressure' && node === 'node-c';
    objects.push({
      apiVersion: 'v1',
      kind: 'Node',
      metadata: {
        name: node,
        uid: `uid-${++uid}`,
        resourceVersion: String(1000 + uid),
        creationTimestamp: ago(60 * 24 * 30),
        labels: { 'kubernetes.io/hostname': node },
      },
      spec: notReady
        ? { taints: [{ key: 'node.kubernetes.io/unreachable', effect: 'NoExecute', timeAdded: ago(9) }] }
        : pressure
          ? {
              taints: [
                { key: 'node.kubernetes.io/memory-pressure', effect: 'NoSchedule', timeAdded: ago(6) },
              ],
            }
          : {},
      status: {
        conditions: [
          pressure
            ? {
                type: 'MemoryPressure',
                status: 'True',
                reason: 'KubeletHasInsufficientMemory',
                message: 'kubelet has insufficient memory available',
                lastTransitionTime: ago(6),
              }
            : { type: 'MemoryPressure', status: 'False', lastTransitionTime: ago(60 * 24) },
          { type: 'DiskPressure', status: 'False', lastTransitionTime: ago(60 * 24) },
          { type: 'PIDPressure', status: 'False', lastTransitionTime: ago(60 * 24) },
          notReady
            ? {
                type: 'Ready',
                status: 'Unknown',
                reason: 'NodeStatusUnknown',
                message: 'Kubelet stopped posting node status.',
                lastTransitionTime: ago(9),
              }
            : { type: 'Ready', status: 'True', reason: 'KubeletReady', lastTransitionTime: ago(60 * 24) },
        ],
        allocatable: { cpu: '4', memory: '16Gi', pods: '110' },
      },
    });
  }
  if (fault === 'node-pressure')
    objects.push(
      event('node-c', 'Node', 'EvictionThresholdMet', 'Warning', 'Attempting to reclaim memory', ago(5), 3),
    );
  // Decoy: a warning from last week on node-c that has nothing to do with today.
  objects.push(
    event('node-c', 'Node', 'NodeHasDiskPressure', 'Warning', 'disk usage above 85%', ago(60 * 24 * 6), 1),
  );

  for (const w of SHOP_WORKLOADS) {
    const labels = { app: w.name };
    const replicas =
      w.kind === 'StatefulSet' ? 1 : fault === 'resource-exhaustion' && w.component === 'frontend' ? 6 : 2;
    // quota-exceeded: the ReplicaSet cannot create adservice's pods at all.
    const refused = fault === 'quota-exceeded' && w.component === 'ad';
    // Decoy: the frontend rolled out a new revision twenty minutes ago, healthily.
    const healthyRollout = w.component === 'frontend';
    const hash = hashOf(w.name);
    const rollingOut =
      (fault === 'image-pull' && w.component === 'product-catalog') ||
      (fault === 'bad-deploy-rollout' && w.component === 'checkout');
    const newHash = hashOf(`${w.name}-v2`);
    const image = `shop/${w.name}:1.4.2`;
    const newImage = fault === 'image-pull' ? `shop/${w.name}:1.5.0-typo` : `shop/${w.name}:1.5.0`;

    if (w.kind === 'Deployment') {
      objects.push({
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: meta(w.name, {
          labels,
          generation: rollingOut || healthyRollout ? 8 : 7,
          annotations: { 'deployment.kubernetes.io/revision': rollingOut || healthyRollout ? '8' : '7' },
        }),
        spec: {
          replicas,
          selector: { matchLabels: labels },
          progressDeadlineSeconds: 600,
          template: {
            metadata: { labels },
            spec: {
              containers: [
                {
                  name: 'server',
                  image: rollingOut ? newImage : image,
                  ports: [{ containerPort: w.port }],
                  env: envOf(w.name),
                },
              ],
            },
          },
        },
        status: {
          observedGeneration: rollingOut || healthyRollout ? 8 : 7,
          replicas: refused ? 0 : rollingOut ? replicas + 1 : replicas,
          updatedReplicas: refused ? 0 : rollingOut ? 1 : replicas,
          readyReplicas: refused ? 0 : replicas,
          availableReplicas: refused ? 0 : replicas,
          unavailableReplicas: refused ? replicas : rollingOut ? 1 : 0,
          conditions: [
            refused
              ? {
                  type: 'Available',
                  status: 'False',
                  reason: 'MinimumReplicasUnavailable',
                  message: 'Deployment does not have minimum availability.',
                  lastTransitionTime: ago(4),
                }
              : {
                  type: 'Available',
                  status: 'True',
                  reason: 'MinimumReplicasAvailable',
                  lastTransitionTime: ago(60 * 24),
                },
            ...(refused
              ? [
                  {
                    type: 'ReplicaFailure',
                    status: 'True',
                    reason: 'FailedCreate',
                    message: `pods "${w.name}-${hash}-" is forbidden: exceeded quota: shop-quota`,
                    lastTransitionTime: ago(4),
                  },
                ]
              : []),
            rollingOut
              ? {
                  type: 'Progressing',
                  status: 'False',
                  reason: 'ProgressDeadlineExceeded',
                  message: `ReplicaSet "${w.name}-${newHash}" has timed out progressing.`,
                  lastTransitionTime: ago(2),
                }
              : {
                  type: 'Progressing',
                  status: 'True',
                  reason: 'NewReplicaSetAvailable',
                  lastTransitionTime: ago(60 * 48),
                },
          ],
        },
      });
      // Decoy: every Deployment's current ReplicaSet was rolled out healthily two days ago (the
      // frontend's twenty minutes ago, from a revision that is kept, scaled to zero).
      if (healthyRollout) {
        objects.push(
          replicaSet(w.name, hashOf(`${w.name}-v1`), `shop/${w.name}:1.4.1`, 0, '7', ago(60 * 48), 0),
        );
        objects.push(replicaSet(w.name, hash, image, replicas, '8', ago(20), replicas));
      } else {
        objects.push(
          replicaSet(w.name, hash, image, refused ? 0 : replicas, '7', ago(60 * 48), refused ? 0 : replicas),
        );
      }
      if (rollingOut) objects.push(replicaSet(w.name, newHash, newImage, 1, '8', ago(14), 0));
      if (refused)
        objects.push({
          apiVersion: 'v1',
          kind: 'ResourceQuota',
          metadata: meta('shop-quota'),
          spec: { hard: { 'limits.memory': '8Gi', pods: '60' } },
          status: {
            hard: { 'limits.memory': '8Gi', pods: '60' },
            used: { 'limits.memory': '8Gi', pods: '31' },
          },
        });
      if (refused)
        objects.push(
          event(
            `${w.name}-${hash}`,
            'ReplicaSet',
            'FailedCreate',
            'Warning',
            `Error creating: pods "${w.name}-${hash}-${suffix(w.name, 9)}" is forbidden: exceeded quota: shop-quota, requested: limits.memory=128Mi, used: limits.memory=8Gi, limited: limits.memory=8Gi`,
            ago(1),
            14,
          ),
        );
      if (fault === 'resource-exhaustion' && w.component === 'frontend') objects.push(hpa(w, 2, 6, 6, true));
      if (w.component === 'checkout') objects.push(hpa(w, 2, 10, 2, false)); // decoy: an idle autoscaler
    } else {
      objects.push({
        apiVersion: 'apps/v1',
        kind: 'StatefulSet',
        metadata: meta(w.name, { labels }),
        spec: {
          replicas,
          serviceName: w.name,
          selector: { matchLabels: labels },
          template: {
            metadata: { labels },
            spec: { containers: [{ name: 'server', image, ports: [{ containerPort: w.port }] }] },
          },
          volumeClaimTemplates: [
            {
              metadata: { name: 'data' },
              spec: {
                accessModes: ['ReadWriteOnce'],
                storageClassName: 'fast-ssd',
                resources: { requests: { storage: '10Gi' } },
              },
            },
          ],
        },
        status: {
          replicas,
          readyReplicas:
            (fault === 'oom-killed' && w.component === 'redis-cart') ||
            (fault === 'storage-unavailable' && w.component === 'orders-db')
              ? 0
              : replicas,
          currentReplicas: replicas,
          updatedReplicas: replicas,
        },
      });
    }

    const podNames: string[] = [];
    if (w.kind === 'StatefulSet')
      for (let i = 0; i < replicas; i++) {
        const pending = fault === 'storage-unavailable' && w.component === 'orders-db';
        objects.push({
          apiVersion: 'v1',
          kind: 'PersistentVolumeClaim',
          metadata: meta(`data-${w.name}-${i}`, {
            labels,
            creationTimestamp: pending ? ago(12) : ago(60 * 24 * 7),
          }),
          spec: {
            accessModes: ['ReadWriteOnce'],
            storageClassName: 'fast-ssd',
            resources: { requests: { storage: '10Gi' } },
            ...(pending ? {} : { volumeName: `pvc-${hashOf(`${w.name}-${i}`)}` }),
          },
          status: pending ? { phase: 'Pending' } : { phase: 'Bound', capacity: { storage: '10Gi' } },
        });
        if (pending)
          objects.push(
            event(
              `data-${w.name}-${i}`,
              'PersistentVolumeClaim',
              'ProvisioningFailed',
              'Warning',
              'failed to provision volume with StorageClass "fast-ssd": rpc error: code = ResourceExhausted desc = quota exceeded for disks',
              ago(2),
              9,
            ),
            event(
              `${w.name}-${i}`,
              'Pod',
              'FailedScheduling',
              'Warning',
              '0/3 nodes are available: pod has unbound immediate PersistentVolumeClaims.',
              ago(2),
              11,
            ),
          );
      }
    for (let i = 0; i < (refused ? 0 : replicas); i++) {
      const name = w.kind === 'StatefulSet' ? `${w.name}-${i}` : `${w.name}-${hash}-${suffix(w.name, i)}`;
      podNames.push(name);
      objects.push(pod(name, w, hash, labels, i, { fault, now, ago }));
    }
    if (rollingOut) {
      const name = `${w.name}-${newHash}-${suffix(`${w.name}new`, 0)}`;
      objects.push(
        pod(
          name,
          w,
          newHash,
          labels,
          0,
          { fault, now, ago },
          fault === 'image-pull' ? 'image-pull' : 'not-ready-new',
        ),
      );
      if (fault === 'image-pull') {
        objects.push(
          event(
            name,
            'Pod',
            'Failed',
            'Warning',
            `Failed to pull image "${newImage}": manifest unknown`,
            ago(3),
            6,
          ),
        );
      } else {
        objects.push(
          event(
            name,
            'Pod',
            'Unhealthy',
            'Warning',
            'Readiness probe failed: HTTP probe failed with statuscode: 503',
            ago(1),
            40,
          ),
        );
      }
    }

    const selector =
      fault === 'no-endpoints' && w.component === 'shipping' ? { app: 'shipping-service' } : labels;
    objects.push({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: meta(w.name, { labels }),
      spec: {
        selector,
        ports: [{ name: 'main', port: w.port, targetPort: w.port, protocol: 'TCP' }],
        type: 'ClusterIP',
        clusterIP: `10.0.0.${uid % 250}`,
      },
    });
    const selected = selector === labels ? podNames : [];
    const readyPods = new Set(
      objects
        .filter((o) => o.kind === 'Pod')
        .filter((o) => {
          const status = (o as { status?: { containerStatuses?: { ready?: boolean }[] } }).status;
          return (
            (status?.containerStatuses ?? []).length > 0 && status!.containerStatuses!.every((c) => c.ready)
          );
        })
        .map((o) => (o as { metadata: { name: string } }).metadata.name),
    );
    const address = (p: string, i: number) => ({
      ip: `10.1.${uid % 250}.${i + 1}`,
      targetRef: { kind: 'Pod', name: p, namespace: NS },
    });
    objects.push({
      apiVersion: 'v1',
      kind: 'Endpoints',
      metadata: meta(w.name, { labels }),
      subsets: selected.length
        ? [
            {
              addresses: selected.filter((p) => readyPods.has(p)).map(address),
              notReadyAddresses: selected.filter((p) => !readyPods.has(p)).map(address),
              ports: [{ name: 'main', port: w.port, protocol: 'TCP' }],
            },
          ]
        : [],
    });

    for (const p of podNames) logs[`${NS}/${p}/server`] = healthyLog(w, now);
    // Decoy: cart's OOMKilled restarts three days ago, long healed (stale warnings included).
    if (w.component === 'cart')
      objects.push(
        event(
          podNames[0]!,
          'Pod',
          'BackOff',
          'Warning',
          'Back-off restarting failed container',
          ago(60 * 72),
          2,
        ),
        event(podNames[0]!, 'Pod', 'OOMKilling', 'Warning', 'Memory cgroup out of memory', ago(60 * 72), 4),
      );
  }

  applyFaultLogs(fault, logs, now);
  // Warning events on the pods of the faulty workload (`pods`: which replicas, by index).
  const podWarnings: Partial<
    Record<
      ShopFault,
      { workload: string; pods: number[]; reason: string; message: string; ago: number; count: number }
    >
  > = {
    'crash-loop': {
      workload: 'paymentservice',
      pods: [0, 1],
      reason: 'BackOff',
      message: 'Back-off restarting failed container server',
      ago: 1,
      count: 8,
    },
    unschedulable: {
      workload: 'recommendationservice',
      pods: [0, 1],
      reason: 'FailedScheduling',
      message: '0/3 nodes are available: 3 Insufficient memory.',
      ago: 2,
      count: 12,
    },
    'probe-failure': {
      workload: 'currencyservice',
      pods: [0, 1],
      reason: 'Unhealthy',
      message:
        'Readiness probe failed: Get "http://10.1.0.7:7000/_healthz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
      ago: 1,
      count: 25,
    },
    'config-missing': {
      workload: 'emailservice',
      pods: [0, 1],
      reason: 'Failed',
      message: 'Error: configmap "email-templates" not found',
      ago: 2,
      count: 9,
    },
  };
  const warning = fault ? podWarnings[fault] : undefined;
  if (warning)
    for (const i of warning.pods)
      objects.push(
        event(
          `${warning.workload}-${hashOf(warning.workload)}-${suffix(warning.workload, i)}`,
          'Pod',
          warning.reason,
          'Warning',
          warning.message,
          ago(warning.ago),
          warning.count,
        ),
      );
  if (fault === 'oom-killed')
    objects.push(
      event(
        'redis-cart-0',
        'Pod',
        'BackOff',
        'Warning',
        'Back-off restarting failed container redis',
        ago(2),
        5,
      ),
    );
  if (fault === 'node-pressure')
    for (const name of ['productcatalogservice', 'recommendationservice'])
      objects.push(
        event(
          `${name}-${hashOf(name)}-${suffix(name, 1)}`,
          'Pod',
          'Evicted',
          'Warning',
          'The node was low on resource: memory. Threshold quantity: 100Mi, available: 42Mi.',
          ago(4),
          1,
        ),
      );
  return { objects, logs };

  function replicaSet(
    name: string,
    h: string,
    img: string,
    replicas: number,
    revision: string,
    created: string,
    ready: number,
  ) {
    return {
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: meta(`${name}-${h}`, {
        labels: { app: name, 'pod-template-hash': h },
        creationTimestamp: created,
        annotations: { 'deployment.kubernetes.io/revision': revision },
        ownerReferences: [
          { apiVersion: 'apps/v1', kind: 'Deployment', name, uid: 'owner', controller: true },
        ],
      }),
      spec: {
        replicas,
        selector: { matchLabels: { app: name, 'pod-template-hash': h } },
        template: { spec: { containers: [{ name: 'server', image: img }] } },
      },
      status: {
        replicas,
        readyReplicas: ready,
        availableReplicas: ready,
      },
    };
  }

  function hpa(w: ShopWorkload, min: number, max: number, current: number, limited: boolean) {
    return {
      apiVersion: 'autoscaling/v2',
      kind: 'HorizontalPodAutoscaler',
      metadata: meta(w.name),
      spec: {
        scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: w.name },
        minReplicas: min,
        maxReplicas: max,
        metrics: [
          {
            type: 'Resource',
            resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } },
          },
        ],
      },
      status: {
        currentReplicas: current,
        desiredReplicas: current,
        currentMetrics: [
          {
            type: 'Resource',
            resource: { name: 'cpu', current: { averageUtilization: limited ? 186 : 31 } },
          },
        ],
        conditions: [
          { type: 'AbleToScale', status: 'True', reason: 'ReadyForNewScale', lastTransitionTime: ago(60) },
          limited
            ? {
                type: 'ScalingLimited',
                status: 'True',
                reason: 'TooManyReplicas',
                message: 'the desired replica count is more than the maximum replica count',
                lastTransitionTime: ago(8),
              }
            : {
                type: 'ScalingLimited',
                status: 'False',
                reason: 'DesiredWithinRange',
                lastTransitionTime: ago(60 * 24),
              },
        ],
      },
    };
  }

  function event(
    object: string,
    kind: string,
    reason: string,
    type: string,
    message: string,
    last: string,
    count: number,
  ) {
    return {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: meta(`${object}.${(++uid).toString(16)}`),
      involvedObject: { kind, name: object, namespace: kind === 'Node' ? undefined : NS },
      reason,
      message,
      type,
      count,
      firstTimestamp: last,
      lastTimestamp: last,
      source: { component: kind === 'Node' ? 'kubelet' : 'kubelet' },
    };
  }
}

type Ctx = { fault: ShopFault | undefined; now: Date; ago: (m: number) => string };

function pod(
  name: string,
  w: ShopWorkload,
  hash: string,
  labels: Record<string, string>,
  index: number,
  ctx: Ctx,
  variant?: 'image-pull' | 'not-ready-new',
) {
  const { fault, ago } = ctx;
  const unscheduled =
    (fault === 'unschedulable' && w.component === 'recommendation') ||
    (fault === 'storage-unavailable' && w.component === 'orders-db');
  const nodeName = unscheduled ? undefined : w.node;
  const evicted =
    fault === 'node-pressure' &&
    index === 1 &&
    (w.component === 'product-catalog' || w.component === 'recommendation');
  let reason: string | undefined;
  let message: string | undefined;
  const running = { running: { startedAt: w.component === 'frontend' ? ago(19) : ago(60 * 24 * 2) } };
  let state: Record<string, unknown> = running;
  let lastState: Record<string, unknown> = {};
  let ready = true;
  let restartCount = 0;
  if (w.component === 'cart' && index === 0) {
    // Decoy: cart was OOMKilled three days ago and has been fine since.
    restartCount = 4;
    lastState = {
      terminated: { reason: 'OOMKilled', exitCode: 137, startedAt: ago(60 * 80), finishedAt: ago(60 * 72) },
    };
  }
  let phase = 'Running';
  const conditions: Record<string, unknown>[] = [
    { type: 'PodScheduled', status: 'True', lastTransitionTime: ago(60 * 24 * 2) },
  ];
  const onBadNode = fault === 'node-not-ready' && w.node === 'node-b';

  // A container in CrashLoopBackOff after its last termination (started and finished minutes ago).
  const crashLoop = (
    backOff: string,
    container: string,
    reason: string,
    exitCode: number,
    started: number,
    restarts: number,
  ) => {
    state = {
      waiting: {
        reason: 'CrashLoopBackOff',
        message: `back-off ${backOff} restarting failed container=${container}`,
      },
    };
    lastState = { terminated: { reason, exitCode, startedAt: ago(started), finishedAt: ago(2) } };
    ready = false;
    restartCount = restarts;
  };

  if (fault === 'oom-killed' && w.component === 'redis-cart') {
    crashLoop('40s', 'redis', 'OOMKilled', 137, 4, 3);
  } else if (fault === 'oom-killed' && w.component === 'cart') {
    crashLoop('1m20s', 'server', 'Error', 1, 3, 6);
  } else if (fault === 'crash-loop' && w.component === 'payment') {
    crashLoop('2m40s', 'server', 'Error', 2, 2, 9);
  } else if (variant === 'image-pull') {
    state = {
      waiting: { reason: 'ImagePullBackOff', message: `Back-off pulling image "shop/${w.name}:1.5.0-typo"` },
    };
    ready = false;
    phase = 'Pending';
  } else if (variant === 'not-ready-new') {
    ready = false;
  } else if (fault === 'config-missing' && w.component === 'email') {
    state = {
      waiting: { reason: 'CreateContainerConfigError', message: 'configmap "email-templates" not found' },
    };
    ready = false;
    phase = 'Pending';
  } else if (fault === 'unschedulable' && w.component === 'recommendation') {
    phase = 'Pending';
    ready = false;
    conditions[0] = {
      type: 'PodScheduled',
      status: 'False',
      reason: 'Unschedulable',
      message: '0/3 nodes are available: 3 Insufficient memory.',
      lastTransitionTime: ago(5),
    };
  } else if (fault === 'storage-unavailable' && w.component === 'orders-db') {
    phase = 'Pending';
    ready = false;
    conditions[0] = {
      type: 'PodScheduled',
      status: 'False',
      reason: 'Unschedulable',
      message: '0/3 nodes are available: pod has unbound immediate PersistentVolumeClaims.',
      lastTransitionTime: ago(12),
    };
  } else if (fault === 'probe-failure' && w.component === 'currency') {
    ready = false;
  } else if (evicted) {
    phase = 'Failed';
    reason = 'Evicted';
    message = 'The node was low on resource: memory. Threshold quantity: 100Mi, available: 42Mi.';
    ready = false;
    state = { terminated: { reason: 'ContainerStatusUnknown', exitCode: 137, finishedAt: ago(4) } };
  } else if (onBadNode) {
    ready = false;
  }
  conditions.push({
    type: 'Ready',
    status: ready ? 'True' : 'False',
    lastTransitionTime: ready ? ago(60 * 24 * 2) : evicted ? ago(4) : ago(3),
  });
  const created = variant ? ctx.ago(14) : w.component === 'frontend' ? ctx.ago(20) : ctx.ago(60 * 24 * 2);
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name,
      namespace: NS,
      uid: `pod-${name}`,
      resourceVersion: '1',
      creationTimestamp: created,
      labels: {
        ...labels,
        ...(w.kind === 'Deployment'
          ? { 'pod-template-hash': hash }
          : { 'statefulset.kubernetes.io/pod-name': name }),
      },
      ownerReferences: [
        {
          apiVersion: 'apps/v1',
          kind: w.kind === 'Deployment' ? 'ReplicaSet' : 'StatefulSet',
          name: w.kind === 'Deployment' ? `${w.name}-${hash}` : w.name,
          uid: 'owner',
          controller: true,
        },
      ],
    },
    spec: {
      ...(nodeName ? { nodeName } : {}),
      containers: [
        {
          name: 'server',
          image: `shop/${w.name}:1.4.2`,
          ports: [{ containerPort: w.port }],
          resources: { limits: { memory: w.kind === 'StatefulSet' ? '256Mi' : '128Mi' } },
          ...(w.kind === 'StatefulSet' ? { volumeMounts: [{ name: 'data', mountPath: '/data' }] } : {}),
        },
      ],
      ...(w.kind === 'StatefulSet'
        ? { volumes: [{ name: 'data', persistentVolumeClaim: { claimName: `data-${name}` } }] }
        : {}),
    },
    status: {
      phase,
      ...(reason ? { reason, message } : {}),
      conditions,
      ...(nodeName ? { hostIP: '10.0.1.1', podIP: '10.1.0.1' } : {}),
      containerStatuses: unscheduled
        ? undefined
        : [
            {
              name: 'server',
              ready,
              restartCount,
              state,
              lastState,
              image: `shop/${w.name}:1.4.2`,
              imageID: '',
              started: ready,
            },
          ],
    },
  };
}

function healthyLog(w: ShopWorkload, now: Date): string {
  const t = (m: number) => new Date(now.getTime() - m * 60_000).toISOString();
  return [
    `${t(30)} INFO ${w.name} serving on :${w.port}`,
    `${t(10)} INFO health check ok`,
    `${t(1)} INFO handled 1532 requests`,
  ].join('\n');
}

function applyFaultLogs(fault: ShopFault | undefined, logs: Record<string, string>, now: Date): void {
  const t = (m: number) => new Date(now.getTime() - m * 60_000).toISOString();
  const podOf = (name: string, i = 0) => `shop/${name}-${hashOf(name)}-${suffix(name, i)}/server`;
  const lines = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join('\n');
  if (fault === 'oom-killed') {
    logs['shop/redis-cart-0/server/previous'] =
      `${t(3)} # Server initialized\n${t(2)} # WARNING: maxmemory reached, allocating`;
    for (const i of [0, 1]) {
      logs[podOf('cartservice', i)] = lines(
        30,
        (k) =>
          `${t(2)} ERROR failed to get cart: dial tcp redis-cart:6379: connect: connection refused (attempt ${k})`,
      );
      logs[`${podOf('cartservice', i)}/previous`] = lines(
        12,
        () => `${t(3)} ERROR redis: connection refused redis-cart:6379`,
      );
    }
    logs[podOf('checkoutservice')] = lines(
      20,
      () =>
        `${t(1)} ERROR rpc error: code = Unavailable desc = connection refused cartservice:7070 (HTTP 503)`,
    );
    logs[podOf('frontend')] = lines(25, () => `${t(1)} ERROR request failed status=500 path=/cart`);
  }
  if (fault === 'crash-loop') {
    const p = podOf('paymentservice');
    logs[`${p}/previous`] =
      `${t(2)} INFO starting paymentservice\n${t(2)} panic: runtime error: invalid memory address or nil pointer dereference\n${t(2)} goroutine 1 [running]:`;
    logs[podOf('checkoutservice')] = lines(
      15,
      () => `${t(1)} ERROR charge failed: connection refused paymentservice:50051`,
    );
  }
  if (fault === 'storage-unavailable')
    logs[podOf('checkoutservice')] = lines(
      18,
      () => `${t(1)} ERROR place order: dial tcp orders-db:5432: connect: connection refused`,
    );
  if (fault === 'quota-exceeded')
    for (const i of [0, 1])
      logs[podOf('frontend', i)] = lines(
        10,
        () => `${t(1)} ERROR failed to retrieve ads: dial tcp adservice:9555: connect: connection refused`,
      );
  if (fault === 'probe-failure') {
    for (const i of [0, 1])
      logs[podOf('currencyservice', i)] = lines(
        12,
        (k) => `${t(2)} WARN slow conversion rates refresh, took ${20 + k}s (upstream feed)`,
      );
    logs[podOf('frontend')] = lines(
      10,
      () =>
        `${t(1)} ERROR currency conversion failed: dial tcp currencyservice:7000: connect: connection refused`,
    );
  }
  if (fault === 'resource-exhaustion')
    for (let i = 0; i < 6; i++)
      logs[podOf('frontend', i)] = lines(
        15,
        (k) => `${t(1)} ERROR request timed out after 30s path=/product/${k} (context deadline exceeded)`,
      );
  if (fault === 'node-pressure')
    logs[podOf('frontend')] = lines(
      8,
      () => `${t(1)} ERROR request failed status=503 path=/product/OLJCESPC7Z`,
    );
  if (fault === 'no-endpoints') {
    logs[podOf('checkoutservice')] = lines(
      15,
      () => `${t(1)} ERROR get quote: dial tcp shippingservice:50051: connect: connection refused`,
    );
  }
}

function hashOf(s: string): string {
  let h = 2166136261;
  for (const c of s) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
  const alphabet = 'bcdfghjklmnpqrstvwxz2456789';
  let out = '';
  for (let i = 0; i < 9; i++) {
    out += alphabet[h % alphabet.length];
    h = Math.floor(h / alphabet.length) + (i + 1) * 7919;
  }
  return out.slice(0, 9);
}

function suffix(s: string, i: number): string {
  return hashOf(`${s}#${i}`).slice(0, 5);
}
