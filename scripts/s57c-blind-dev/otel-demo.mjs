// Blind dev batch s57c: OpenTelemetry demo (Astronomy Shop 2.1.3) spec for the scenario kit, one scenario.
// The kafka container is frozen (cgroup freezer, a game-day "pause" left running): Running and Ready, silent; its clients time out.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as otelSystem } from '../kit-systems/otel-demo.mjs';

export const system = otelSystem;

const T3 = clock('2026-04-22T09:37:00Z');
const FREEZE = -27; // 09:10
const jit = (m) => (Math.abs(Math.sin(m * 6007)) * 0.9) / 60;
const ns = (T, m) => T.isoMs(m).replace('Z', `${String(Math.floor(Math.abs(Math.sin(m * 131)) * 999999)).padStart(6, '0')}Z`);
const lr = (T, m, severity, message) => JSON.stringify({ message, severity, timestamp: ns(T, m) }).replaceAll('<', '\\u003c').replaceAll('>', '\\u003e');
// sarama writes through the logrus Printf of checkout (info, trailing newline kept in the message)
const sarama = (T, m, msg) => lr(T, m, 'info', `${msg}\n`);

const CO = '%IPOF:checkout#0%';
const KF = '%IPOF:kafka#0%';
const users = ['2c0b6f3e-8f5a-4e7e-9a51-1f7d0e6b9c42', '7a1e4d90-35b2-4c1f-b8e3-0d9f6a2c5e71', 'b93f2a17-6c04-4d8e-a5f1-3e7c9b0d2a68', 'e45c8d21-9a7f-4b36-8c12-5f0a3d6e9b87'];
const kafkaMsg = "{orders <nil> [10 36 " + '51 55 102 97 56 50 99 52 45 49 101 54 100 45 49 49 102 49' + " ...] [{[116 114 97 99 101 112 97 114 101 110 116] [48 48 45 55 102 51 97]}] <nil> 0 -1 0001-01-01 00:00:00 +0000 UTC 0 0 <nil> 0 0}";

function order(T, m, i, kafkaOutcome) {
  const u = users[i % users.length];
  const out = [
    lr(T, m, 'info', `[PlaceOrder] user_id="${u}" user_currency="${['USD', 'EUR', 'CAD'][i % 3]}"`),
    lr(T, m + 0.004, 'info', `payment went through (transaction_id: ${['3f1c9a70', '9b2e4d15', 'c07a6e38', '5d8f1b24'][i % 4]}-${(4100 + i * 37).toString(16)}-4a1e-9d3c-7e2b0f6a1c${String(10 + i).padStart(2, '0')})`),
    lr(T, m + 0.006, 'info', `order confirmation email sent to "${['larry_sergei@example.com', 'mike.w@example.com', 'jan.k@example.com'][i % 3]}"`),
    lr(T, m + 0.0061, 'info', 'sending to postProcessor'),
    lr(T, m + 0.0062, 'info', `Message sent to Kafka: ${kafkaMsg}`),
  ];
  if (kafkaOutcome === 'ok') out.push(lr(T, m + 0.0063, 'info', `Successful to write message. offset: 0, duration: ${312 + i * 47}.${String(100 + ((i * 71) % 900))}µs`));
  return out;
}

