// Blind dev batch s97b, OpenTelemetry demo: a checkout rollout that points KAFKA_ADDR at the KRaft controller listener
// (kafka:9093); the new pod exits at start, the old one keeps serving, the rollout times out. Built by scripts/s97b-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/otel-demo.mjs';

export { system };
const I = '2026-05-16T08:12:00Z';
const T = clock(I);
const base = system.workloads.find((w) => w.name === 'checkout').containers[0];
const newEnv = base.env.map((x) => (x.name === 'KAFKA_ADDR' ? { name: 'KAFKA_ADDR', value: 'kafka:9093' } : x));
const AT = -14;
const lr = (min, sev, msg) => `{"message":"${msg}","severity":"${sev}","timestamp":"${T.isoMs(min).replace('Z', '') + '123Z'}"}`;
const crash = (m) => [
  lr(m, 'info', 'service config: &{productCatalogSvcAddr:product-catalog:8080 cartSvcAddr:cart:8080 currencySvcAddr:currency:8080 shippingSvcAddr:http://shipping:8080 emailSvcAddr:http://email:8080 paymentSvcAddr:payment:8080 kafkaBrokerSvcAddr:kafka:9093}'),
  lr(m + 0.001, 'info', '[sarama] Initializing new client'),
  lr(m + 0.002, 'info', '[sarama] client/metadata fetching metadata for all topics from broker kafka:9093'),
  lr(m + 0.003, 'info', '[sarama] Connected to broker at kafka:9093 (unregistered)'),
  lr(m + 0.004, 'info', '[sarama] client/metadata got error from broker -1 while fetching metadata: EOF'),
  lr(m + 0.005, 'info', '[sarama] Closed connection to broker kafka:9093'),
  lr(m + 0.006, 'info', '[sarama] client/metadata no available broker to send metadata request to'),
  lr(m + 0.007, 'info', '[sarama] client/brokers resurrecting 1 dead seed brokers'),
  lr(m + 0.06, 'info', '[sarama] Closing Client'),
  lr(m + 0.061, 'fatal', 'kafka: client has run out of available brokers to talk to: EOF'),
];
const oldLog = [
  lr(-60 * 24 * 6 + 0.5, 'info', 'service config: &{productCatalogSvcAddr:product-catalog:8080 cartSvcAddr:cart:8080 currencySvcAddr:currency:8080 shippingSvcAddr:http://shipping:8080 emailSvcAddr:http://email:8080 paymentSvcAddr:payment:8080 kafkaBrokerSvcAddr:kafka:9092}'),
  lr(-60 * 24 * 6 + 0.5, 'info', 'starting to listen on tcp: \\"[::]:8080\\"'),
  ...[-40, -27, -16, -9, -3].flatMap((m, i) => [
    lr(m, 'info', `[PlaceOrder] user_id=\\"${['2c4b1e9a', '7f0d3a61', 'c19e5b22', '48aa7d0f', 'e6731c5b'][i]}-${i}\\" user_currency=\\"USD\\"`),
    lr(m + 0.01, 'info', `payment went through (transaction_id: ${['5e1a', '9b2c', '0d4e', 'a7f3', '3c8d'][i]}0a21-6b4f-4d1e-8f3a-2c9e${i}7b0d14f)`),
    lr(m + 0.02, 'info', `order confirmation email sent to \\"someone${i}@example.com\\"`),
    lr(m + 0.03, 'info', 'sending to postProcessor'),
    lr(m + 0.04, 'info', `Message sent to Kafka: {orders <nil> 0x40${i}1a2c0 [] 0 0 {0 0 <nil>} <nil> 0 0 0x40${i}2b6e0 0}`),
    lr(m + 0.05, 'info', 'Successful to write message. offset: 0, duration: 3.2ms'),
  ]),
];
const kts = (min) => T.java(min).replace('.', ',');
const kafkaLog = [
  `[${kts(-60 * 24 * 6 + 1)}] INFO [KafkaRaftServer nodeId=1] Kafka Server started (kafka.server.KafkaRaftServer)`,
  ...[AT + 0.4, AT + 0.7, AT + 1.3, AT + 2.4, AT + 4.0, AT + 6.8, AT + 11.8].flatMap((m, i) => [
    `[${kts(m)}] ERROR Closing socket for %PODIP%:9093-%IPOF:checkout#0%:${38211 + i * 4}-${3 + i} because of error (kafka.network.Processor)`,
    'org.apache.kafka.common.errors.InvalidRequestException: Received request api key METADATA with version 12 which is not enabled',
  ]),
  `[${kts(-8)}] INFO [GroupCoordinator 1]: Dynamic member with unknown member id joins group accounting in Empty state. Created a new member id rdkafka-5b1f0e7c-3d2a-4c19-9e4f-7a60c2d81b3e and request the member to rejoin with this id. (kafka.coordinator.group.GroupCoordinator)`,
];

