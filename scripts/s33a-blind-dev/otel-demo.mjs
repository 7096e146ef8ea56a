// Batch s33a (blind dev): one OpenTelemetry demo incident on the kit's system (scripts/kit-systems/otel-demo.mjs).
// A kafka rollout copies another cluster's advertised listener (a namespace that does not exist here); every client loses the broker.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/otel-demo.mjs';

export { system };

const INC = '2026-06-03T14:47:00Z';
const T = clock(INC);
const BAD = 'kafka.opentelemetry-demo.svc.cluster.local';
const kafkaEnv = system.workloads.find((w) => w.name === 'kafka').containers[0].env;
const newEnv = kafkaEnv.map((v) => (v.name === 'KAFKA_ADVERTISED_LISTENERS' ? { ...v, value: `PLAINTEXT://${BAD}:9092` } : v));
const AT = -27; // kafka rollout

const k = (min) => T.java(min).replace('.', ','); // log4j [yyyy-MM-dd HH:mm:ss,SSS]
const epoch = (min) => (Date.parse(INC) / 1000 + min * 60).toFixed(3);
const goj = (min, sev, msg) => `{"message":"${msg.replaceAll('"', '\\"')}","severity":"${sev}","timestamp":"${T.isoMs(min).replace('Z', '123456Z')}"}`;

const kafkaLog = [
  `===> User`,
  `uid=1000(appuser) gid=1000(appuser) groups=1000(appuser)`,
  `===> Setting default values of environment variables if not already set.`,
  `===> Configuring ...`,
  `===> Launching ... `,
  `[${k(AT + 0.6)}] INFO Registered kafka:type=kafka.Log4jController MBean (kafka.utils.Log4jControllerRegistration$)`,
  `[${k(AT + 0.62)}] INFO KafkaConfig values: `,
  `\tadvertised.listeners = PLAINTEXT://${BAD}:9092`,
  `\tauto.create.topics.enable = true`,
  `\tcontroller.listener.names = CONTROLLER`,
  `\tcontroller.quorum.voters = [1@kafka:9093]`,
  `\tlisteners = PLAINTEXT://:9092,CONTROLLER://:9093`,
  `\tlog.dirs = /tmp/kraft-combined-logs`,
  `\tnode.id = 1`,
  `\tprocess.roles = [broker, controller]`,
  ` (kafka.server.KafkaConfig)`,
  `[${k(AT + 0.7)}] INFO [RaftManager id=1] Completed transition to Leader(localId=1, epoch=1, epochStartOffset=0, highWatermark=Optional.empty, voterStates={1=ReplicaState(nodeId=1, endOffset=Optional.empty, lastFetchTimestamp=-1, lastCaughtUpTimestamp=-1, hasAcknowledgedLeader=true)}) from Resigned(localId=1, epoch=0, voters=[1], electionTimeoutMs=1541, unackedVoters=[], preferredSuccessors=[]) (org.apache.kafka.raft.QuorumState)`,
  `[${k(AT + 0.75)}] INFO [BrokerServer id=1] Transition from STARTING to STARTED (kafka.server.BrokerServer)`,
  `[${k(AT + 0.76)}] INFO Kafka version: 3.9.1 (org.apache.kafka.common.utils.AppInfoParser)`,
  `[${k(AT + 0.77)}] INFO [KafkaRaftServer nodeId=1] Kafka Server started (kafka.server.KafkaRaftServer)`,
  `[${k(AT + 1.1)}] INFO Sent auto-creation request for Set(orders) to the active controller. (kafka.server.DefaultAutoTopicCreationManager)`,
  `[${k(AT + 1.12)}] INFO [QuorumController id=1] CreateTopics result(s): CreatableTopic(name='orders', numPartitions=1, replicationFactor=1, assignments=[], configs=[]): SUCCESS (org.apache.kafka.controller.ReplicationControlManager)`,
  `[${k(AT + 1.2)}] INFO [Broker id=1] Transitioning 1 partition(s) to local leaders. (state.change.logger)`,
  `[${k(AT + 1.5)}] INFO Sent auto-creation request for Set(__consumer_offsets) to the active controller. (kafka.server.DefaultAutoTopicCreationManager)`,
  `[${k(AT + 11.5)}] INFO [RaftManager id=1] Node 1 is already the leader; skipping vote request (org.apache.kafka.raft.KafkaRaftClient)`,
];