function checkoutLog(T) {
  const out = [];
  out.push(...order(T, -34.2, 0, 'ok'), ...order(T, -31.5, 1, 'ok'), ...order(T, -29.1, 2, 'ok'));
  // 09:10 kafka freezes; with RequiredAcks=NoResponse the async producer reports success once the bytes are in the socket buffer
  out.push(...order(T, -25.7, 3, 'ok'), ...order(T, -23.2, 4, 'ok'));
  // the periodic metadata refresh (10 min) is the first request that needs an answer
  const a = -21.4;
  out.push(
    sarama(T, a, 'client/metadata fetching metadata for all topics from broker kafka:9092'),
    sarama(T, a + 0.5, `client/metadata got error from broker 1 while fetching metadata: read tcp ${CO}:41872->${KF}:9092: i/o timeout`),
    sarama(T, a + 0.5001, 'Closed connection to broker kafka:9092'),
    sarama(T, a + 0.5002, 'client/metadata no available broker to send metadata request to'),
    sarama(T, a + 0.5003, 'client/brokers resurrecting 1 dead seed brokers'),
    sarama(T, a + 0.5004, 'client/metadata retrying after 250ms... (2 attempts remaining)'),
    sarama(T, a + 0.5046, 'client/metadata fetching metadata for all topics from broker kafka:9092'),
    sarama(T, a + 0.5049, 'Connected to broker at kafka:9092 (unregistered)'),
  );
  let n = 5;
  for (const m of [-20.6, -16.3, -11.8, -7.2, -2.9]) {
    const i = n++;
    out.push(...order(T, m, i, 'pending'));
    out.push(
      sarama(T, m + 0.0064, 'producer/broker/1 state change to [closing] because kafka: broker not connected'),
      sarama(T, m + 0.0065, 'producer/leader/orders/0 state change to [retrying-1]'),
      sarama(T, m + 0.0066, 'producer/leader/orders/0 abandoning broker 1'),
      sarama(T, m + 0.0067, 'producer/broker/1 input chan closed'),
      sarama(T, m + 0.0068, 'producer/broker/1 shut down'),
      sarama(T, m + 0.011, 'client/metadata fetching metadata for [orders] from broker kafka:9092'),
      sarama(T, m + 0.511, `client/metadata got error from broker -1 while fetching metadata: read tcp ${CO}:${42010 + i * 31}->${KF}:9092: i/o timeout`),
      sarama(T, m + 0.5111, 'Closed connection to broker kafka:9092'),
      sarama(T, m + 0.5112, 'client/metadata no available broker to send metadata request to'),
      sarama(T, m + 0.5113, 'client/brokers resurrecting 1 dead seed brokers'),
      sarama(T, m + 0.5114, 'client/metadata retrying after 250ms... (2 attempts remaining)'),
    );
    if (m + 1.56 < -0.05) {
      out.push(
        sarama(T, m + 1.02, `client/metadata got error from broker -1 while fetching metadata: read tcp ${CO}:${42011 + i * 31}->${KF}:9092: i/o timeout`),
        sarama(T, m + 1.53, `client/metadata got error from broker -1 while fetching metadata: read tcp ${CO}:${42012 + i * 31}->${KF}:9092: i/o timeout`),
        sarama(T, m + 1.5301, 'client/metadata no available brokers to send metadata request to'),
        i % 2
          ? lr(T, m + 1.531, 'error', `Failed to write message: kafka: client has run out of available brokers to talk to: read tcp ${CO}:${42012 + i * 31}->${KF}:9092: i/o timeout`)
          : lr(T, m + 1.531, 'error', `Failed to write message: kafka: Failed to produce message to topic orders: kafka: client has run out of available brokers to talk to: read tcp ${CO}:${42012 + i * 31}->${KF}:9092: i/o timeout`),
      );
    }
  }
  return out.sort((x, y) => JSON.parse(x.replaceAll('\\u003c', '<').replaceAll('\\u003e', '>')).timestamp.localeCompare(JSON.parse(y.replaceAll('\\u003c', '<').replaceAll('\\u003e', '>')).timestamp));
}

