// Stan's Robot Shop (instana/robot-shop K8s/helm at 55292e2, images robotshop/rs-*:2.1.0) as a system definition for the
// scenario kit (scripts/s2-scenario-kit.mjs), matching test/scenarios/robot-shop/topology.yaml; helpers for specs.
const res = (rc, rm, lc, lm) => ({ limits: { cpu: lc, memory: lm }, requests: { cpu: rc, memory: rm } });
const small = res('100m', '50Mi', '200m', '100Mi');
const agentEnv = [
  { name: 'INSTANA_AGENT_HOST', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'status.hostIP' } } },
];
const rs = (name) => `robotshop/rs-${name}:2.1.0`;
const readiness = (path, port) => ({
  httpGet: { path, port, scheme: 'HTTP' },
  initialDelaySeconds: 5,
  timeoutSeconds: 1,
  periodSeconds: 5,
  successThreshold: 1,
  failureThreshold: 30,
});
const node = (name, extra) => ({
  name,
  containers: [{ name, image: rs(name), env: agentEnv, ports: [{ containerPort: 8080 }], resources: small }],
  service: { ports: [{ name: 'http', port: 8080, targetPort: 8080 }] },
  ...extra,
});

export const system = {
  id: 'robot-shop',
  namespace: 'robot-shop',
  labels: (name) => (name === 'payment' ? { service: 'payment', stage: 'prod' } : { service: name }),
  nodeLabels: (n) => ({
    'eks.amazonaws.com/nodegroup': 'robot-shop-ng-1',
    'eks.amazonaws.com/capacityType': 'ON_DEMAND',
    'node.kubernetes.io/instance-type': 'm5.large',
    'topology.kubernetes.io/region': 'eu-west-1',
    'topology.kubernetes.io/zone': n.zone,
    'beta.kubernetes.io/os': 'linux',
  }),
  kernel: '5.10.226-214.880.amzn2.x86_64',
  osImage: 'Amazon Linux 2',
  kubelet: 'v1.30.6-eks-94953ac',
  nodes: [
    {
      name: 'ip-10-1-1-84.eu-west-1.compute.internal',
      ip: '10.1.1.84',
      podCidr: '10.1.1',
      zone: 'eu-west-1a',
      providerID: 'aws:///eu-west-1a/i-0a3d71c5e92f4b618',
      cpu: '2',
      allocCpu: '1930m',
      memory: '7910340Ki',
      allocMemory: '7220164Ki',
    },
    {
      name: 'ip-10-1-2-137.eu-west-1.compute.internal',
      ip: '10.1.2.137',
      podCidr: '10.1.2',
      zone: 'eu-west-1b',
      providerID: 'aws:///eu-west-1b/i-04c8e2b19d7a6f350',
      cpu: '2',
      allocCpu: '1930m',
      memory: '7910340Ki',
      allocMemory: '7220164Ki',
    },
    {
      name: 'ip-10-1-3-206.eu-west-1.compute.internal',
      ip: '10.1.3.206',
      podCidr: '10.1.3',
      zone: 'eu-west-1c',
      providerID: 'aws:///eu-west-1c/i-0f5b9e3a7c1d28e47',
      cpu: '2',
      allocCpu: '1930m',
      memory: '7910340Ki',
      allocMemory: '7220164Ki',
    },
  ],
  workloads: [
    node('cart'),
    node('catalogue'),
    {
      name: 'dispatch',
      containers: [{ name: 'dispatch', image: rs('dispatch'), env: agentEnv, resources: small }],
      // headless upstream (clusterIP: None, port 55555, targetPort 0 which the API defaults to the port); see headless below
      service: { ports: [{ name: 'headless', port: 55555, targetPort: 55555 }] },
    },
    {
      name: 'mongodb',
      containers: [
        {
          name: 'mongodb',
          image: rs('mongodb'),
          ports: [{ containerPort: 27017 }],
          resources: res('100m', '100Mi', '200m', '200Mi'),
        },
      ],
      service: { ports: [{ name: 'mongo', port: 27017, targetPort: 27017 }] },
    },
    {
      name: 'mysql',
      containers: [
        {
          name: 'mysql',
          image: rs('mysql-db'),
          securityContext: { capabilities: { add: ['NET_ADMIN'] } },
          ports: [{ containerPort: 3306 }],
          resources: res('100m', '700Mi', '200m', '1Gi'),
        },
      ],
      service: { ports: [{ name: 'mysql', port: 3306, targetPort: 3306 }] },
    },
    node('payment'),
    {
      name: 'rabbitmq',
      containers: [
        {
          name: 'rabbitmq',
          image: 'rabbitmq:3.7-management-alpine',
          ports: [{ containerPort: 5672 }, { containerPort: 15672 }],
          resources: res('100m', '256Mi', '200m', '512Mi'),
        },
      ],
      service: {
        ports: [
          { name: 'tcp-amqp', port: 5672, targetPort: 5672 },
          { name: 'http-management', port: 15672, targetPort: 15672 },
          { name: 'tcp-epmd', port: 4369, targetPort: 4369 },
        ],
      },
    },
    {
      name: 'ratings',
      containers: [
        {
          name: 'ratings',
          image: rs('ratings'),
          ports: [{ containerPort: 80 }],
          resources: small,
          readinessProbe: readiness('/_health', 80),
        },
      ],
      service: { ports: [{ name: 'http', port: 80, targetPort: 80 }] },
    },
    {
      name: 'redis',
      kind: 'StatefulSet',
      containers: [
        {
          name: 'redis',
          image: 'redis:4.0.6',
          imagePullPolicy: 'IfNotPresent',
          ports: [{ containerPort: 6379 }],
          volumeMounts: [{ name: 'data', mountPath: '/mnt/redis' }],
          resources: small,
        },
      ],
      volumeClaimTemplates: [
        {
          apiVersion: 'v1',
          kind: 'PersistentVolumeClaim',
          metadata: { name: 'data', creationTimestamp: null },
          spec: {
            accessModes: ['ReadWriteOnce'],
            storageClassName: 'gp2',
            volumeMode: 'Filesystem',
            resources: { requests: { storage: '1Gi' } },
          },
          status: { phase: 'Pending' },
        },
      ],
      service: { ports: [{ name: 'redis', port: 6379, targetPort: 6379 }] },
    },
    {
      name: 'shipping',
      containers: [
        {
          name: 'shipping',
          image: rs('shipping'),
          ports: [{ containerPort: 8080 }],
          resources: res('100m', '500Mi', '200m', '1000Mi'),
          readinessProbe: readiness('/health', 8080),
        },
      ],
      service: { ports: [{ name: 'http', port: 8080, targetPort: 8080 }] },
    },
    node('user'),
    {
      name: 'web',
      containers: [{ name: 'web', image: rs('web'), ports: [{ containerPort: 8080 }], resources: small }],
      service: { ports: [{ name: 'http', port: 8080, targetPort: 8080 }], type: 'LoadBalancer' },
    },
  ],
};