const checkoutLog = [];
const ids = ['2b6f7c1e', 'a91d0f44', '5c3e8b20', 'e07a9d13', '7f42c6b8', '1d8e5a97', 'c64b2f0e', '38a1e7d5'];
let n = 0;
for (let m = -58; m < -0.3; m += 1.9) {
  const id = `${ids[n % ids.length]}-${(4000 + n * 7).toString(16)}-11f0-9c2e-42010a84${(n * 13).toString(16).padStart(4, '0')}`;
  n++;
  checkoutLog.push(goj(m, 'info', `[PlaceOrder] user_id="${ids[(n + 3) % ids.length]}-ab21-11f0-8e0e-6a3c2d1f${n}" user_currency="${n % 3 ? 'USD' : 'EUR'}"`));
  checkoutLog.push(goj(m + 0.01, 'info', `payment went through (transaction_id: ${ids[(n + 5) % ids.length]}-cd3e-4f10-b2a1-9e${n}7c55a0d1)`));
  checkoutLog.push(goj(m + 0.015, 'info', `order confirmation email sent to "${['alice', 'bob', 'carol', 'dan'][n % 4]}@example.com"`));
  checkoutLog.push(goj(m + 0.016, 'info', 'sending to postProcessor'));
  if (m < AT + 0.7) checkoutLog.push(goj(m + 0.018, 'info', `Successful to write message. offset: ${n + 1811}, duration: ${3 + (n % 5)}.${(n * 37) % 1000}ms`));
  else if (m < AT + 0.95) checkoutLog.push(goj(m + 0.02, 'error', 'Failed to write message: kafka: client has run out of available brokers to talk to: dial tcp %SVCIP:kafka%:9092: connect: connection refused'));
  else checkoutLog.push(goj(m + 0.02, 'error', `Failed to write message: dial tcp: lookup ${BAD} on 34.118.224.10:53: no such host`));
}

const accountingLog = [];
n = 0;
for (let m = -58; m < AT; m += 1.9) {
  n++;
  accountingLog.push('info: Accounting.Consumer[0]', `      Order details: {"orderId":"${ids[n % ids.length]}-${(4000 + n * 7).toString(16)}-11f0-9c2e-42010a84${(n * 13).toString(16).padStart(4, '0')}","shippingTrackingId":"${ids[(n + 2) % ids.length]}-0b7e-4a9c-9f11-2d${n}e6c0",...}`);
}
accountingLog.push(`%4|${epoch(AT + 0.72)}|FAIL|rdkafka#consumer-1| [thrd:kafka:9092/1]: kafka:9092/1: Disconnected (after 1893211ms in state UP)`);
accountingLog.push(`%3|${epoch(AT + 0.75)}|FAIL|rdkafka#consumer-1| [thrd:kafka:9092/bootstrap]: kafka:9092/bootstrap: Connect to ipv4#%SVCIP:kafka%:9092 failed: Connection refused (after 0ms in state CONNECT)`);
for (let m = AT + 1; m < 0; m += 3.1) {
  accountingLog.push(`%3|${epoch(m)}|FAIL|rdkafka#consumer-1| [thrd:${BAD}:9092/1]: ${BAD}:9092/1: Failed to resolve '${BAD}:9092': Name or service not known (after ${2 + Math.round(-m) % 7}ms in state CONNECT${m > AT + 2 ? `, ${Math.round(3.1 * 12)} identical error(s) suppressed` : ''})`);
  accountingLog.push(`%3|${epoch(m + 0.001)}|ERROR|rdkafka#consumer-1| [thrd:app]: rdkafka#consumer-1: ${BAD}:9092/1: Failed to resolve '${BAD}:9092': Name or service not known (after ${2 + Math.round(-m) % 7}ms in state CONNECT)`);
}

const fraudLog = [];
n = 0;
const tk = (min) => T.java(min).slice(11);
for (let m = -58; m < AT; m += 1.9) {
  n++;
  fraudLog.push(`${tk(m)} [main] INFO  frauddetection - Consumed record with orderId: ${ids[n % ids.length]}-${(4000 + n * 7).toString(16)}-11f0-9c2e-42010a84${(n * 13).toString(16).padStart(4, '0')}, and updated total count to: ${2210 + n}`);
}
fraudLog.push(`${tk(AT + 0.72)} [main] INFO  org.apache.kafka.clients.NetworkClient -- [Consumer clientId=consumer-fraud-detection-1, groupId=fraud-detection] Node 1 disconnected.`);
for (let m = AT + 1.05; m < 0; m += 2.4) {
  fraudLog.push(`${tk(m)} [main] WARN  org.apache.kafka.clients.NetworkClient -- [Consumer clientId=consumer-fraud-detection-1, groupId=fraud-detection] Error connecting to node ${BAD}:9092 (id: 1 rack: null)`);
  fraudLog.push(`java.net.UnknownHostException: ${BAD}: Name or service not known`);
  fraudLog.push(`\tat java.base/java.net.Inet6AddressImpl.lookupAllHostAddr(Native Method)`);
  fraudLog.push(`\tat java.base/java.net.InetAddress$PlatformResolver.lookupByName(Unknown Source)`);
  fraudLog.push(`\tat org.apache.kafka.clients.DefaultHostResolver.resolve(DefaultHostResolver.java:27)`);
  fraudLog.push(`\tat org.apache.kafka.clients.ClusterConnectionStates.connecting(ClusterConnectionStates.java:125)`);
  fraudLog.push(`\tat org.apache.kafka.clients.NetworkClient.initiateConnect(NetworkClient.java:1079)`);
}