function kafkaLog(T) {
  const k = (m, msg) => {
    const d = T.java(m).replace('.', ',');
    return `[${d}] ${msg}`;
  };
  return [
    k(-62.3, 'INFO [ProducerStateManager partition=orders-0] Wrote producer snapshot at offset 281734 with 0 producer ids in 1 ms. (org.apache.kafka.storage.internals.log.ProducerStateManager)'),
    k(-62.3, 'INFO [LocalLog partition=orders-0, dir=/tmp/kafka-logs] Rolled new log segment at offset 281734 in 4 ms. (kafka.log.LocalLog)'),
    k(-48.9, 'INFO [LocalLog partition=__cluster_metadata-0, dir=/tmp/kafka-logs] Rolled new log segment at offset 912440 in 2 ms. (kafka.log.LocalLog)'),
    k(-48.9, 'INFO [ProducerStateManager partition=__cluster_metadata-0] Wrote producer snapshot at offset 912440 with 0 producer ids in 0 ms. (org.apache.kafka.storage.internals.log.ProducerStateManager)'),
    k(-41.5, 'INFO [GroupCoordinator 1]: Dynamic member with unknown member id joins group accounting in Stable state. Created a new member id rdkafka-6b1d0c55-3f2a-4e8b-9c71-0a4d2e8f5b13 and request the member to rejoin with this id. (kafka.coordinator.group.GroupCoordinator)'),
    k(-41.5, 'INFO [GroupCoordinator 1]: Preparing to rebalance group accounting in state PreparingRebalance with old generation 212 (__consumer_offsets-28) (reason: Adding new member rdkafka-6b1d0c55-3f2a-4e8b-9c71-0a4d2e8f5b13 with group instance id None; client reason: not provided) (kafka.coordinator.group.GroupCoordinator)'),
    k(-41.45, 'INFO [GroupCoordinator 1]: Stabilized group accounting generation 213 (__consumer_offsets-28) with 1 members (kafka.coordinator.group.GroupCoordinator)'),
    k(-41.44, 'INFO [GroupCoordinator 1]: Assignment received from leader rdkafka-6b1d0c55-3f2a-4e8b-9c71-0a4d2e8f5b13 for group accounting for generation 213. The group has 1 members, 0 of which are static. (kafka.coordinator.group.GroupCoordinator)'),
    k(-35.6, 'INFO [UnifiedLog partition=__cluster_metadata-0, dir=/tmp/kafka-logs] Deleting segment LogSegment(baseOffset=871022, size=1048532, lastModifiedTime=1776777431000, largestRecordTimestamp=1776777430917) due to log retention time 604800000ms breach based on the largest record timestamp in the segment (kafka.log.UnifiedLog)'),
    k(FREEZE - 0.4, 'INFO [SnapshotGenerator id=1] Creating new KRaft snapshot file snapshot 00000000000000914007-0000000001 because we have waited at least 60 minute(s). (org.apache.kafka.image.publisher.SnapshotGenerator)'),
    k(FREEZE - 0.39, 'INFO [SnapshotEmitter id=1] Successfully wrote snapshot 00000000000000914007-0000000001 (org.apache.kafka.image.publisher.SnapshotEmitter)'),
  ];
}

function accountingLog(T) {
  // Microsoft.Extensions.Logging simple console for the app; librdkafka's own log lines through Confluent.Kafka's default handler
  const rd = (m, lvl, fac, msg) => ({ m, l: [`%${lvl}|${T.java(m)}|rdkafka#consumer-1|${fac}| ${msg}`] });
  const out = [];
  [-34.1, -31.4, -29.0].forEach((m, i) => out.push({ m, l: ['info: Accounting.Consumer[0]', `      Order details: {"orderId": "${['37fa82c4', '4b90d1e6', '5c21a7f8'][i]}-1e6d-11f1-8e0b-${['0a58a9feac02', '0a58a9feac03', '0a58a9feac04'][i]}", "shippingTrackingId": "${['f3d1c8a2', '0b6e9d47', '91c2f5e8'][i]}-7a4c-4e19-b2d0-6c8e1f3a5b70", "items": ${i + 1}}.`] }));
  out.push(
    rd(FREEZE + 0.8, 4, 'SESSTMOUT', '[thrd:main]: Consumer group session timed out (in join-state steady) after 45003 ms without a successful response from the group coordinator (broker 1, last error was Success): revoking assignment and rejoining group'),
    rd(FREEZE + 1.05, 4, 'REQTMOUT', '[thrd:kafka:9092/1]: kafka:9092/1: Timed out FetchRequest in flight (after 60512ms, timeout #0)'),
    rd(FREEZE + 1.0501, 4, 'REQTMOUT', '[thrd:kafka:9092/1]: kafka:9092/1: Timed out 1 in-flight, 0 retry-queued, 0 out-queue, 0 partially-sent requests'),
    rd(FREEZE + 1.0502, 3, 'FAIL', '[thrd:kafka:9092/1]: kafka:9092/1: 1 request(s) timed out: disconnect (after 3512233ms in state UP)'),
    rd(FREEZE + 6.1, 3, 'FAIL', '[thrd:GroupCoordinator]: GroupCoordinator: kafka:9092: 1 request(s) timed out: disconnect (after 301232ms in state UP)'),
  );
  for (let m = FREEZE + 3.2; m < -0.5; m += 4.1) {
    out.push(rd(m, 4, 'REQTMOUT', '[thrd:kafka:9092/bootstrap]: kafka:9092/1: Timed out ApiVersionRequest in flight (after 10008ms, timeout #0)'));
    out.push(rd(m + 0.0001, 3, 'FAIL', '[thrd:kafka:9092/bootstrap]: kafka:9092/1: ApiVersionRequest failed: Local: Timed out: probably due to broker version < 0.10 (see api.version.request configuration) (after 10008ms in state APIVERSION_QUERY)'));
  }
  return out.sort((x, y) => x.m - y.m).flatMap((x) => x.l);
}