/** redis' volumeClaimTemplate `data` with the release installed `--set redis.storageClassName=gp2` (SOURCES.md). */
export const defaultPvcs = [
  {
    name: 'data-redis-0',
    size: '1Gi',
    storageClass: 'gp2',
    volume: 'pvc-5b0e9c3d-41a7-4f2e-9d8a-6c1e7f30b2a4',
    provisioner: 'ebs.csi.aws.com',
  },
];

/** Upstream Service selectors that differ from the pod labels (payment-service.yaml selects only `service: payment`),
 *  the headless dispatch Service, and the StatefulSet pod name; the kit cannot express them in a system definition. */
export const serviceSelectors = { payment: { service: 'payment' } };
export const headless = ['dispatch'];
export function withDefaults(spec) {
  const workloads = { ...(spec.workloads ?? {}) };
  for (const [name, sel] of Object.entries(serviceSelectors))
    workloads[name] = { serviceSelector: sel, ...(workloads[name] ?? {}) };
  const r = workloads.redis ?? {};
  workloads.redis = { ...r, pods: (r.pods ?? [{}]).map((p, i) => ({ name: `redis-${i}`, ...p })) };
  return { ...spec, workloads };
}

/** pino 5 (`useLevelLabels: true`) as cart, catalogue and user print it. */
export const pino = (T, min, level, host, msg, extra = '') =>
  `{"level":"${level}","time":${Date.parse(T.isoMs(min))},"pid":1,"hostname":"${host}",${extra}"msg":"${msg}","v":1}`;