export const scenarios = [
  {
    folder: 's33a-kafka-advertised-listener',
    incidentTime: INC,
    description: 'accounting has not recorded a single order since ~14:20 and fraud-detection counts stopped, checkouts themselves look fine',
    expected: { component: 'kafka', cause: 'config-error' },
    alsoAcceptable: [{ component: 'kafka', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      opentelemetry-demo.yaml kafka (KRaft combined broker/controller, KAFKA_LISTENERS PLAINTEXT://:9092,CONTROLLER://:9093,
      KAFKA_ADVERTISED_LISTENERS PLAINTEXT://kafka:9092, no volume, no probes). A values change copied from the team's other
      cluster, where the chart is installed in namespace opentelemetry-demo, sets KAFKA_ADVERTISED_LISTENERS to
      PLAINTEXT://${BAD}:9092; here the namespace is otel-demo, so that name does not resolve. The broker starts cleanly (its log
      shows the value in KafkaConfig values; topics recreated since the demo's kafka keeps no data) and the pod is Ready, but
      every client bootstraps through kafka:9092, receives the advertised name in the metadata and then fails to resolve it:
      checkout's sarama producer "Failed to write message: dial tcp: lookup ... no such host" (orders still complete, the
      demo only logs the post-processor failure), accounting's librdkafka "Failed to resolve '...:9092': Name or service not
      known" and fraud-detection's kafka-clients "Error connecting to node ... (id: 1 rack: null)" with UnknownHostException.
      The advertised.listeners pitfall is the classic one documented by Confluent ("Kafka Listeners - Explained") and many
      public Q&A threads. Decoys: recommendation OOM-killed once two days ago, a load-generator rollout 100 minutes earlier.
    `,
    workloads: {
      kafka: {
        containers: { kafka: { env: newEnv } },
        rollout: { at: AT, oldContainers: { kafka: { env: kafkaEnv } } },
      },
      'load-generator': {
        patch: {},
        containers: { 'load-generator': { env: system.workloads.find((w) => w.name === 'load-generator').containers[0].env.map((v) => (v.name === 'LOCUST_USERS' ? { ...v, value: '25' } : v)) } },
        rollout: { at: -100, oldContainers: { 'load-generator': { env: system.workloads.find((w) => w.name === 'load-generator').containers[0].env } } },
      },
      recommendation: {
        pods: [
          {
            containers: {
              recommendation: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 2), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 8), finishedAt: T.iso(-60 * 24 * 2 - 0.1) } }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'deploy:load-generator', reason: 'ScalingReplicaSet', message: 'Scaled up replica set load-generator-%NEW% from 0 to 1', first: -100 },
      { on: 'deploy:load-generator', reason: 'ScalingReplicaSet', message: 'Scaled down replica set load-generator-%OLD% from 1 to 0', first: -99 },
      { on: 'deploy:kafka', reason: 'ScalingReplicaSet', message: 'Scaled up replica set kafka-%NEW% from 0 to 1', first: AT },
      { on: 'rs:kafka', reason: 'SuccessfulCreate', message: 'Created pod: kafka-%RS%', first: AT },
      { on: 'pod:kafka#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned otel-demo/%POD% to %NODE%', first: AT + 0.5 },
      { on: 'pod:kafka#0', reason: 'Pulled', message: 'Container image "ghcr.io/open-telemetry/demo:2.1.3-kafka" already present on machine', first: AT + 0.55, fieldPath: 'spec.containers{kafka}' },
      { on: 'pod:kafka#0', reason: 'Created', message: 'Created container: kafka', first: AT + 0.56, fieldPath: 'spec.containers{kafka}' },
      { on: 'pod:kafka#0', reason: 'Started', message: 'Started container kafka', first: AT + 0.58, fieldPath: 'spec.containers{kafka}' },
      { on: 'deploy:kafka', reason: 'ScalingReplicaSet', message: 'Scaled down replica set kafka-%OLD% from 1 to 0', first: AT + 0.7 },
    ],
    logs: {
      'kafka#0/kafka': kafkaLog,
      'checkout#0/checkout': checkoutLog,
      'accounting#0/accounting': accountingLog,
      'fraud-detection#0/fraud-detection': fraudLog,
    },
  },
];