function fraudLog(T) {
  const hm = (m) => T.java(m).slice(11);
  const C = '[Consumer clientId=consumer-fraud-detection-1, groupId=fraud-detection]';
  const out = [];
  [-34.1, -31.4, -29.0].forEach((m, i) => out.push(`${hm(m + 0.003)} [main] INFO  frauddetection - Consumed record with orderId: ${['37fa82c4', '4b90d1e6', '5c21a7f8'][i]}-1e6d-11f1-8e0b-${['0a58a9feac02', '0a58a9feac03', '0a58a9feac04'][i]}, and updated total count to: ${4817 + i}`));
  out.push(
    `${hm(FREEZE + 0.5)} [kafka-coordinator-heartbeat-thread | fraud-detection] INFO  org.apache.kafka.clients.NetworkClient - ${C} Disconnecting from node 2147483646 due to request timeout.`,
    `${hm(FREEZE + 0.5)} [kafka-coordinator-heartbeat-thread | fraud-detection] INFO  org.apache.kafka.clients.NetworkClient - ${C} Cancelled in-flight HEARTBEAT request with correlation id 884213 due to node 2147483646 being disconnected (elapsed time since creation: 30004ms, elapsed time since send: 30004ms, request timeout: 30000ms)`,
    `${hm(FREEZE + 0.5)} [kafka-coordinator-heartbeat-thread | fraud-detection] INFO  org.apache.kafka.clients.consumer.internals.ConsumerCoordinator - ${C} Group coordinator kafka:9092 (id: 2147483646 rack: null) is unavailable or invalid due to cause: coordinator unavailable. isDisconnected: true. Rediscovery will be attempted.`,
    `${hm(FREEZE + 0.55)} [main] INFO  org.apache.kafka.clients.NetworkClient - ${C} Disconnecting from node 1 due to request timeout.`,
    `${hm(FREEZE + 0.55)} [main] INFO  org.apache.kafka.clients.NetworkClient - ${C} Cancelled in-flight FETCH request with correlation id 884219 due to node 1 being disconnected (elapsed time since creation: 30502ms, elapsed time since send: 30502ms, request timeout: 30000ms)`,
    `${hm(FREEZE + 0.55)} [main] INFO  org.apache.kafka.clients.FetchSessionHandler - ${C} Error sending fetch request (sessionId=1187365421, epoch=81133) to node 1:`,
    'org.apache.kafka.common.errors.DisconnectException: null',
  );
  for (let m = FREEZE + 1.6; m < -0.5; m += 3.3) {
    out.push(`${hm(m)} [main] INFO  org.apache.kafka.clients.NetworkClient - ${C} Disconnecting from node 1 due to request timeout.`);
    out.push(`${hm(m)} [main] INFO  org.apache.kafka.clients.NetworkClient - ${C} Cancelled in-flight FIND_COORDINATOR request with correlation id ${884230 + Math.round(m * -10)} due to node 1 being disconnected (elapsed time since creation: 30001ms, elapsed time since send: 30001ms, request timeout: 30000ms)`);
    out.push(`${hm(m + 0.001)} [main] INFO  org.apache.kafka.clients.consumer.internals.ConsumerCoordinator - ${C} FindCoordinator request hit fatal exception`);
    out.push('org.apache.kafka.common.errors.DisconnectException: null');
  }
  return out;
}

function proxyLog(T) {
  const e = (m, req, code, flags, rx, tx, dur, up, ua, i) =>
    `[${T.isoMs(m)}] "${req} HTTP/1.1" ${code} ${flags} ${rx} ${tx} ${dur} ${up} "10.48.0.1" "${ua}" "${['5b0e1d3a', 'c9a24f71', '0f7e3b62', '8d1c5a94'][i % 4]}-${(0x1a2b + i * 77).toString(16)}-4f0e-9b3d-${(0x5c6d7e8f9a0b + i * 4099).toString(16)}" "frontend-proxy:8080" "%IPOF:frontend#0%:8080"`;
  const ua = 'python-requests/2.32.3';
  const out = [];
  let i = 0;
  for (let m = -36; m < -0.3; m += 0.9, i++) {
    const mm = m + (Math.abs(Math.sin(m * 17)) * 0.4) / 60;
    out.push({ m: mm, l: e(mm, 'GET /api/products/' + ['OLJCESPC7Z', '66VCHSJNUP', '1YMWWN1N4O', 'L9ECAV7KIM'][i % 4], 200, '-', 0, 1129, 18, 17, ua, i) });
    if (i % 3 === 0) out.push({ m: mm + 0.05, l: e(mm + 0.05, 'POST /api/cart', 200, '-', 118, 0, 12, 12, ua, i + 1) });
  }
  for (const m of [-34.2, -31.5, -29.1, -25.7, -23.2]) out.push({ m: m - 0.001, l: e(m - 0.001, 'POST /api/checkout?currencyCode=USD', 200, '-', 512, 1804, 312, 311, ua, i++) });
  for (const m of [-20.6, -16.3, -11.8, -7.2, -2.9]) out.push({ m: m - 0.001, l: e(m - 0.001, 'POST /api/checkout?currencyCode=USD', 504, 'UT', 512, 24, 15000, '-', ua, i++) });
  return out.filter((x) => x.m + (x.l.includes(' 504 ') ? 0.26 : 0) < -0.05).sort((a, b) => a.m - b.m).map((x) => x.l);
}

