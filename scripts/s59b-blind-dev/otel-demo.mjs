// Blind dev batch s59b: one OpenTelemetry demo scenario (dependency-down, a hung Kafka broker) for the scenario kit, built by
// scripts/s59b-build.mjs with the kit system definition scripts/kit-systems/otel-demo.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/otel-demo.mjs';

export { system };

const INCIDENT = '2026-06-03T07:58:00Z';
const T = clock(INCIDENT);
const HANG = -19.5;

// Kafka's log4j layout "[%d] %p %m (%c)%n".
const kts = (min) => T.java(min).replace('.', ',');
const kl = (min, lvl, msg, cls) => `[${kts(min)}] ${lvl} ${msg} (${cls})`;
const KSTART = -60 * 24 * 9 + 0.6;
const kafkaLog = [
  kl(KSTART, 'INFO', 'Registered kafka:type=kafka.Log4jController MBean', 'kafka.utils.Log4jControllerRegistration$'),
  kl(KSTART + 0.05, 'INFO', '[BrokerServer id=1] Transition from STARTING to STARTED', 'kafka.server.BrokerServer'),
  kl(KSTART + 0.05, 'INFO', 'Kafka version: 3.9.1', 'org.apache.kafka.common.utils.AppInfoParser'),
  kl(KSTART + 0.05, 'INFO', '[KafkaRaftServer nodeId=1] Kafka Server started', 'kafka.server.KafkaRaftServer'),
  ...[-95, -71, -48, -26].flatMap((m, i) => [
    kl(m, 'INFO', `[LocalLog partition=orders-0, dir=/tmp/kafka-logs] Rolled new log segment at offset ${48211 + i * 1733} in 2 ms.`, 'kafka.log.LocalLog'),
    kl(m + 0.001, 'INFO', `[ProducerStateManager partition=orders-0] Wrote producer snapshot at offset ${48211 + i * 1733} with 0 producer ids in 1 ms.`, 'org.apache.kafka.storage.internals.log.ProducerStateManager'),
  ]),
  kl(-21.3, 'INFO', '[GroupCoordinator 1]: Dynamic member with unknown member id joins group accounting in Stable state. Created a new member id rdkafka-3b1f0c2e-8d4a-4f6b-9e21-7c5a0d9b3e14 and request the member to rejoin with this id.', 'kafka.coordinator.group.GroupCoordinator'),
];

// librdkafka (Confluent.Kafka in accounting) writes its own log lines to stderr: %level|unix.ms|FAC|name| [thrd:...]: msg
const rd = (min, lvl, fac, thrd, msg) => `%${lvl}|${(Date.parse(T.isoMs(min)) / 1000).toFixed(3)}|${fac}|rdkafka#consumer-1| [thrd:${thrd}]: ${msg}`;
const accountingLog = (() => {
  const out = [];
  for (let m = -40; m < HANG; m += 2.7) {
    out.push('info: Accounting.Consumer[0]');
    out.push(`      Order details: {"orderId":"${(Math.floor(-m * 7919) % 100000).toString(16)}e4c1-77a2-11f0-9d3b-42010a300${Math.floor(-m) % 10}1b","shippingTrackingId":"${(Math.floor(-m * 131) % 10000).toString(16)}b2d-4e8f-4a61-b0c3-9d7e1f2a5c44","shippingCost":{"currencyCode":"USD","units":"${Math.floor(-m) % 40 + 8}","nanos":${(Math.floor(-m * 37) % 99) * 10000000}},"shippingAddress":{"streetAddress":"1600 Amphitheatre Parkway","city":"Mountain View","state":"CA","country":"United States","zipCode":"94043"},"items":[{"item":{"productId":"OLJCESPC7Z","quantity":${Math.floor(-m) % 4 + 1}},"cost":{"currencyCode":"USD","units":"101","nanos":960000000}}]}`);
  }
  out.push(rd(HANG + 1.0, 4, 'REQTMOUT', 'kafka:9092/1', 'kafka:9092/1: Timed out FetchRequest in flight (after 60012ms, timeout #0)'));
  out.push(rd(HANG + 1.0, 4, 'REQTMOUT', 'kafka:9092/1', 'kafka:9092/1: Timed out 1 in-flight, 0 retry-queued, 0 out-queue, 0 partially-sent requests'));
  out.push(rd(HANG + 1.0, 3, 'FAIL', 'kafka:9092/1', 'kafka:9092/1: 1 request(s) timed out: disconnect (after 777604ms in state UP)'));
  out.push(rd(HANG + 0.8, 4, 'SESSTMOUT', 'main', 'Consumer group session timed out (in join-state steady) after 45031 ms without a successful response from the group coordinator (broker 1, last error was Success): revoking assignment and rejoining group'));
  for (let m = HANG + 1.3; m < -0.5; m += 1.4) {
    out.push(rd(m, 3, 'FAIL', 'kafka:9092/1', 'kafka:9092/1: ApiVersionRequest failed: Local: Timed out: probably due to broker version < 0.10 (see api.version.request configuration) (after 10009ms in state APIVERSION_QUERY)'));
    if (Math.round(m * 10) % 3 === 0) out.push(rd(m + 0.1, 4, 'REQTMOUT', 'GroupCoordinator', 'GroupCoordinator/1: Timed out FindCoordinatorRequest in flight (after 10003ms, timeout #0)'));
  }
  return out;
})();

