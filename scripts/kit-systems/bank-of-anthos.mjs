// Bank of Anthos (GoogleCloudPlatform/bank-of-anthos kubernetes-manifests/ at d0af047) as a system definition for the
// scenario kit (scripts/s2-scenario-kit.mjs): workloads, Services, env, probes and resources as upstream; helpers for specs.
const TEAM = {
  frontend: 'frontend',
  userservice: 'accounts',
  contacts: 'accounts',
  'accounts-db': 'accounts',
  ledgerwriter: 'ledger',
  balancereader: 'ledger',
  transactionhistory: 'ledger',
  'ledger-db': 'ledger',
  loadgenerator: 'loadgenerator',
};
const TIER = {
  frontend: 'web',
  userservice: 'backend',
  contacts: 'backend',
  ledgerwriter: 'backend',
  balancereader: 'backend',
  transactionhistory: 'backend',
  'accounts-db': 'db',
  'ledger-db': 'db',
  loadgenerator: 'test',
};
const REG = 'us-central1-docker.pkg.dev/bank-of-anthos-ci/bank-of-anthos';
const DIGEST = {
  frontend: '076294ce717309f711743fa3b72a9809c7f156edf1c4fa58505fd9f436d65345',
  userservice: 'd8c4412edc46ab105000f721788b73301651cc43b19cee7e7302739f81882dcc',
  contacts: '90d47594270e64f8dafa6da52c89ff70c2483cca0821dff2cc38b1450ac7a6b9',
  ledgerwriter: 'eae37de0d9b28fec7534c1ea860868c87279b0a85b405f8fd66c3d7734e3e42f',
  balancereader: 'feae443c650786c253bbfa3447d0902dd1689122c13962f97ccc37068d73733b',
  transactionhistory: '109cdad9c29a46af2708574ac4635dd73afa30cc020a4fef0266abcde87db744',
  'accounts-db': 'd95c4094c75f69069b915ef3adc99a8f95e43077885140cdeeb90d807ea74eff',
  'ledger-db': '891cb7afe34f358ce7ed7002a1923b25e113b30bca44fecb10cc8b116d665a03',
  loadgenerator: 'dd7e27f1b1bcbb9c85070eb900a6060d098d06d62ef03f98182424919895df83',
};
export const image = (name, tag = 'v0.6.10') => `${REG}/${name}:${tag}@sha256:${DIGEST[name]}`;
const res = (rc, rm, lc, lm, eph) => ({
  limits: { cpu: lc, ...(eph ? { 'ephemeral-storage': eph } : {}), memory: lm },
  requests: { cpu: rc, ...(eph ? { 'ephemeral-storage': eph } : {}), memory: rm },
});
const probe = (path, initial, period, timeout, failure = 3) => ({
  httpGet: { path, port: 8080, scheme: 'HTTP' },
  ...(initial ? { initialDelaySeconds: initial } : {}),
  timeoutSeconds: timeout,
  periodSeconds: period,
  successThreshold: 1,
  failureThreshold: failure,
});
const sec = {
  allowPrivilegeEscalation: false,
  capabilities: { drop: ['all'] },
  privileged: false,
  readOnlyRootFilesystem: true,
};
const podSec = { fsGroup: 1000, runAsGroup: 1000, runAsNonRoot: true, runAsUser: 1000 };
const ISTIO = { 'proxy.istio.io/config': '{ "holdApplicationUntilProxyStarts": true }' };
const cm = (name) => ({ configMapRef: { name } });
const nsEnv = {
  name: 'NAMESPACE',
  valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' } },
};
const pubkeyVols = [
  { name: 'tmp', emptyDir: {} },
  {
    name: 'publickey',
    secret: {
      secretName: 'jwt-key',
      items: [{ key: 'jwtRS256.key.pub', path: 'publickey' }],
      defaultMode: 420,
    },
  },
];
const pubkeyMounts = [
  { mountPath: '/tmp', name: 'tmp' },
  { mountPath: '/tmp/.ssh', name: 'publickey', readOnly: true },
];
const JVM = {
  name: 'JVM_OPTS',
  value: '-XX:+UnlockExperimentalVMOptions -XX:+UseCGroupMemoryLimitForHeap -Xms256m -Xmx512m',
};
const backend = (name, extra) => ({
  name,
  podAnnotations: ISTIO,
  serviceAccountName: 'bank-of-anthos',
  podSecurityContext: podSec,
  terminationGracePeriodSeconds: 5,
  volumes: pubkeyVols,
  service: { ports: [{ name: 'http', port: 8080, targetPort: 8080 }] },
  ...extra,
});
const java = (name, env, envFrom, liveness) =>
  backend(name, {
    containers: [
      {
        name,
        image: image(name),
        env: [
          { name: 'VERSION', value: 'v0.6.10' },
          { name: 'PORT', value: '8080' },
          { name: 'ENABLE_TRACING', value: 'true' },
          { name: 'ENABLE_METRICS', value: 'true' },
          ...env,
          JVM,
          { name: 'LOG_LEVEL', value: 'info' },
          nsEnv,
        ],
        envFrom: envFrom.map(cm),
        resources: res('100m', '256Mi', '500m', '512Mi', '512Mi'),
        securityContext: sec,
        volumeMounts: pubkeyMounts,
        readinessProbe: probe('/ready', 60, 5, 10),
        ...(liveness ? { livenessProbe: probe('/healthy', 120, 5, 10) } : {}),
        // startupProbe (failureThreshold 30, periodSeconds 10 on /ready or /healthy) is upstream too; the kit does not emit startupProbe.
      },
    ],
  });
