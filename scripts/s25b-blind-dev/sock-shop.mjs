// Batch s25b blind dev scenario for Sock Shop (session-2 system definition, complete-demo.yaml at 9dff06f): a node's root
// volume fills (a logging agent's filesystem buffer), DiskPressure evicts carts-db and session-db, carts and sessions vanish.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };

const INC = '2026-06-09T19:47:00Z';
const T = clock(INC);
const N0 = 'ip-10-0-1-23.eu-west-1.compute.internal';
const N1 = 'ip-10-0-2-148.eu-west-1.compute.internal';
const N2 = 'ip-10-0-3-91.eu-west-1.compute.internal';
const spring = (min, level, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [carts,,,] 1 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const redisTs = (min) => { const d = new Date(Date.parse(T.isoMs(min))); return `${String(d.getUTCDate()).padStart(2, '0')} ${MON[d.getUTCMonth()]} ${d.getUTCFullYear()} ${T.java(min).slice(11)}`; };
const mongoTs = (min) => T.isoMs(min).replace('Z', '+0000');
const evictMsg = (container, using) => `The node was low on resource: ephemeral-storage. Threshold quantity: 2146223308, available: 1796420Ki. Container ${container} was using ${using}, request is 0, has larger consumption of ephemeral-storage. `;

export const scenarios = [
  {
    folder: 's25b-node-diskpressure-evictions',
    incidentTime: INC,
    description: 'sock shop: users getting logged out and carts coming back empty, started ~19:30',
    expected: { component: 'session-db', cause: 'node-pressure', node: N1 },
    alsoAcceptable: [{ component: 'carts-db', cause: 'node-pressure', node: N1 }],
    difficulty: 'medium',
    traits: ['node-level', 'time-expression', 'decoy'],
    grounding: `
      EKS managed node groups default to a 20 GiB root volume, and the kubelet's hard eviction signal nodefs.available<10%
      (2146223308 bytes on that disk). On ip-10-0-2-148 a logging DaemonSet (fluent-bit with filesystem buffering on a hostPath,
      outside the sock-shop namespace and the topology) has been buffering chunks since its OpenSearch output went away, until
      the root volume crossed the threshold at 19:21: the kubelet reports DiskPressure, taints the node
      node.kubernetes.io/disk-pressure:NoSchedule, fails image GC ("Attempted to free … but only found 0 bytes eligible to free",
      every image is in use) and evicts by ephemeral-storage usage above request. complete-demo.yaml gives carts-db and
      session-db no requests or volumes (mongo and redis write to their container layers), so they go first: carts-db at 19:30,
      session-db at 19:38, with the kubelet's own "The node was low on resource: ephemeral-storage" messages. Their
      replacements land on the other nodes and start empty: every cart in mongo and every front-end session in redis is gone,
      which is exactly what users see. carts logs the mongo driver's monitor exceptions while carts-db is away and reconnects.
      The node stays Ready; the pressure is not over (EvictionThresholdMet keeps firing). Decoy: catalogue restarted once two
      days ago (exit 2, a MySQL connection blip at startup), healthy since. Expected: node-pressure on that Node (session-db or
      carts-db as the component).
    `,
    nodes: {
      [N1]: {
        conditions: {
          DiskPressure: { type: 'DiskPressure', status: 'True', lastHeartbeatTime: T.iso(-0.4), lastTransitionTime: T.iso(-26), reason: 'KubeletHasDiskPressure', message: 'kubelet has disk pressure' },
        },
        taints: [{ key: 'node.kubernetes.io/disk-pressure', effect: 'NoSchedule', timeAdded: T.iso(-26) }],
      },
    },
    workloads: {
      'carts-db': {
        pods: [
          { node: N1, evicted: evictMsg('carts-db', '1187424Ki'), created: T.iso(-60 * 24 * 11) },
          { node: N0, created: T.iso(-16.8) },
        ],
      },
      'session-db': {
        pods: [
          { node: N1, evicted: evictMsg('session-db', '219760Ki'), created: T.iso(-60 * 24 * 11) },
          { node: N2, created: T.iso(-8.9) },
        ],
      },
      'user-db': { pods: [{ node: N0 }] },
      catalogue: {
        pods: [{ containers: { catalogue: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 2 + 0.1), last: { exitCode: 2, reason: 'Error', startedAt: T.iso(-60 * 24 * 2 - 0.4), finishedAt: T.iso(-60 * 24 * 2) } }) } }],
      },
      'front-end': { pods: [{ node: N1 }, { node: N2 }] },
    },
    events: [
      { on: `node:${N1}`, reason: 'FreeDiskSpaceFailed', type: 'Warning', message: 'Failed to garbage collect required amount of images. Attempted to free 3184719462 bytes, but only found 0 bytes eligible to free.', first: -27, last: -2, count: 6 },
      { on: `node:${N1}`, reason: 'NodeHasDiskPressure', message: `Node ${N1} status is now: NodeHasDiskPressure`, first: -26, last: -26 },
      { on: `node:${N1}`, reason: 'EvictionThresholdMet', type: 'Warning', message: 'Attempting to reclaim ephemeral-storage', first: -26, last: -1, count: 9 },
      { on: 'pod:carts-db#0', reason: 'Evicted', type: 'Warning', message: evictMsg('carts-db', '1187424Ki'), first: -17, last: -17 },
      { on: 'pod:carts-db#0', reason: 'Killing', message: 'Stopping container carts-db', first: -17, last: -17, fieldPath: 'spec.containers{carts-db}' },
      { on: 'rs:carts-db', reason: 'SuccessfulCreate', message: 'Created pod: carts-db-%RS%', first: -16.8, last: -16.8 },
      { on: 'pod:carts-db#1', reason: 'Scheduled', source: 'default-scheduler', message: `Successfully assigned sock-shop/%POD% to ${N0}`, first: -16.8, last: -16.8 },
      { on: 'pod:carts-db#1', reason: 'Pulling', message: 'Pulling image "mongo"', first: -16.7, last: -16.7, fieldPath: 'spec.containers{carts-db}' },
      { on: 'pod:carts-db#1', reason: 'Pulled', message: 'Successfully pulled image "mongo" in 1.128s (1.128s including waiting). Image size: 295618483 bytes.', first: -16.6, last: -16.6, fieldPath: 'spec.containers{carts-db}' },
      { on: 'pod:carts-db#1', reason: 'Started', message: 'Started container carts-db', first: -16.5, last: -16.5, fieldPath: 'spec.containers{carts-db}' },
      { on: 'pod:session-db#0', reason: 'Evicted', type: 'Warning', message: evictMsg('session-db', '219760Ki'), first: -9, last: -9 },
      { on: 'pod:session-db#0', reason: 'Killing', message: 'Stopping container session-db', first: -9, last: -9, fieldPath: 'spec.containers{session-db}' },
      { on: 'rs:session-db', reason: 'SuccessfulCreate', message: 'Created pod: session-db-%RS%', first: -8.9, last: -8.9 },
      { on: 'pod:session-db#1', reason: 'Scheduled', source: 'default-scheduler', message: `Successfully assigned sock-shop/%POD% to ${N2}`, first: -8.9, last: -8.9 },
      { on: 'pod:session-db#1', reason: 'Pulled', message: 'Container image "redis:alpine" already present on machine', first: -8.8, last: -8.8, fieldPath: 'spec.containers{session-db}' },
      { on: 'pod:session-db#1', reason: 'Started', message: 'Started container session-db', first: -8.7, last: -8.7, fieldPath: 'spec.containers{session-db}' },
    ],
    logs: {
      'carts#0/carts': [
        spring(-31.2, 'INFO', 'nio-80-exec-7', 'w.w.c.controllers.ItemsController', 'Adding item to cart: Item{id=\'null\', itemId=\'3395a43e-2d88-40de-b95f-e00e1502085b\', quantity=1, unitPrice=18.0}'),
        spring(-17.0, 'INFO', 'carts-db:27017', 'org.mongodb.driver.cluster', 'Exception in monitor thread while connecting to server carts-db:27017'),
        'com.mongodb.MongoSocketReadException: Prematurely reached end of stream',
        '\tat com.mongodb.connection.SocketStream.read(SocketStream.java:88) ~[mongodb-driver-core-3.2.2.jar!/:na]',
        '\tat com.mongodb.connection.InternalStreamConnection.receiveResponseBuffers(InternalStreamConnection.java:494) ~[mongodb-driver-core-3.2.2.jar!/:na]',
        '\tat com.mongodb.connection.DefaultServerMonitor$ServerMonitorRunnable.run(DefaultServerMonitor.java:114) ~[mongodb-driver-core-3.2.2.jar!/:na]',
        '\tat java.lang.Thread.run(Thread.java:745) [na:1.8.0_111-internal]',
        spring(-16.9, 'INFO', 'carts-db:27017', 'org.mongodb.driver.cluster', 'Exception in monitor thread while connecting to server carts-db:27017'),
        'com.mongodb.MongoSocketOpenException: Exception opening socket',
        '\tat com.mongodb.connection.SocketStream.open(SocketStream.java:63) ~[mongodb-driver-core-3.2.2.jar!/:na]',
        '\tat com.mongodb.connection.DefaultServerMonitor$ServerMonitorRunnable.run(DefaultServerMonitor.java:114) ~[mongodb-driver-core-3.2.2.jar!/:na]',
        '\tat java.lang.Thread.run(Thread.java:745) [na:1.8.0_111-internal]',
        'Caused by: java.net.ConnectException: Connection refused (Connection refused)',
        '\tat java.net.PlainSocketImpl.socketConnect(Native Method) ~[na:1.8.0_111-internal]',
        '\tat com.mongodb.connection.SocketStream.open(SocketStream.java:57) ~[mongodb-driver-core-3.2.2.jar!/:na]',
        '\t... 3 common frames omitted',
        spring(-16.4, 'INFO', 'carts-db:27017', 'org.mongodb.driver.connection', 'Opened connection [connectionId{localValue:7, serverValue:1}] to carts-db:27017'),
        spring(-16.4, 'INFO', 'carts-db:27017', 'org.mongodb.driver.cluster', 'Monitor thread successfully connected to server with description ServerDescription{address=carts-db:27017, type=STANDALONE, state=CONNECTED, ok=true, version=ServerVersion{versionList=[3, 4, 24]}, minWireVersion=0, maxWireVersion=5, maxDocumentSize=16777216, roundTripTimeNanos=612844}'),
        spring(-16.1, 'INFO', 'nio-80-exec-2', 'org.mongodb.driver.connection', 'Opened connection [connectionId{localValue:8, serverValue:2}] to carts-db:27017'),
        spring(-12.6, 'INFO', 'nio-80-exec-4', 'w.w.c.controllers.ItemsController', 'Adding item to cart: Item{id=\'null\', itemId=\'a0a4f044-b040-410d-8ead-4de0446aec7e\', quantity=1, unitPrice=17.32}'),
        spring(-4.2, 'INFO', 'nio-80-exec-9', 'w.w.c.controllers.ItemsController', 'Adding item to cart: Item{id=\'null\', itemId=\'808a2de1-1aaa-4c25-a9b9-6612e8f29a38\', quantity=1, unitPrice=17.15}'),
      ],
      'carts-db#1/carts-db': [
        `${mongoTs(-16.5)} I CONTROL  [initandlisten] MongoDB starting : pid=1 port=27017 dbpath=/data/db 64-bit host=%POD%`,
        `${mongoTs(-16.5)} I CONTROL  [initandlisten] db version v3.4.24`,
        `${mongoTs(-16.48)} I STORAGE  [initandlisten] wiredtiger_open config: create,cache_size=7420M,session_max=20000,eviction=(threads_min=4,threads_max=4),config_base=false,statistics=(fast),log=(enabled=true,archive=true,path=journal,compressor=snappy),file_manager=(close_idle_time=100000),checkpoint=(wait=60,log_size=2GB),statistics_log=(wait=0),`,
        `${mongoTs(-16.44)} I CONTROL  [initandlisten] ** WARNING: Access control is not enabled for the database.`,
        `${mongoTs(-16.42)} I INDEX    [initandlisten] build index on: admin.system.version properties: { v: 2, key: { version: 1 }, name: "incompatible_with_version_32", ns: "admin.system.version" }`,
        `${mongoTs(-16.41)} I NETWORK  [thread1] waiting for connections on port 27017`,
        `${mongoTs(-16.4)} I NETWORK  [thread1] connection accepted from %IPOF:carts#0%:48612 #1 (1 connection now open)`,
        `${mongoTs(-16.1)} I NETWORK  [thread1] connection accepted from %IPOF:carts#0%:48630 #2 (2 connections now open)`,
      ],
      'session-db#1/session-db': [
        `1:C ${redisTs(-8.7)} * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo`,
        `1:C ${redisTs(-8.7)} * Redis version=7.4.1, bits=64, commit=00000000, modified=0, pid=1, just started`,
        `1:C ${redisTs(-8.7)} # Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf`,
        `1:M ${redisTs(-8.69)} * monotonic clock: POSIX clock_gettime`,
        `1:M ${redisTs(-8.69)} * Running mode=standalone, port=6379.`,
        `1:M ${redisTs(-8.69)} * Server initialized`,
        `1:M ${redisTs(-8.69)} * Ready to accept connections tcp`,
      ],
      'front-end#0/front-end': [
        `GET /catalogue?size=5 200 18.214 ms - 1436`,
        `GET /cart 200 9.031 ms - 2`,
        `GET /customers/57a98d98e4b00679b4a830b2 401 3.377 ms - -`,
        `GET /cart 200 6.482 ms - 2`,
        `POST /login 200 41.906 ms - -`,
        `GET /catalogue/03fef6ac-1896-4ce8-bd69-b798f85c6e0b 200 7.775 ms - 402`,
      ],
    },
  },
];