// fraud-detection (Kotlin, kafka-clients, log4j2 "%d{HH:mm:ss.SSS} [%t] %-5level %logger{36} - %msg%n").
const hms = (min) => T.java(min).slice(11);
const FD = '[Consumer clientId=consumer-fraud-detection-1, groupId=fraud-detection]';
const fraudLog = (() => {
  const out = [];
  let count = 11804;
  for (let m = -40; m < HANG; m += 2.7) out.push(`${hms(m + 0.01)} [main] INFO  frauddetection - Consumed record with orderId: ${(Math.floor(-m * 7919) % 100000).toString(16)}e4c1-77a2-11f0-9d3b-42010a300${Math.floor(-m) % 10}1b, and updated total count to: ${count++}`);
  out.push(`${hms(HANG + 0.5)} [main] INFO  org.apache.kafka.clients.NetworkClient - ${FD} Disconnecting from node 1 due to request timeout.`);
  out.push(`${hms(HANG + 0.5)} [main] INFO  org.apache.kafka.clients.NetworkClient - ${FD} Cancelled in-flight FETCH request with correlation id 96113 due to node 1 being disconnected (elapsed time since creation: 30011ms, elapsed time since send: 30011ms, request timeout: 30000ms)`);
  out.push(`${hms(HANG + 0.5)} [main] INFO  org.apache.kafka.clients.FetchSessionHandler - ${FD} Error sending fetch request (sessionId=1187234412, epoch=9812) to node 1:`);
  out.push('org.apache.kafka.common.errors.DisconnectException: null');
  for (let m = HANG + 0.8; m < -0.5; m += 1.9) {
    out.push(`${hms(m)} [main] INFO  org.apache.kafka.clients.consumer.internals.ConsumerCoordinator - ${FD} Group coordinator kafka:9092 (id: 2147483646 rack: null) is unavailable or invalid due to cause: session timed out without receiving a heartbeat response. isDisconnected: false. Rediscovery will be attempted.`);
    out.push(`${hms(m + 0.5)} [main] INFO  org.apache.kafka.clients.NetworkClient - ${FD} Disconnecting from node 1 due to request timeout.`);
    out.push(`${hms(m + 0.5)} [main] INFO  org.apache.kafka.clients.NetworkClient - ${FD} Cancelled in-flight FIND_COORDINATOR request with correlation id ${96140 + Math.round(m * -3)} due to node 1 being disconnected (elapsed time since creation: 30006ms, elapsed time since send: 30006ms, request timeout: 30000ms)`);
  }
  return out;
})();

