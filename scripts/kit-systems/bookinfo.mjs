// Istio Bookinfo (istio/istio samples/bookinfo/platform/kube: bookinfo.yaml, -details-v2, -ratings-v2-mysql, -mysql) as the
// scenario kit's system, sidecar-injected (Istio 1.23); matches test/scenarios/bookinfo/topology.yaml and its SOURCES.md.
const TAG = '1.20.1';
const img = (n) => `docker.io/istio/examples-bookinfo-${n}:${TAG}`;
const PROXY = 'docker.io/istio/proxyv2:1.23.2';

// What `istioctl kube-inject` / the injection webhook adds to every pod of the namespace.
const istioProxy = {
  name: 'istio-proxy',
  image: PROXY,
  args: [
    'proxy',
    'sidecar',
    '--domain',
    '$(POD_NAMESPACE).svc.cluster.local',
    '--proxyLogLevel=warning',
    '--proxyComponentLogLevel=misc:error',
    '--log_output_level=default:info',
  ],
  ports: [{ name: 'http-envoy-prom', containerPort: 15090 }],
  env: [
    { name: 'PILOT_CERT_PROVIDER', value: 'istiod' },
    { name: 'CA_ADDR', value: 'istiod.istio-system.svc:15012' },
    { name: 'POD_NAME', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.name' } } },
    { name: 'POD_NAMESPACE', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' } } },
    { name: 'INSTANCE_IP', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'status.podIP' } } },
    { name: 'ISTIO_META_CLUSTER_ID', value: 'Kubernetes' },
    { name: 'ISTIO_META_MESH_ID', value: 'cluster.local' },
  ],
  resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '2', memory: '1Gi' } },
  readinessProbe: {
    httpGet: { path: '/healthz/ready', port: 15021, scheme: 'HTTP' },
    initialDelaySeconds: 0,
    timeoutSeconds: 3,
    periodSeconds: 15,
    successThreshold: 1,
    failureThreshold: 4,
  },
  volumeMounts: [
    { name: 'workload-socket', mountPath: '/var/run/secrets/workload-spiffe-uds' },
    { name: 'istio-envoy', mountPath: '/etc/istio/proxy' },
    { name: 'istiod-ca-cert', mountPath: '/var/run/secrets/istio' },
    { name: 'istio-token', mountPath: '/var/run/secrets/tokens' },
  ],
  securityContext: {
    allowPrivilegeEscalation: false,
    capabilities: { drop: ['ALL'] },
    privileged: false,
    readOnlyRootFilesystem: true,
    runAsGroup: 1337,
    runAsNonRoot: true,
    runAsUser: 1337,
  },
  imagePullPolicy: 'IfNotPresent',
};
const istioInit = {
  name: 'istio-init',
  image: PROXY,
  args: [
    'istio-iptables',
    '-p',
    '15001',
    '-z',
    '15006',
    '-u',
    '1337',
    '-m',
    'REDIRECT',
    '-i',
    '*',
    '-x',
    '',
    '-b',
    '*',
    '-d',
    '15090,15021,15020',
    '--log_output_level=default:info',
  ],
  resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '2', memory: '1Gi' } },
  securityContext: {
    allowPrivilegeEscalation: false,
    capabilities: { add: ['NET_ADMIN', 'NET_RAW'], drop: ['ALL'] },
    privileged: false,
    readOnlyRootFilesystem: false,
    runAsGroup: 0,
    runAsNonRoot: false,
    runAsUser: 0,
  },
  imagePullPolicy: 'IfNotPresent',
};
const meshVolumes = [
  { name: 'workload-socket', emptyDir: {} },
  { name: 'istio-envoy', emptyDir: { medium: 'Memory' } },
  {
    name: 'istio-token',
    projected: {
      sources: [
        { serviceAccountToken: { audience: 'istio-ca', expirationSeconds: 43200, path: 'istio-token' } },
      ],
    },
  },
  { name: 'istiod-ca-cert', configMap: { name: 'istio-ca-root-cert' } },
];
const meshAnnotations = {
  'istio.io/rev': 'default',
  'kubectl.kubernetes.io/default-container': '',
  'kubectl.kubernetes.io/default-logs-container': '',
  'prometheus.io/path': '/stats/prometheus',
  'prometheus.io/port': '15020',
  'prometheus.io/scrape': 'true',
  'sidecar.istio.io/status': '',
};
const HTTP = { ports: [{ name: 'http', port: 9080, targetPort: 9080 }] };

