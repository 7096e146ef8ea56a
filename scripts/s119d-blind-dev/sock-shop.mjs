// Batch s119d (blind, dev): one Sock Shop no-fault scenario — a customer typing the wrong password after a user-db restart.
// System part copied from scripts/s2-scenarios/sock-shop.mjs (microservices-demo/microservices-demo complete-demo.yaml 9dff06f).
import { clock, cs } from '../s2-scenario-kit.mjs';

const res = (rc, rm, lc, lm) => ({ requests: { cpu: rc, memory: rm }, limits: { cpu: lc, memory: lm } });
const http = (path, port, initial) => ({ httpGet: { path, port, scheme: 'HTTP' }, initialDelaySeconds: initial, timeoutSeconds: 1, periodSeconds: 3, successThreshold: 1, failureThreshold: 3 });
const JAVA_OPTS = { name: 'JAVA_OPTS', value: '-Xms64m -Xmx128m -XX:+UseG1GC -Djava.security.egd=file:/dev/urandom -Dspring.zipkin.enabled=false' };
const secJava = { runAsNonRoot: true, runAsUser: 10001, capabilities: { drop: ['all'], add: ['NET_BIND_SERVICE'] }, readOnlyRootFilesystem: true };
const tmp = { volumeMounts: [{ mountPath: '/tmp', name: 'tmp-volume' }] };
const tmpVol = [{ name: 'tmp-volume', emptyDir: { medium: 'Memory' } }];
const java = (name, tag, r) => ({
  name,
  containers: [{ name, image: `weaveworksdemos/${name}:${tag}`, env: [JAVA_OPTS], resources: r, ports: [{ containerPort: 80 }], securityContext: secJava, ...tmp }],
  volumes: tmpVol, nodeSelector: { 'beta.kubernetes.io/os': 'linux' }, service: { ports: [{ port: 80, targetPort: 80 }] },
});
const mongo = (name) => ({
  name,
  containers: [{ name, image: 'mongo', ports: [{ name: 'mongo', containerPort: 27017 }], securityContext: { capabilities: { drop: ['all'], add: ['CHOWN', 'SETGID', 'SETUID'] }, readOnlyRootFilesystem: true }, ...tmp }],
  volumes: tmpVol, nodeSelector: { 'beta.kubernetes.io/os': 'linux' }, service: { ports: [{ port: 27017, targetPort: 27017 }] },
});