// Envoy's default access-log format in frontend-proxy.
const envoy = (min, method, path, status, flags, sent, dur, i) => `[${T.isoMs(min)}] "${method} ${path} HTTP/1.1" ${status} ${flags} 0 ${sent} ${dur} ${flags === '-' ? Math.max(1, dur - 1) : '-'} "-" "python-requests/2.32.4" "${(0x3f2a91c + i * 7717).toString(16)}-9c1e-4b7a-8d2f-${String(100000000000 + i * 313).slice(0, 12)}" "frontend-proxy:8080" "%IPOF:frontend#0%:8080"`;
const proxyLog = (() => {
  const out = [];
  let i = 0;
  for (let m = -44; m < -0.5; m += 0.9) {
    out.push(envoy(m, 'GET', '/api/products/OLJCESPC7Z?currencyCode=USD', 200, '-', 712, 23, i++));
    out.push(envoy(m + 0.1, 'GET', '/api/cart?sessionId=1d2f6a3e-5b7c-4e9d-8f0a-2c4b6d8e1f3a&currencyCode=USD', 200, '-', 436, 11, i++));
    if (i % 4 === 0) {
      const bad = m > HANG + 0.3;
      out.push(envoy(m + 0.2, 'POST', '/api/checkout?currencyCode=USD', bad ? 504 : 200, bad ? 'UT' : '-', bad ? 24 : 1873, bad ? 15000 : 431, i++));
    }
  }
  return out;
})();

export const scenarios = [
  {
    folder: 's59b-kafka-broker-hung',
    description: 'astronomy shop: Place Order spins ~15s then 504 since around 07:40. browsing and cart fine',
    incidentTime: INCIDENT,
    expected: { component: 'kafka', cause: 'dependency-down' },
    difficulty: 'hard',
    traits: ['pods-ready', 'callers-only', 'louder-dependents', 'decoy', 'time-expression'],
    workloads: {
      accounting: {
        pods: [{
          containers: {
            accounting: cs.restartedRunning({
              restarts: 1, startedAt: T.iso(-60 * 24 * 4 - 7),
              last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9 + 0.7), finishedAt: T.iso(-60 * 24 * 4 - 7.05) },
            }),
          },
        }],
      },
    },
    events: [],
    logs: {
      'kafka#0/kafka': kafkaLog,
      'accounting#0/accounting': accountingLog,
      'fraud-detection#0/fraud-detection': fraudLog,
      'frontend-proxy#0/frontend-proxy': proxyLog,
    },
    grounding: `
      OpenTelemetry demo 2.1.3 (kubernetes/opentelemetry-demo.yaml at a8a3ea2; kit system scripts/kit-systems/otel-demo.mjs):
      a single KRaft Kafka (no probes, 600Mi limit) carries the orders topic; checkout (Go, sarama AsyncProducer,
      RequiredAcks NoResponse) puts each order on producer.Input() and then waits for Successes/Errors or the request
      context (src/checkout/main.go sendToPostProcessor, kafka/producer.go); accounting (.NET, Confluent.Kafka/librdkafka)
      and fraud-detection (Kotlin, kafka-clients) consume it; frontend-proxy (Envoy) has the default 15 s route timeout.
      Fault: 19 minutes before, the broker stopped answering requests while its JVM stayed up and its listener kept
      accepting TCP (the "broker alive but answering nothing" shape of public Kafka hang reports, e.g. request-handler
      threads blocked; the thread dump is not part of the snapshot). The pod is Running and Ready (no probe), 0 restarts,
      and its log simply stops after routine segment rolls. Callers are the loud ones: librdkafka's REQTMOUT / "1 request(s)
      timed out: disconnect" / "ApiVersionRequest failed: Local: Timed out" and SESSTMOUT in accounting, kafka-clients'
      "Disconnecting from node 1 due to request timeout" and coordinator rediscovery in fraud-detection, and Envoy 504 UT
      after 15000 ms on POST /api/checkout as sarama's input buffer fills and PlaceOrder blocks; product and cart calls
      stay 200. checkout's own lines go through the OTLP log exporter (otelslog), not stdout, so its container log is not
      part of the snapshot.
      Decoy: accounting was OOMKilled four days ago (120Mi) and has run since.
      Deviations from upstream: none in the manifests; the Kafka version line is the image's.
    `,
  },
];