const app = (name, container, { serviceAccount, volumes = [], annotations = {}, service, replicas } = {}) => {
  const a = meshAnnotations;
  return {
    name,
    initContainers: [istioInit],
    containers: [{ imagePullPolicy: 'IfNotPresent', ...container }, istioProxy],
    volumes: [...meshVolumes, ...volumes],
    podAnnotations: {
      ...a,
      'kubectl.kubernetes.io/default-container': container.name,
      'kubectl.kubernetes.io/default-logs-container': container.name,
      'sidecar.istio.io/status': `{"initContainers":["istio-init"],"containers":["istio-proxy"],"volumes":["workload-socket","credential-socket","workload-certs","istio-envoy","istio-data","istio-podinfo","istio-token","istiod-ca-cert"],"imagePullSecrets":null,"revision":"default"}`,
      ...annotations,
    },
    ...(serviceAccount ? { serviceAccountName: serviceAccount } : {}),
    ...(service ? { service } : {}),
    ...(replicas ? { replicas } : {}),
  };
};
const reviews = (v) =>
  app(
    `reviews-${v}`,
    {
      name: 'reviews',
      image: img(`reviews-${v}`),
      env: [{ name: 'LOG_DIR', value: '/tmp/logs' }],
      ports: [{ containerPort: 9080 }],
      volumeMounts: [
        { name: 'tmp', mountPath: '/tmp' },
        { name: 'wlp-output', mountPath: '/opt/ibm/wlp/output' },
      ],
    },
    {
      serviceAccount: 'bookinfo-reviews',
      volumes: [
        { name: 'wlp-output', emptyDir: {} },
        { name: 'tmp', emptyDir: {} },
      ],
      service: v === 'v3' ? { name: 'reviews', ...HTTP } : undefined,
    },
  );