export const scenarios = [
  {
    folder: 's57c-kafka-frozen-checkout-orders-hang',
    description: 'commerce oncall: place order hangs and then 504s since ~9:15, browsing and cart are fine. is checkout broken??',
    incidentTime: '2026-04-22T09:37:00Z',
    expected: { component: 'kafka', cause: 'dependency-down' },
    difficulty: 'hard',
    traits: ['pods-ready', 'callers-only', 'louder-dependents', 'decoy', 'time-expression', 'team-name'],
    grounding: `
      Fault: at 09:10 the kafka container was frozen by a chaos "pause" (pumba pause, which freezes the container's cgroup)
      aimed at the staging cluster but run against this one's context and left running. A frozen container keeps state
      Running, the kubelet sees nothing, and kafka has no probes in kubernetes/opentelemetry-demo.yaml (open-telemetry/
      opentelemetry-demo a8a3ea2, demo 2.1.3), so the pod stays Ready and its Endpoints keep it; the kernel still completes TCP
      handshakes on 9092, but nothing answers. Kafka's own log stops at 09:09:36 (its last KRaft snapshot) — silence, no error.
      What the clients print (from their code): checkout (Go, IBM/sarama async producer with RequiredAcks=NoResponse, logrus
      JSON with sarama.Logger routed to it; src/checkout/main.go sendToPostProcessor and kafka/producer.go) keeps reporting
      "Successful to write message" while the bytes fit in the socket buffer, then the 10-minute metadata refresh times out
      ("client/metadata got error from broker … i/o timeout", "resurrecting 1 dead seed brokers") and each later order waits
      out sarama's retries before "Failed to write message: kafka: client has run out of available brokers to talk to: …";
      PlaceOrder blocks meanwhile, so frontend-proxy (Envoy, default 15s route timeout) answers 504 UT on POST /api/checkout —
      checkout and frontend-proxy are the loud ones. accounting (.NET, Confluent.Kafka/librdkafka) logs REQTMOUT, FAIL and
      SESSTMOUT lines, fraud-detection (Kotlin, kafka-clients) "Disconnecting from node 1 due to request timeout" and
      coordinator rediscovery.
      Decoys: email was OOMKilled (memory limit 100Mi) several times this morning, last five hours ago; product-catalog was
      rollout-restarted three hours ago after a products ConfigMap edit; both unrelated.
      Deviations from upstream: the chaos pause; the order/transaction ids; log lines sampled. No Events (nothing in Kubernetes
      changed within the hour).
      Expected kafka / dependency-down: the broker is hung while its pods look healthy; checkout is a victim.
    `,
    workloads: {
      email: {
        pods: [{ readyTransition: T3.iso(-301.4), containers: { email: cs.restartedRunning({ restarts: 3, startedAt: T3.iso(-301.5), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T3.iso(-402.2), finishedAt: T3.iso(-301.6) } }) } }],
      },
      'product-catalog': {
        patch: { podAnnotations: { 'kubectl.kubernetes.io/restartedAt': T3.iso(-181.1) } },
        rollout: { at: -181, oldPatch: { podAnnotations: undefined } },
      },
    },
    events: [],
    logs: {
      'kafka#0/kafka': kafkaLog(T3),
      'checkout#0/checkout': checkoutLog(T3),
      'accounting#0/accounting': accountingLog(T3),
      'fraud-detection#0/fraud-detection': fraudLog(T3),
      'frontend-proxy#0/frontend-proxy': proxyLog(T3),
    },
  },
];
