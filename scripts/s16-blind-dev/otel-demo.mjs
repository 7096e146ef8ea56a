// s16 blind dev scenario for the OpenTelemetry demo (split dev), expanded by scripts/s16-build-blind-dev-c.mjs with the kit.
// Written blind: the expected answer was fixed here before the snapshot was generated; the engine was never run on it.
import { clock } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/otel-demo.mjs';

export const system = base;

// ---------------------------------------------------------------------------------------------------------------
// 5. kafka: heap exhausted (-Xmx400M); the JVM does not exit, the broker stops answering; pod Running and Ready.
// ---------------------------------------------------------------------------------------------------------------
const s5 = (() => {
  const incidentTime = '2026-06-10T08:24:00Z';
  const T = clock(incidentTime);
  const F0 = -19; // 08:05
  const kt = (m) => T.java(m).replace('.', ','); // log4j [yyyy-MM-dd HH:mm:ss,SSS]
  const epoch = (m) => (Date.parse(T.isoMs(m)) / 1000).toFixed(3);
  const kafka = [
    `[${kt(-60 * 24 * 6 + 0.5)}] INFO [KafkaRaftServer nodeId=1] Kafka Server started (kafka.server.KafkaRaftServer)`,
  ];
  for (let m = -60; m < F0 - 1; m += 6) kafka.push(`[${kt(m)}] INFO [LocalLog partition=orders-0, dir=/tmp/kraft-combined-logs] Rolled new log segment at offset ${1834122 + Math.round((m + 60) * 911)} in 3 ms. (kafka.log.LocalLog)`);
  kafka.push(`[${kt(F0 - 0.8)}] INFO [GroupCoordinator 1]: Dynamic member with unknown member id joins group accounting in Stable state. Created a new member id rdkafka-7c1e2f3a-4b5d-4e6f-9a0b-1c2d3e4f5a6b and request the member to rejoin with this id. (kafka.coordinator.group.GroupCoordinator)`);
  kafka.push(`[${kt(F0)}] ERROR [KafkaApi-1] Unexpected error handling request RequestHeader(apiKey=FETCH, apiVersion=16, clientId=consumer-fraud-detection-1, correlationId=481233, headerVersion=2) -- FetchRequestData(clusterId=null, replicaId=-1, replicaState=ReplicaState(replicaId=-1, replicaEpoch=-1), maxWaitMs=500, minBytes=1, maxBytes=52428800, isolationLevel=0, sessionId=1493212201, sessionEpoch=88231) with context RequestContext(header=RequestHeader(apiKey=FETCH, apiVersion=16, clientId=consumer-fraud-detection-1, correlationId=481233, headerVersion=2), connectionId='%PODIP%:9092-%IPOF:fraud-detection#0%:41872-7', clientAddress=/%IPOF:fraud-detection#0%, principal=User:ANONYMOUS, listenerName=ListenerName(PLAINTEXT), securityProtocol=PLAINTEXT, clientInformation=ClientInformation(softwareName=apache-kafka-java, softwareVersion=3.9.0), fromPrivilegedListener=false, principalSerde=Optional[org.apache.kafka.common.security.authenticator.DefaultKafkaPrincipalBuilder@2f1a7c3e]) (kafka.server.KafkaApis)`,
    'java.lang.OutOfMemoryError: Java heap space');
  for (let m = F0 + 0.2, i = 0; m < -0.5; m += 1.3, i++) {
    if (i % 3 === 0) kafka.push(`[${kt(m)}] ERROR Processor ${i % 3} got uncaught exception. (kafka.network.Processor)`, 'java.lang.OutOfMemoryError: Java heap space');
    else if (i % 3 === 1) kafka.push(`[${kt(m)}] ERROR [ReplicaManager broker=1] Error processing append operation on partition orders-0 (kafka.server.ReplicaManager)`, 'java.lang.OutOfMemoryError: Java heap space');
    else kafka.push(`[${kt(m)}] ERROR Uncaught exception in thread 'data-plane-kafka-request-handler-${i % 8}': (org.apache.kafka.common.utils.KafkaThread)`, 'java.lang.OutOfMemoryError: Java heap space');
  }
  const checkout = [];
  for (let m = -40, k = 0; m < -0.3; m += 0.8, k++) {
    const t = (x) => T.isoMs(x).replace('Z', `${String(k * 7919 % 1000000).padStart(6, '0')}Z`);
    const uid = ['c5a2e8d0-4b0f-4d1e-8a3c-9f7b6e5d4c3b', '0b7e7e6c-1f2a-4a3b-9c8d-7e6f5a4b3c2d', 'e1d2c3b4-a5f6-4e7d-8c9b-0a1b2c3d4e5f'][k % 3];
    checkout.push(`{"time":"${t(m)}","level":"INFO","msg":"[PlaceOrder] user_id=\\"${uid}\\" user_currency=\\"USD\\""}`);
    checkout.push(`{"time":"${t(m + 0.01)}","level":"INFO","msg":"payment went through","transaction_id":"${uid.slice(0, 8)}-9a1f-4c2e-b7d3-${(k * 104729).toString(16).padStart(12, '0').slice(-12)}"}`);
    if (m < F0) checkout.push(`{"time":"${t(m + 0.02)}","level":"INFO","msg":"Successful to write message. offset: ${1900000 + k}, duration: ${3 + (k % 5)}.${k % 9}ms"}`);
    else checkout.push(`{"time":"${t(m + 0.5)}","level":"ERROR","msg":"Failed to write message: read tcp %PODIP%:${40000 + k * 3}->%SVCIP:kafka%:9092: i/o timeout"}`);
  }
  const accounting = [];
  for (let m = -40; m < F0; m += 1.5) accounting.push(`info: Accounting.Consumer[0]\n      Order details: {"orderId":"${Math.round(-m * 7919).toString(16)}-1c2d-11ef-9a3b-0242ac120002","shippingTrackingId":"${Math.round(-m * 104729).toString(16)}-2e3f"}`);
  for (let m = F0 + 1, i = 0; m < -0.2; m += 1.05, i++) {
    accounting.push(`%4|${epoch(m)}|REQTMOUT|rdkafka#consumer-1| [thrd:kafka:9092/1]: kafka:9092/1: Timed out FetchRequest in flight (after ${60100 + i * 37}ms, timeout #0)`);
    accounting.push(`%4|${epoch(m)}|REQTMOUT|rdkafka#consumer-1| [thrd:kafka:9092/1]: kafka:9092/1: Timed out 1 in-flight, 0 retry-queued, 0 out-queue, 0 partially-sent requests`);
    accounting.push(`%3|${epoch(m + 0.001)}|FAIL|rdkafka#consumer-1| [thrd:kafka:9092/1]: kafka:9092/1: 1 request(s) timed out: disconnect (after ${61000 + i * 59}ms in state UP)`);
    if (i % 3 === 1) accounting.push(`%3|${epoch(m + 0.5)}|FAIL|rdkafka#consumer-1| [thrd:GroupCoordinator]: GroupCoordinator: kafka:9092: 1 request(s) timed out: disconnect (after 10006ms in state UP)`);
  }
  const ft = (m) => T.java(m).replace(/\.\d+$/, '');
  const fraud = [];
  for (let m = -40; m < F0; m += 2.2) fraud.push(`${ft(m)} - frauddetection - Consumed record with orderId: ${Math.round(-m * 7919).toString(16)}-1c2d-11ef-9a3b-0242ac120002, and updated total count to: ${88211 + Math.round(m + 40)} trace_id=${(Math.round(-m * 1e6)).toString(16).padStart(32, 'a')} span_id=${(Math.round(-m * 1e3)).toString(16).padStart(16, 'b')} trace_flags=01`);
  for (let m = F0 + 0.6, i = 0; m < -0.2; m += 0.55, i++) {
    fraud.push(`${ft(m)} - o.a.k.clients.NetworkClient - [Consumer clientId=consumer-fraud-detection-1, groupId=fraud-detection] Disconnecting from node 1 due to request timeout. trace_id= span_id= trace_flags=`);
    fraud.push(`${ft(m)} - o.a.k.clients.NetworkClient - [Consumer clientId=consumer-fraud-detection-1, groupId=fraud-detection] Cancelled in-flight FETCH request with correlation id ${481240 + i * 3} due to node 1 being disconnected (elapsed time since creation: ${30005 + i * 11}ms, elapsed time since send: ${30005 + i * 11}ms, request timeout: 30000ms) trace_id= span_id= trace_flags=`);
    if (i % 4 === 2) fraud.push(`${ft(m + 0.1)} - o.a.k.c.c.i.ConsumerCoordinator - [Consumer clientId=consumer-fraud-detection-1, groupId=fraud-detection] Group coordinator kafka:9092 (id: 2147483646 rack: null) is unavailable or invalid due to cause: session timed out without receiving a heartbeat response. isDisconnected: false. Rediscovery will be attempted. trace_id= span_id= trace_flags=`);
  }
  const proxy = [];
  for (let m = -30, i = 0; m < -0.2; m += 0.3, i++) {
    const slow = m >= F0 + 0.3;
    const isCheckout = i % 4 === 0;
    const path = isCheckout ? '/api/checkout?currencyCode=USD' : ['/api/products/OLJCESPC7Z', '/api/cart', '/api/recommendations?productIds=', '/api/data/'][i % 4];
    const code = isCheckout && slow ? 504 : 200;
    const dur = isCheckout ? (slow ? 15001 : 180 + (i % 90)) : 8 + (i % 40);
    proxy.push(`[${T.isoMs(m)}] "${isCheckout ? 'POST' : 'GET'} ${path} HTTP/1.1" ${code} ${code === 504 ? 'UT upstream_response_timeout' : '- via_upstream'} - "-" ${isCheckout ? 412 : 0} ${code === 504 ? 24 : 1830 + (i % 300)} ${dur} ${code === 504 ? '-' : dur - 1} "-" "python-requests/2.32.3" "${(i * 2654435761 >>> 0).toString(16)}-1c2d-4e3f-8a9b-${String(i).padStart(12, '0')}" "frontend-proxy:8080" "%IPOF:frontend#0%:8080" frontend %PODIP%:${50000 + i} %PODIP%:8080 %IPOF:load-generator#0%:${40000 + i} - -`);
  }
  return {
    folder: 's16-kafka-heap-zombie',
    incidentTime,
    description: 'astronomy shop: placing an order hangs then fails, started around 08:05',
    expected: { component: 'kafka', cause: 'dependency-down' },
    alsoAcceptable: [{ component: 'kafka', cause: 'resource-exhaustion' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      Manifest facts (opentelemetry-demo.yaml at a8a3ea2): kafka (ghcr.io/open-telemetry/demo:2.1.3-kafka, single KRaft node,
      KAFKA_HEAP_OPTS -Xmx400M -Xms400M, memory limit 600Mi, no probes); checkout produces every order to topic orders
      (KAFKA_ADDR kafka:9092, sarama) and waits for the producer's success or error before PlaceOrder returns; accounting (.NET,
      Confluent.Kafka/librdkafka) and fraud-detection (Kotlin, kafka-clients) consume it. frontend-proxy (Envoy) has the default
      15 s route timeout. Fault: the broker's heap is exhausted (java.lang.OutOfMemoryError: Java heap space in request handler
      and network processor threads). The JVM runs without -XX:+ExitOnOutOfMemoryError, so the process stays up: no container
      restart, the kernel sees no cgroup OOM (the 400M heap is below the 600Mi limit), the pod stays Running and Ready, port
      9092 still accepts connections, but requests are never answered - the "zombie broker" pattern of public Kafka reports on
      OutOfMemoryError without exit. Callers log what their clients log: sarama "i/o timeout" in checkout (orders stuck until the
      write times out; Envoy answers 504 UT after 15 s), librdkafka REQTMOUT/FAIL in accounting, NetworkClient "Disconnecting from
      node 1 due to request timeout" in fraud-detection. Kafka is down for its dependents though Kubernetes shows it healthy; the
      heap exhaustion itself is also accepted (kafka/resource-exhaustion). checkout's slog lines assume the stdout copy described in
      SOURCES.md; the checkout message wording is partly assumed. Decoy: a routine ad rollout 50 minutes before (OTEL_LOGS_EXPORTER
      set to otlp, previously unset), healthy since.`,
    workloads: {
      ad: {
        rollout: { at: -50, revision: 4, oldContainers: { ad: { env: base.workloads.find((w) => w.name === 'ad').containers[0].env.filter((e) => e.name !== 'OTEL_LOGS_EXPORTER') } } },
      },
    },
    events: [
      { on: 'deploy:ad', reason: 'ScalingReplicaSet', message: 'Scaled up replica set ad-%NEW% to 1', first: -50, last: -50 },
      { on: 'deploy:ad', reason: 'ScalingReplicaSet', message: 'Scaled down replica set ad-%OLD% to 0 from 1', first: -49.2, last: -49.2 },
      { on: 'pod:ad#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned otel-demo/%POD% to %NODE%', first: -49.5, last: -49.5 },
      { on: 'pod:ad#0', reason: 'Pulled', fieldPath: 'spec.containers{ad}', message: 'Container image "ghcr.io/open-telemetry/demo:2.1.3-ad" already present on machine', first: -49.4, last: -49.4 },
      { on: 'pod:ad#0', reason: 'Created', fieldPath: 'spec.containers{ad}', message: 'Created container: ad', first: -49.4, last: -49.4 },
      { on: 'pod:ad#0', reason: 'Started', fieldPath: 'spec.containers{ad}', message: 'Started container ad', first: -49.35, last: -49.35 },
    ],
    logs: {
      'kafka#0/kafka': kafka,
      'checkout#0/checkout': checkout,
      'accounting#0/accounting': accounting,
      'fraud-detection#0/fraud-detection': fraud,
      'frontend-proxy#0/frontend-proxy': proxy,
      'ad#0/ad': [`${ft(-49.3)} - oteldemo.AdService - Ad service starting. trace_id= span_id= trace_flags=`, `${ft(-49.2)} - oteldemo.AdService - Ad service started, listening on 8080 trace_id= span_id= trace_flags=`],
    },
  };
})();

export const scenarios = [s5];