export const system = {
  id: 'bookinfo',
  namespace: 'bookinfo',
  // name-vN[-x] -> { app: name, version: vN[-x] } as in the upstream Deployments.
  labels: (name) => {
    const m = /^(.*?)-(v\d.*)$/.exec(name);
    return { app: m[1], version: m[2] };
  },
  nodeLabels: (n) => ({
    'eks.amazonaws.com/nodegroup': 'bookinfo-ng-1',
    'eks.amazonaws.com/capacityType': 'ON_DEMAND',
    'node.kubernetes.io/instance-type': 'm5.large',
    'topology.kubernetes.io/region': 'us-east-2',
    'topology.kubernetes.io/zone': n.zone,
  }),
  kernel: '6.1.115-126.197.amzn2023.x86_64',
  osImage: 'Amazon Linux 2023.6.20241121',
  kubelet: 'v1.30.6-eks-94953ac',
  nodes: [
    {
      name: 'ip-192-168-11-74.us-east-2.compute.internal',
      ip: '192.168.11.74',
      podCidr: '192.168.8',
      zone: 'us-east-2a',
      providerID: 'aws:///us-east-2a/i-0a4f2c81d95e3b716',
    },
    {
      name: 'ip-192-168-45-130.us-east-2.compute.internal',
      ip: '192.168.45.130',
      podCidr: '192.168.40',
      zone: 'us-east-2b',
      providerID: 'aws:///us-east-2b/i-03d7e1b9a6c42f058',
    },
    {
      name: 'ip-192-168-77-9.us-east-2.compute.internal',
      ip: '192.168.77.9',
      podCidr: '192.168.72',
      zone: 'us-east-2c',
      providerID: 'aws:///us-east-2c/i-0f16b8a3e27d5c94b',
    },
  ],
  workloads: [
    app(
      'details-v1',
      { name: 'details', image: img('details-v1'), ports: [{ containerPort: 9080 }] },
      { serviceAccount: 'bookinfo-details' },
    ),
    // bookinfo-details-v2.yaml: the image is built with ENABLE_EXTERNAL_BOOK_SERVICE=true; plain HTTP, TLS originated by the mesh.
    app(
      'details-v2',
      {
        name: 'details',
        image: 'docker.io/istio/examples-bookinfo-details-v2:1.16.0',
        ports: [{ containerPort: 9080 }],
        env: [{ name: 'DO_NOT_ENCRYPT', value: 'true' }],
      },
      { service: { name: 'details', ...HTTP } },
    ),
    app(
      'ratings-v1',
      { name: 'ratings', image: img('ratings-v1'), ports: [{ containerPort: 9080 }] },
      { serviceAccount: 'bookinfo-ratings' },
    ),
    app(
      'ratings-v2-mysql',
      {
        name: 'ratings',
        image: 'docker.io/istio/examples-bookinfo-ratings-v2:1.17.0',
        ports: [{ containerPort: 9080 }],
        env: [
          { name: 'DB_TYPE', value: 'mysql' },
          { name: 'MYSQL_DB_HOST', value: 'mysqldb' },
          { name: 'MYSQL_DB_PORT', value: '3306' },
          { name: 'MYSQL_DB_USER', value: 'root' },
          { name: 'MYSQL_DB_PASSWORD', value: 'password' },
        ],
      },
      { service: { name: 'ratings', ...HTTP } },
    ),
    reviews('v1'),
    reviews('v2'),
    reviews('v3'),
    app(
      'productpage-v1',
      {
        name: 'productpage',
        image: img('productpage-v1'),
        ports: [{ containerPort: 9080 }],
        volumeMounts: [{ name: 'tmp', mountPath: '/tmp' }],
      },
      {
        serviceAccount: 'bookinfo-productpage',
        volumes: [{ name: 'tmp', emptyDir: {} }],
        service: { name: 'productpage', ...HTTP },
        annotations: {
          'prometheus.io/scrape': 'true',
          'prometheus.io/port': '9080',
          'prometheus.io/path': '/metrics',
        },
      },
    ),
    app(
      'mysqldb-v1',
      {
        name: 'mysqldb',
        image: img('mysqldb'),
        args: ['--default-authentication-plugin', 'mysql_native_password'],
        ports: [{ containerPort: 3306 }],
        env: [
          {
            name: 'MYSQL_ROOT_PASSWORD',
            valueFrom: { secretKeyRef: { name: 'mysql-credentials', key: 'rootpasswd' } },
          },
        ],
        volumeMounts: [{ name: 'var-lib-mysql', mountPath: '/var/lib/mysql' }],
      },
      {
        volumes: [{ name: 'var-lib-mysql', emptyDir: {} }],
        service: { name: 'mysqldb', ports: [{ name: 'tcp', port: 3306, targetPort: 3306 }] },
      },
    ),
  ],
};

// The four HTTP Services select by `app` only (every version behind one Service); the kit's default selector is the
// workload's own labels, so a bookinfo scenario goes through this to get the upstream selectors.
const SELECT = {
  'details-v2': 'details',
  'ratings-v2-mysql': 'ratings',
  'reviews-v3': 'reviews',
  'productpage-v1': 'productpage',
  'mysqldb-v1': 'mysqldb',
};
export function bookinfoScenario(spec) {
  const workloads = { ...(spec.workloads ?? {}) };
  for (const [wl, appName] of Object.entries(SELECT))
    workloads[wl] = { serviceSelector: { app: appName }, ...(workloads[wl] ?? {}) };
  return { ...spec, workloads };
}