const postgres = (name, container, limits) => ({
  name,
  kind: 'StatefulSet',
  serviceAccountName: 'default',
  containers: [
    {
      name: container,
      image: image(name),
      envFrom: [cm('environment-config'), cm(`${name}-config`), cm('demo-data-config')],
      ports: [{ containerPort: 5432 }],
      resources: limits,
      volumeMounts: [{ mountPath: '/var/lib/postgresql/data', name: 'postgresdb', subPath: 'postgres' }],
    },
  ],
  volumes: [{ name: 'postgresdb', emptyDir: {} }],
  service: { ports: [{ name: 'tcp', port: 5432, targetPort: 5432 }] },
});

export const system = {
  id: 'bank-of-anthos',
  namespace: 'bank-of-anthos',
  labels: (name) =>
    name === 'loadgenerator'
      ? { app: name, environment: 'development', team: 'loadgenerator', tier: 'test' }
      : {
          app: name,
          application: 'bank-of-anthos',
          environment: 'development',
          team: TEAM[name],
          tier: TIER[name],
        },
  nodeLabels: (n) => ({
    'cloud.google.com/gke-nodepool': 'pool-1',
    'cloud.google.com/gke-os-distribution': 'cos',
    'cloud.google.com/machine-family': 'e2',
    'node.kubernetes.io/instance-type': 'e2-standard-4',
    'topology.kubernetes.io/region': 'us-central1',
    'topology.kubernetes.io/zone': n.zone,
    'beta.kubernetes.io/os': 'linux',
  }),
  kernel: '6.1.100+',
  osImage: 'Container-Optimized OS from Google',
  kubelet: 'v1.30.5-gke.1443001',
  nodes: [
    {
      name: 'gke-boa-prod-pool-1-3f9a2c41-7kqm',
      ip: '10.128.0.21',
      podCidr: '10.52.0',
      zone: 'us-central1-a',
      providerID: 'gce://boa-prod/us-central1-a/gke-boa-prod-pool-1-3f9a2c41-7kqm',
    },
    {
      name: 'gke-boa-prod-pool-1-3f9a2c41-h2xd',
      ip: '10.128.0.22',
      podCidr: '10.52.1',
      zone: 'us-central1-a',
      providerID: 'gce://boa-prod/us-central1-a/gke-boa-prod-pool-1-3f9a2c41-h2xd',
    },
    {
      name: 'gke-boa-prod-pool-1-3f9a2c41-w5tn',
      ip: '10.128.0.23',
      podCidr: '10.52.2',
      zone: 'us-central1-a',
      providerID: 'gce://boa-prod/us-central1-a/gke-boa-prod-pool-1-3f9a2c41-w5tn',
    },
  ],
  workloads: [
    backend('frontend', {
      containers: [
        {
          name: 'front',
          image: image('frontend'),
          env: [
            { name: 'VERSION', value: 'v0.6.10' },
            { name: 'PORT', value: '8080' },
            { name: 'ENABLE_TRACING', value: 'true' },
            { name: 'SCHEME', value: 'http' },
            { name: 'LOG_LEVEL', value: 'info' },
            {
              name: 'DEFAULT_USERNAME',
              valueFrom: { configMapKeyRef: { key: 'DEMO_LOGIN_USERNAME', name: 'demo-data-config' } },
            },
            {
              name: 'DEFAULT_PASSWORD',
              valueFrom: { configMapKeyRef: { key: 'DEMO_LOGIN_PASSWORD', name: 'demo-data-config' } },
            },
            {
              name: 'REGISTERED_OAUTH_CLIENT_ID',
              valueFrom: {
                configMapKeyRef: { key: 'DEMO_OAUTH_CLIENT_ID', name: 'oauth-config', optional: true },
              },
            },
            {
              name: 'ALLOWED_OAUTH_REDIRECT_URI',
              valueFrom: {
                configMapKeyRef: { key: 'DEMO_OAUTH_REDIRECT_URI', name: 'oauth-config', optional: true },
              },
            },
          ],
          envFrom: [cm('environment-config'), cm('service-api-config')],
          resources: res('100m', '64Mi', '250m', '128Mi'),
          securityContext: sec,
          volumeMounts: pubkeyMounts,
          livenessProbe: probe('/ready', 60, 15, 30),
          readinessProbe: probe('/ready', 10, 5, 10),
        },
      ],
      service: { ports: [{ name: 'http', port: 80, targetPort: 8080 }], type: 'LoadBalancer' },
    }),
    backend('userservice', {
      containers: [
        {
          name: 'userservice',
          image: image('userservice'),
          env: [
            { name: 'VERSION', value: 'v0.6.10' },
            { name: 'PORT', value: '8080' },
            { name: 'ENABLE_TRACING', value: 'true' },
            { name: 'TOKEN_EXPIRY_SECONDS', value: '3600' },
            { name: 'PRIV_KEY_PATH', value: '/tmp/.ssh/privatekey' },
            { name: 'LOG_LEVEL', value: 'info' },
          ],
          envFrom: [cm('environment-config'), cm('accounts-db-config')],
          ports: [{ name: 'http-server', containerPort: 8080 }],
          resources: res('260m', '128Mi', '500m', '256Mi', '256Mi'),
          securityContext: sec,
          volumeMounts: [
            { mountPath: '/tmp', name: 'tmp' },
            { mountPath: '/tmp/.ssh', name: 'keys', readOnly: true },
          ],
          readinessProbe: probe('/ready', 10, 5, 10),
        },
      ],
      volumes: [
        { name: 'tmp', emptyDir: {} },
        {
          name: 'keys',
          secret: {
            secretName: 'jwt-key',
            items: [
              { key: 'jwtRS256.key', path: 'privatekey' },
              { key: 'jwtRS256.key.pub', path: 'publickey' },
            ],
            defaultMode: 420,
          },
        },
      ],
    }),
    backend('contacts', {
      containers: [
        {
          name: 'contacts',
          image: image('contacts'),
          env: [
            { name: 'VERSION', value: 'v0.6.10' },
            { name: 'PORT', value: '8080' },
            { name: 'ENABLE_TRACING', value: 'true' },
            { name: 'LOG_LEVEL', value: 'info' },
          ],
          envFrom: [cm('environment-config'), cm('accounts-db-config')],
          resources: res('100m', '64Mi', '250m', '128Mi', '256Mi'),
          securityContext: sec,
          volumeMounts: pubkeyMounts,
          readinessProbe: probe('/ready', 10, 5, 10),
        },
      ],
    }),
    java('ledgerwriter', [], ['environment-config', 'service-api-config', 'ledger-db-config'], false),
    java(
      'balancereader',
      [
        { name: 'POLL_MS', value: '100' },
        { name: 'CACHE_SIZE', value: '1000000' },
      ],
      ['environment-config', 'ledger-db-config'],
      true,
    ),
    java(
      'transactionhistory',
      [
        { name: 'POLL_MS', value: '100' },
        { name: 'CACHE_SIZE', value: '1000' },
        { name: 'CACHE_MINUTES', value: '60' },
        { name: 'HISTORY_LIMIT', value: '100' },
      ],
      ['environment-config', 'ledger-db-config'],
      true,
    ),
    postgres('accounts-db', 'accounts-db', res('100m', '128Mi', '250m', '512Mi')),
    postgres('ledger-db', 'postgres', res('100m', '512Mi', '250m', '1Gi')),
    {
      name: 'loadgenerator',
      podAnnotations: { 'sidecar.istio.io/rewriteAppHTTPProbers': 'true' },
      podSecurityContext: podSec,
      terminationGracePeriodSeconds: 5,
      containers: [
        {
          name: 'loadgenerator',
          image: image('loadgenerator'),
          env: [
            { name: 'FRONTEND_ADDR', value: 'frontend:80' },
            { name: 'USERS', value: '5' },
            { name: 'LOG_LEVEL', value: 'error' },
          ],
          resources: res('100m', '512Mi', '250m', '1Gi'),
          securityContext: sec,
        },
      ],
    },
  ],
};

