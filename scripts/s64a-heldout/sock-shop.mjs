// Blind held-out batch s64a (split test): one Sock Shop scenario, built by scripts/s64a-build.mjs with the kit and the
// session-2 Sock Shop system definition (its part before the scenarios).
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };

const N = system.nodes.map((n) => n.name);
const T = clock('2026-02-17T16:22:00Z');
// Spring Boot 1.x with Sleuth, as carts prints it.
const spring = (min, level, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [carts,,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const CID = "ClusterId{value='67a1f3c2e4b0d9001c8f5a21', description='null'}";
const mongod = (min, sev, comp, ctx, msg) => `${T.isoMs(min).replace('Z', '+0000')} ${sev} ${comp.padEnd(8)} [${ctx}] ${msg}`;
const EVICT = 'The node was low on resource: memory. Threshold quantity: 100Mi, available: 89412Ki. Container carts-db was using 9871244Ki, request is 0, has larger consumption of request. ';
const timeoutMsg = "Timed out after 10000 ms while waiting for a server that matches ReadPreferenceServerSelector{readPreference=primary}. Client view of cluster state is {type=UNKNOWN, servers=[{address=carts-db:27017, type=UNKNOWN, state=CONNECTING, exception={com.mongodb.MongoSocketOpenException: Exception opening socket}, caused by {java.net.ConnectException: Connection refused (Connection refused)}}]";

export const scenarios = [
  {
    folder: 's64a-carts-db-evicted-node-memory-pressure',
    incidentTime: '2026-02-17T16:22:00Z',
    description: 'customers complaining there baskets are empty - lost everything they added before ~16:05. adding to cart works again now??',
    expected: { component: 'carts-db', cause: 'node-pressure', node: N[1] },
    alsoAcceptable: [{ component: 'carts-db', cause: 'resource-exhaustion' }],
    difficulty: 'hard',
    traits: ['node-level', 'typo', 'time-expression', 'louder-dependents'],
    grounding: `
      Manifest facts (deploy/kubernetes/complete-demo.yaml at 9dff06f): carts-db is a single mongo pod with no
      resources (BestEffort) and no volume for /data/db (only a /tmp emptyDir), so its data lives and dies with the pod;
      carts (Spring Boot, Java mongo driver 3.x) reaches it at carts-db:27017. mongod's WiredTiger cache defaults to
      50% of (host RAM - 1 GB), about 7.5 GB on an m5.xlarge, far above anything the rest of the node expects.
      Fault (the kubelet's node-pressure eviction as documented, "has larger consumption of request"): as the carts
      collection grew, carts-db grew to ~9.4 GiB on ip-10-0-2-148, the node crossed memory.available<100Mi, the kubelet
      set MemoryPressure and evicted the BestEffort pod using most memory above its request: carts-db. The ReplicaSet's
      replacement started empty on another node a minute later (the memory-pressure taint kept it off the first), so
      every basket saved before 16:05 is gone; carts logged Mongo timeouts for about a minute, then reconnected. The
      node reported sufficient memory again at 16:13. All pods are Ready now.
      Deviations from upstream: carts-db is pinned to mongo:3.4.24 (upstream's untagged \`mongo\` is a tag the carts
      driver cannot talk to today; operators pin it); node names and IPs are invented.
    `,
    nodes: {
      [N[1]]: {
        conditions: {
          MemoryPressure: { type: 'MemoryPressure', status: 'False', lastHeartbeatTime: T.iso(-0.4), lastTransitionTime: T.iso(-9.2), reason: 'KubeletHasSufficientMemory', message: 'kubelet has sufficient memory available' },
        },
      },
    },
    workloads: {
      'carts-db': {
        containers: { 'carts-db': { image: 'mongo:3.4.24' } },
        pods: [
          { node: N[1], evicted: EVICT, created: T.iso(-60 * 24 * 9) },
          { node: N[2], created: T.iso(-16.4) },
        ],
        endpointsChanged: -16.0,
      },
    },
    events: [
      { on: `node:${N[1]}`, reason: 'NodeHasInsufficientMemory', message: `Node ${N[1]} status is now: NodeHasInsufficientMemory`, first: -17.6 },
      { on: `node:${N[1]}`, type: 'Warning', reason: 'EvictionThresholdMet', message: 'Attempting to reclaim memory', first: -17.5 },
      { on: 'pod:carts-db#0', type: 'Warning', reason: 'Evicted', message: EVICT, first: -17.4 },
      { on: 'pod:carts-db#0', reason: 'Killing', message: 'Stopping container carts-db', first: -17.4, fieldPath: 'spec.containers{carts-db}' },
      { on: 'pod:carts-db#1', reason: 'Scheduled', source: 'default-scheduler', message: `Successfully assigned sock-shop/%POD% to ${N[2]}`, first: -16.4 },
      { on: 'pod:carts-db#1', reason: 'Pulled', message: 'Container image "mongo:3.4.24" already present on machine', first: -16.3, fieldPath: 'spec.containers{carts-db}' },
      { on: 'pod:carts-db#1', reason: 'Created', message: 'Created container carts-db', first: -16.3, fieldPath: 'spec.containers{carts-db}' },
      { on: 'pod:carts-db#1', reason: 'Started', message: 'Started container carts-db', first: -16.2, fieldPath: 'spec.containers{carts-db}' },
      { on: `node:${N[1]}`, reason: 'NodeHasSufficientMemory', message: `Node ${N[1]} status is now: NodeHasSufficientMemory`, first: -9.2 },
    ],
    logs: {
      'carts#0/carts': [
        spring(-17.3, 'INFO', `cluster-${CID}-carts-db:27017`, 'org.mongodb.driver.cluster', 'Exception in monitor thread while connecting to server carts-db:27017'),
        '',
        'com.mongodb.MongoSocketReadException: Prematurely reached end of stream',
        '\tat com.mongodb.connection.SocketStream.read(SocketStream.java:88) ~[mongodb-driver-core-3.2.2.jar!/:na]',
        '\tat com.mongodb.connection.InternalStreamConnection.receiveResponseBuffers(InternalStreamConnection.java:494) ~[mongodb-driver-core-3.2.2.jar!/:na]',
        '\tat com.mongodb.connection.DefaultServerMonitor$ServerMonitorRunnable.run(DefaultServerMonitor.java:114) ~[mongodb-driver-core-3.2.2.jar!/:na]',
        '\tat java.lang.Thread.run(Thread.java:745) [na:1.8.0_111-internal]',
        '',
        spring(-17.0, 'ERROR', 'p-nio-80-exec-7', 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', `Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.dao.DataAccessResourceFailureException: ${timeoutMsg}; nested exception is com.mongodb.MongoTimeoutException: ${timeoutMsg}] with root cause`),
        '',
        `com.mongodb.MongoTimeoutException: ${timeoutMsg}`,
        '\tat com.mongodb.connection.BaseCluster.createTimeoutException(BaseCluster.java:369) ~[mongodb-driver-core-3.2.2.jar!/:na]',
        '\tat com.mongodb.connection.BaseCluster.selectServer(BaseCluster.java:101) ~[mongodb-driver-core-3.2.2.jar!/:na]',
        '\tat org.springframework.data.mongodb.core.MongoTemplate.executeFindMultiInternal(MongoTemplate.java:2034) ~[spring-data-mongodb-1.9.6.RELEASE.jar!/:na]',
        '',
        spring(-16.8, 'ERROR', 'p-nio-80-exec-2', 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', `Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.dao.DataAccessResourceFailureException: ${timeoutMsg}; nested exception is com.mongodb.MongoTimeoutException: ${timeoutMsg}] with root cause`),
        spring(-16.1, 'INFO', `cluster-${CID}-carts-db:27017`, 'org.mongodb.driver.connection', 'Opened connection [connectionId{localValue:41, serverValue:1}] to carts-db:27017'),
        spring(-16.1, 'INFO', `cluster-${CID}-carts-db:27017`, 'org.mongodb.driver.cluster', 'Monitor thread successfully connected to server with description ServerDescription{address=carts-db:27017, type=STANDALONE, state=CONNECTED, ok=true, version=ServerVersion{versionList=[3, 4, 24]}, minWireVersion=0, maxWireVersion=5, maxDocumentSize=16777216, roundTripTimeNanos=612384}'),
        spring(-16.0, 'INFO', 'p-nio-80-exec-4', 'org.mongodb.driver.connection', 'Opened connection [connectionId{localValue:42, serverValue:2}] to carts-db:27017'),
      ],
      'carts-db#1/carts-db': [
        mongod(-16.2, 'I', 'CONTROL', 'initandlisten', 'MongoDB starting : pid=1 port=27017 dbpath=/data/db 64-bit host=%POD%'),
        mongod(-16.2, 'I', 'CONTROL', 'initandlisten', 'db version v3.4.24'),
        mongod(-16.2, 'I', 'STORAGE', 'initandlisten', 'wiredtiger_open config: create,cache_size=7474M,session_max=20000,eviction=(threads_min=4,threads_max=4),config_base=false,statistics=(fast),log=(enabled=true,archive=true,path=journal,compressor=snappy),file_manager=(close_idle_time=100000),checkpoint=(wait=60,log_size=2GB),statistics_log=(wait=0),verbose=(recovery_progress),'),
        mongod(-16.15, 'I', 'CONTROL', 'initandlisten', '** WARNING: Access control is not enabled for the database.'),
        mongod(-16.15, 'I', 'INDEX', 'initandlisten', 'build index on: admin.system.version properties: { v: 2, key: { version: 1 }, name: "incompatible_with_version_32", ns: "admin.system.version" }'),
        mongod(-16.12, 'I', 'NETWORK', 'thread1', 'waiting for connections on port 27017'),
        mongod(-16.1, 'I', 'NETWORK', 'thread1', 'connection accepted from %IPOF:carts#0%:51842 #1 (1 connection now open)'),
        mongod(-16.0, 'I', 'NETWORK', 'thread1', 'connection accepted from %IPOF:carts#0%:51846 #2 (2 connections now open)'),
      ],
    },
  },
];