export const scenarios = [
  {
    folder: 's97b-checkout-kafka-controller-port',
    description: 'checkout rollout from this morning (kafka cleanup PR) never finishes, new pod keeps restarting. shop still takes orders',
    incidentTime: I,
    expected: { component: 'checkout', cause: 'config-error' },
    alsoAcceptable: [{ component: 'checkout', cause: 'bad-deploy-rollout' }, { component: 'checkout', cause: 'crash-loop' }],
    difficulty: 'medium',
    traits: ['rollout-regression', 'decoy', 'time-expression'],
    grounding: `OpenTelemetry demo 2.1.3 kubernetes/opentelemetry-demo.yaml: checkout (Go, sarama producer) reads KAFKA_ADDR=kafka:9092
      and calls kafka.CreateKafkaProducer at start, log.Fatal on error; the kafka Service also exposes 9093, the KRaft
      CONTROLLER listener (KAFKA_LISTENERS PLAINTEXT://:9092,CONTROLLER://:9093). Fault: a "kafka cleanup" change set
      KAFKA_ADDR=kafka:9093; the controller listener accepts the TCP connection (the init container waits on 9092 and passes)
      but does not serve METADATA, so sarama runs out of brokers and checkout exits 1 at every start. maxUnavailable 0 of one
      replica keeps the old pod serving orders; the Deployment reports ProgressDeadlineExceeded. Old and new ReplicaSet differ
      only in KAFKA_ADDR. Decoy: kafka's ERROR lines name the controller listener, which reads like a broker fault. Deviation
      from upstream: sarama's logger is wired into checkout's logrus logger.`,
    workloads: {
      checkout: {
        rollout: { at: AT, oldReplicas: 1, oldContainers: { checkout: { env: base.env } } },
        containers: { checkout: { env: newEnv } },
        pods: [{ containers: { checkout: cs.crashLoop({ restarts: 6, exitCode: 1, startedAt: T.iso(-2.3), finishedAt: T.iso(-2.2), container: 'checkout' }) } }],
        progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(AT + 10), lastTransitionTime: T.iso(AT + 10), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
      },
    },
    logs: {
      'checkout#0/checkout/previous': crash(-2.3),
      'checkout#old0/checkout': oldLog,
      'kafka#0/kafka': kafkaLog,
    },
    events: [
      { on: 'deploy:checkout', reason: 'ScalingReplicaSet', message: 'Scaled up replica set checkout-%NEW% to 1', first: AT, source: 'deployment-controller' },
      { on: 'pod:checkout#0', reason: 'Pulled', message: `Container image "${base.image}" already present on machine`, first: AT + 0.3, last: -2.4, count: 7, fieldPath: 'spec.containers{checkout}' },
      { on: 'pod:checkout#0', reason: 'BackOff', message: 'Back-off restarting failed container checkout in pod %POD%_otel-demo(%PODUID%)', first: AT + 0.8, last: -0.4, count: 52, type: 'Warning', fieldPath: 'spec.containers{checkout}' },
    ],
  },
];