/** The ConfigMaps of kubernetes-manifests/ (names and keys only). */
export const configMaps = [
  { name: 'environment-config', keys: ['LOCAL_ROUTING_NUM', 'PUB_KEY_PATH'] },
  {
    name: 'service-api-config',
    keys: [
      'TRANSACTIONS_API_ADDR',
      'BALANCES_API_ADDR',
      'HISTORY_API_ADDR',
      'CONTACTS_API_ADDR',
      'USERSERVICE_API_ADDR',
    ],
  },
  { name: 'demo-data-config', keys: ['USE_DEMO_DATA', 'DEMO_LOGIN_USERNAME', 'DEMO_LOGIN_PASSWORD'] },
  {
    name: 'accounts-db-config',
    keys: ['ACCOUNTS_DB_URI', 'POSTGRES_DB', 'POSTGRES_PASSWORD', 'POSTGRES_USER'],
  },
  {
    name: 'ledger-db-config',
    keys: [
      'POSTGRES_DB',
      'POSTGRES_PASSWORD',
      'POSTGRES_USER',
      'SPRING_DATASOURCE_PASSWORD',
      'SPRING_DATASOURCE_URL',
      'SPRING_DATASOURCE_USERNAME',
    ],
  },
];

/** StatefulSet pods are named <sts>-<ordinal>; the kit names pods after a ReplicaSet unless a spec names them. */
export const STATEFULSETS = ['accounts-db', 'ledger-db'];
export function withDefaults(spec) {
  const workloads = { ...(spec.workloads ?? {}) };
  for (const s of STATEFULSETS) {
    const o = workloads[s] ?? {};
    const pods = (o.pods ?? [{}]).map((p, i) => ({ name: `${s}-${i}`, ...p }));
    workloads[s] = { ...o, pods };
  }
  return { ...spec, workloads, configMaps: spec.configMaps ?? configMaps };
}

/** Log line helpers: the JSON shapes of src/ledger/<svc>/log4j2.xml and src/<svc>/logging.conf (`"%M | %msg"`, `"%(funcName)s | %(message)s"`);
// neither layout escapes quotes inside the message, so such lines are not valid JSON, as upstream prints them. */
export const jlog = (T, min, sev, method, msg) =>
  `{"timestamp": "${T.java(min).slice(0, 19)}", "message": "${method} | ${msg}", "severity": "${sev}"}`;
export const plog = jlog;