export const system = {
  id: 'sock-shop',
  namespace: 'sock-shop',
  labels: (name) => ({ name }),
  nodeLabels: (n) => ({ 'eks.amazonaws.com/nodegroup': n.group ?? 'general-2024', 'node.kubernetes.io/instance-type': 'm5.xlarge', 'topology.kubernetes.io/zone': n.zone, 'beta.kubernetes.io/os': 'linux' }),
  kernel: '5.10.227-219.884.amzn2.x86_64', osImage: 'Amazon Linux 2', kubelet: 'v1.29.10-eks-94953ac',
  nodes: [
    { name: 'ip-10-0-1-23.eu-west-1.compute.internal', ip: '10.0.1.23', podCidr: '10.0.1', zone: 'eu-west-1a', providerID: 'aws:///eu-west-1a/i-07d1f3c9a2b4e6f80' },
    { name: 'ip-10-0-2-148.eu-west-1.compute.internal', ip: '10.0.2.148', podCidr: '10.0.2', zone: 'eu-west-1b', providerID: 'aws:///eu-west-1b/i-0b8e24c61f5a3d917' },
    { name: 'ip-10-0-3-91.eu-west-1.compute.internal', ip: '10.0.3.91', podCidr: '10.0.3', zone: 'eu-west-1c', providerID: 'aws:///eu-west-1c/i-0e3a97d1c4f28b605' },
  ],
  workloads: [
    { ...java('carts', '0.4.8', res('100m', '200Mi', '300m', '500Mi')) },
    mongo('carts-db'),
    {
      name: 'catalogue',
      containers: [{ name: 'catalogue', image: 'weaveworksdemos/catalogue:0.3.5', command: ['/app'], args: ['-port=80'], resources: res('100m', '100Mi', '200m', '200Mi'), ports: [{ containerPort: 80 }], securityContext: { runAsNonRoot: true, runAsUser: 10001, capabilities: { drop: ['all'], add: ['NET_BIND_SERVICE'] }, readOnlyRootFilesystem: true }, livenessProbe: http('/health', 80, 300), readinessProbe: http('/health', 80, 180) }],
      nodeSelector: { 'beta.kubernetes.io/os': 'linux' }, service: { ports: [{ port: 80, targetPort: 80 }] },
    },
    {
      name: 'catalogue-db',
      containers: [{ name: 'catalogue-db', image: 'weaveworksdemos/catalogue-db:0.3.0', env: [{ name: 'MYSQL_ROOT_PASSWORD', valueFrom: { secretKeyRef: { name: 'catalogue-db', key: 'root-password' } } }, { name: 'MYSQL_DATABASE', value: 'socksdb' }], ports: [{ name: 'mysql', containerPort: 3306 }] }],
      nodeSelector: { 'beta.kubernetes.io/os': 'linux' }, service: { ports: [{ port: 3306, targetPort: 3306 }] },
    },
    {
      name: 'front-end', replicas: 2,
      containers: [{ name: 'front-end', image: 'weaveworksdemos/front-end:0.3.12', resources: res('100m', '300Mi', '300m', '1000Mi'), ports: [{ containerPort: 8079 }], env: [{ name: 'SESSION_REDIS', value: 'true' }], securityContext: { runAsNonRoot: true, runAsUser: 10001, capabilities: { drop: ['all'] }, readOnlyRootFilesystem: true }, livenessProbe: http('/', 8079, 300), readinessProbe: http('/', 8079, 30) }],
      nodeSelector: { 'beta.kubernetes.io/os': 'linux' }, service: { ports: [{ port: 80, targetPort: 8079 }], type: 'NodePort' },
    },
    { ...java('orders', '0.4.7', res('100m', '300Mi', '500m', '500Mi')) },
    mongo('orders-db'),
    {
      name: 'payment',
      containers: [{ name: 'payment', image: 'weaveworksdemos/payment:0.4.3', resources: res('99m', '100Mi', '200m', '200Mi'), ports: [{ containerPort: 80 }], securityContext: { runAsNonRoot: true, runAsUser: 10001, capabilities: { drop: ['all'], add: ['NET_BIND_SERVICE'] }, readOnlyRootFilesystem: true }, livenessProbe: http('/health', 80, 300), readinessProbe: http('/health', 80, 180) }],
      nodeSelector: { 'beta.kubernetes.io/os': 'linux' }, service: { ports: [{ port: 80, targetPort: 80 }] },
    },
    { ...java('queue-master', '0.3.1', res('100m', '300Mi', '300m', '500Mi')) },
    {
      name: 'rabbitmq',
      containers: [
        { name: 'rabbitmq', image: 'rabbitmq:3.6.8-management', ports: [{ name: 'management', containerPort: 15672 }, { name: 'rabbitmq', containerPort: 5672 }], securityContext: { capabilities: { drop: ['all'], add: ['CHOWN', 'SETGID', 'SETUID', 'DAC_OVERRIDE'] }, readOnlyRootFilesystem: true } },
        { name: 'rabbitmq-exporter', image: 'kbudde/rabbitmq-exporter', ports: [{ name: 'exporter', containerPort: 9090 }] },
      ],
      podAnnotations: { 'prometheus.io/scrape': 'false' },
      nodeSelector: { 'beta.kubernetes.io/os': 'linux' }, service: { ports: [{ name: 'rabbitmq', port: 5672, targetPort: 5672 }, { name: 'exporter', port: 9090, targetPort: 'exporter' }] },
    },
    {
      name: 'session-db',
      containers: [{ name: 'session-db', image: 'redis:alpine', ports: [{ name: 'redis', containerPort: 6379 }], securityContext: { capabilities: { drop: ['all'], add: ['CHOWN', 'SETGID', 'SETUID'] }, readOnlyRootFilesystem: true } }],
      podAnnotations: { 'prometheus.io/scrape': 'false' },
      nodeSelector: { 'beta.kubernetes.io/os': 'linux' }, service: { ports: [{ port: 6379, targetPort: 6379 }] },
    },
    { ...java('shipping', '0.4.8', res('100m', '300Mi', '300m', '500Mi')), containers: [{ name: 'shipping', image: 'weaveworksdemos/shipping:0.4.8', env: [{ name: 'ZIPKIN', value: 'zipkin.jaeger.svc.cluster.local' }, JAVA_OPTS], resources: res('100m', '300Mi', '300m', '500Mi'), ports: [{ containerPort: 80 }], securityContext: secJava, ...tmp }] },
    {
      name: 'user',
      containers: [{ name: 'user', image: 'weaveworksdemos/user:0.4.7', resources: res('100m', '100Mi', '300m', '200Mi'), ports: [{ containerPort: 80 }], env: [{ name: 'mongo', value: 'user-db:27017' }], securityContext: { runAsNonRoot: true, runAsUser: 10001, capabilities: { drop: ['all'], add: ['NET_BIND_SERVICE'] }, readOnlyRootFilesystem: true }, livenessProbe: http('/health', 80, 300), readinessProbe: http('/health', 80, 180) }],
      nodeSelector: { 'beta.kubernetes.io/os': 'linux' }, service: { ports: [{ port: 80, targetPort: 80 }] },
    },
    { ...mongo('user-db'), containers: [{ ...mongo('user-db').containers[0], image: 'weaveworksdemos/user-db:0.3.0' }] },
  ],
};

const spring = (T, min, level, app, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [${app},,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const kit = (T, min, kv) => `ts=${T.isoMs(min)} ${kv}`;


const T = clock('2026-05-19T16:30:00Z');
const ts = (m) => T.isoMs(m).replace(/\.\d{3}Z$/, (x) => x.slice(0, 4) + '123456Z');
const ul = (m, fields) => `ts=${ts(m)} caller=logging.go:${fields.startsWith('method=Login') ? 28 : 82} ${fields}`;
const loginOk = (m, u) => ul(m, `method=Login username=${u} took=2.${Math.abs(Math.round(m * 131)) % 900 + 100}ms err=null`);
const loginBad = (m, u) => ul(m, `method=Login username=${u} took=3.${Math.abs(Math.round(m * 97)) % 900 + 100}ms err="Unauthorized"`);
const loginDown = (m, u) => ul(m, `method=Login username=${u} took=5.000${Math.abs(Math.round(m * 53)) % 900 + 100}s err="no reachable servers"`);
const mongoLog = (m, c, id, ctx, msg, attr = {}) => JSON.stringify({ t: { $date: T.isoMs(m).replace('Z', '+00:00') }, s: 'I', c, id, ctx, msg, ...(Object.keys(attr).length ? { attr } : {}) });

export const scenarios = [
  {
    folder: 's119d-customer-cannot-login',
    incidentTime: '2026-05-19T16:30:00Z',
    description: 'support ticket: customer "rtheodor" cant log in to the sock shop since about 4pm, says their password is right. accounts team pls check user-db, it restarted earlier',
    difficulty: 'hard',
    traits: ['no-fault', 'decoy', 'team-name', 'time-expression'],
    workloads: {
      'user-db': {
        pods: [{
          containers: { 'user-db': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-41.6), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-41.8) } }) },
          readyTransition: T.iso(-41.5),
        }],
      },
    },
    events: [
      { on: 'pod:user-db#0', reason: 'Pulling', message: 'Pulling image "weaveworksdemos/user-db:0.3.0"', fieldPath: 'spec.containers{user-db}', first: -41.75 },
      { on: 'pod:user-db#0', reason: 'Pulled', message: 'Successfully pulled image "weaveworksdemos/user-db:0.3.0" in 412ms (412ms including waiting). Image size: 137614893 bytes.', fieldPath: 'spec.containers{user-db}', first: -41.7 },
      { on: 'pod:user-db#0', reason: 'Created', message: 'Created container user-db', fieldPath: 'spec.containers{user-db}', first: -41.65 },
      { on: 'pod:user-db#0', reason: 'Started', message: 'Started container user-db', fieldPath: 'spec.containers{user-db}', first: -41.6 },
    ],
    logs: {
      'user-db#0/user-db': [
        mongoLog(-41.55, 'CONTROL', 21951, 'initandlisten', 'Options set by command line', { options: { net: { bindIp: '*' } } }),
        mongoLog(-41.5, 'STORAGE', 22270, 'initandlisten', 'Storage engine to use detected by data files', { dbpath: '/data/db-users', storageEngine: 'wiredTiger' }),
        mongoLog(-41.4, 'NETWORK', 23016, 'listener', 'Waiting for connections', { port: 27017, ssl: 'off' }),
        mongoLog(-41.3, 'NETWORK', 22943, 'listener', 'Connection accepted', { remote: '%IPOF:user#0%:48122', connectionId: 1, connectionCount: 1 }),
        mongoLog(-20.4, 'NETWORK', 22943, 'listener', 'Connection accepted', { remote: '%IPOF:user#0%:48590', connectionId: 2, connectionCount: 2 }),
      ],
      'user#0/user': [
        loginOk(-58.2, 'lisa_m'),
        ul(-55.0, 'method=GetAddresses id=57a98d98e4b00679b4a830af took=1.512ms err=null'),
        loginOk(-49.7, 'user'),
        ...[-42.6, -42.4, -42.3, -42.1, -42.0, -41.9, -41.8, -41.7, -41.6, -41.5].map((m, i) => i % 3 === 0 ? ul(m, `method=GetCard id=57a98d98e4b00679b4a830b${i} took=5.000${200 + i}s err="no reachable servers"`) : loginDown(m, ['user', 'lisa_m', 'k.obi', 'dmarsh', 'user1', 'jp_77', 'user', 'ana.r', 'k.obi', 'lisa_m'][i])),
        loginOk(-40.2, 'k.obi'),
        loginOk(-37.9, 'dmarsh'),
        loginOk(-33.1, 'user'),
        loginBad(-30.4, 'rtheodor'),
        loginBad(-30.1, 'rtheodor'),
        loginOk(-27.5, 'ana.r'),
        loginBad(-26.8, 'rtheodor'),
        loginOk(-22.0, 'jp_77'),
        loginBad(-18.3, 'rtheodor'),
        loginBad(-18.0, 'rtheodor'),
        loginOk(-12.6, 'lisa_m'),
        loginBad(-9.4, 'rtheodor'),
        loginOk(-4.1, 'user1'),
      ],
      'front-end#0/front-end': [
        'Using redis for session store.',
        'App now running in production mode on port 8079',
        ...[-42.6, -42.3, -41.9].map(() => 'Error: Request failed with status code 500'),
        'Received login request',
        'Customer login: null',
        ...[-30.4, -26.8, -18.3].flatMap(() => ['Received login request', 'Error: Request failed with status code 401']),
      ],
    },
    grounding: `
      No fault now. Sock Shop's user service (microservices-demo/user, go-kit logging middleware: "method=Login
      username=... took=... err=...") answers users.ErrUnauthorized ("Unauthorized") when the stored salted hash does not
      match; every failed login in the hour is for the one username "rtheodor" while logins of seven other users succeed
      before and after, so the customer is entering a wrong password (outside the cluster). Decoy in the window: user-db
      (weaveworksdemos/user-db:0.3.0, no memory limit upstream so the kill is the kernel's) was OOM-killed and restarted
      once at 15:48, and for about a minute the user service logged "no reachable servers" (mgo) for Login/GetCard calls and
      the front-end 500s; mongod logged its restart and the user service reconnected; every login since has been served.
      Deviations from upstream: the restart itself, user names invented; front-end log lines are the app's console.log
      strings, without timestamps as the upstream image prints them.`,
  },
];
