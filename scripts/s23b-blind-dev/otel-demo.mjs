// Blind dev scenario s23b for the OpenTelemetry demo (kit system scripts/kit-systems/otel-demo.mjs): a hand-typed test record on
// the orders topic that fraud-detection cannot parse, so it crash-loops on the same offset while accounting logs and skips it.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as otel } from '../kit-systems/otel-demo.mjs';

export const system = otel;

const IT = '2026-06-18T09:41:00Z';
const T = clock(IT);
const POISON = -19.2; // 09:21:48, kafka-console-producer from a debugging session
const OFFSET = 48211;
const jt = (min) => T.java(min).replace(/\.(\d{3})$/, ':$1'); // javaagent's yyyy-MM-dd HH:mm:ss:SSS
const kt = (min) => T.java(min).replace('.', ','); // log4j's default ISO8601 with comma
const log = (min, thread, lvl, logger, msg) => `${T.java(min).slice(11)} [${thread}] ${lvl.padEnd(5)} ${logger} - ${msg}`;
const CID = 'consumer-fraud-detection-1';
const pfx = `[Consumer clientId=${CID}, groupId=fraud-detection]`;

const run = (t0, gen) => [
  `Picked up JAVA_TOOL_OPTIONS: -javaagent:/app/opentelemetry-javaagent.jar`,
  `[otel.javaagent ${jt(t0)} +0000] [main] INFO io.opentelemetry.javaagent.tooling.VersionLogger - opentelemetry-javaagent - version: 2.18.1`,
  log(t0 + 0.07, 'main', 'INFO', 'o.a.k.c.c.ConsumerConfig', 'ConsumerConfig values: '),
  '\tallow.auto.create.topics = true',
  '\tauto.commit.interval.ms = 5000',
  '\tauto.offset.reset = latest',
  '\tbootstrap.servers = [kafka:9092]',
  `\tclient.id = ${CID}`,
  '\tenable.auto.commit = true',
  '\tgroup.id = fraud-detection',
  '\tkey.deserializer = class org.apache.kafka.common.serialization.StringDeserializer',
  '\tvalue.deserializer = class org.apache.kafka.common.serialization.ByteArrayDeserializer',
  log(t0 + 0.08, 'main', 'INFO', 'o.a.k.c.u.AppInfoParser', 'Kafka version: 3.9.1'),
  log(t0 + 0.08, 'main', 'INFO', 'o.a.k.c.c.i.ClassicKafkaConsumer', `${pfx} Subscribed to topic(s): orders`),
  log(t0 + 0.1, 'main', 'INFO', 'o.a.k.c.Metadata', `[Consumer clientId=${CID}, groupId=fraud-detection] Cluster ID: 5L6g3nShT-eMCtK--X86sw`),
  log(t0 + 0.1, 'main', 'INFO', 'o.a.k.c.c.i.ConsumerCoordinator', `${pfx} Discovered group coordinator kafka:9092 (id: 2147483646 rack: null)`),
  log(t0 + 0.11, 'main', 'INFO', 'o.a.k.c.c.i.ConsumerCoordinator', `${pfx} (Re-)joining group`),
  log(t0 + 0.12, 'main', 'INFO', 'o.a.k.c.c.i.ConsumerCoordinator', `${pfx} Successfully joined group with generation Generation{generationId=${gen}, memberId='${CID}-3f0c9a1e-5b7d-4e22-9c41-7a8e2d61b0f${gen % 10}', protocol='range'}`),
  log(t0 + 0.12, 'main', 'INFO', 'o.a.k.c.c.i.ConsumerCoordinator', `${pfx} Adding newly assigned partitions: orders-0`),
  log(t0 + 0.13, 'main', 'INFO', 'o.a.k.c.c.i.ConsumerCoordinator', `${pfx} Setting offset for partition orders-0 to the committed offset FetchPosition{offset=${OFFSET}, offsetEpoch=Optional[0], currentLeader=LeaderAndEpoch{leader=Optional[kafka:9092 (id: 1 rack: null)], epoch=0}}`),
  'Exception in thread "main" com.google.protobuf.InvalidProtocolBufferException: Protocol message end-group tag did not match expected tag.',
  '\tat com.google.protobuf.InvalidProtocolBufferException.invalidEndTag(InvalidProtocolBufferException.java:129)',
  '\tat com.google.protobuf.CodedInputStream$ArrayDecoder.checkLastTagWas(CodedInputStream.java:595)',
  '\tat com.google.protobuf.AbstractParser.parsePartialFrom(AbstractParser.java:107)',
  '\tat com.google.protobuf.AbstractParser.parseFrom(AbstractParser.java:137)',
  '\tat com.google.protobuf.AbstractParser.parseFrom(AbstractParser.java:142)',
  '\tat com.google.protobuf.AbstractParser.parseFrom(AbstractParser.java:48)',
  '\tat com.google.protobuf.GeneratedMessage.parseWithIOException(GeneratedMessage.java:333)',
  '\tat oteldemo.Demo$OrderResult.parseFrom(Demo.java:18524)',
  '\tat frauddetection.MainKt.main(main.kt:72)',
  '\tat frauddetection.MainKt.main(main.kt)',
];

const accounting = [];
for (let m = -30; m < -0.5; m += 1.6) {
  if (Math.abs(m - POISON) < 0.8)
    accounting.push(
      'fail: Accounting.Consumer[0]',
      '      Order parsing failed:',
      '      Google.Protobuf.InvalidProtocolBufferException: Protocol message end-group tag did not match expected tag.',
      '         at Google.Protobuf.ParsingPrimitivesMessages.CheckLastTagWas(ParserInternalState& state, UInt32 expectedTag)',
      '         at Google.Protobuf.MessageExtensions.MergeFrom(IMessage message, Byte[] data, Boolean discardUnknownFields, ExtensionRegistry registry)',
      '         at Google.Protobuf.MessageParser`1.ParseFrom(Byte[] data)',
      '         at Accounting.Consumer.ProcessMessage(Message`2 message) in /src/Consumer.cs:line 68',
    );
  accounting.push('info: Accounting.Consumer[0]', `      Order details: { "orderId": "${(0x4f1c3b00 + Math.round(m * -53)).toString(16)}-5d1e-11f0-9a2b-0242ac12000${Math.round(-m) % 10}", "shippingTrackingId": "${(0x7a31e0 + Math.round(-m * 11)).toString(16)}-1c2d-4e5f-8a9b-2f3e4d5c6b7a", "shippingCost": { "currencyCode": "USD", "units": "${8 + (Math.round(-m) % 30)}", "nanos": 380000000 } }`);
}

// kafka broker: one rebalance per crash of the only fraud-detection member
const crashes = [-19.0, -18.6, -18.1, -17.4, -16.3, -14.5, -11.6, -6.5, -1.4];
const kafka = [`[${kt(-33)}] INFO [LogLoader partition=orders-0, dir=/tmp/kafka-logs] Incrementing log start offset to 47102 due to segment deletion (kafka.log.UnifiedLog)`];
crashes.forEach((c, i) => {
  kafka.push(`[${kt(c - 0.05)}] INFO [GroupCoordinator 1]: Stabilized group fraud-detection generation ${212 + i} (__consumer_offsets-37) with 1 members (kafka.coordinator.group.GroupCoordinator)`);
  kafka.push(`[${kt(c + 0.75)}] INFO [GroupCoordinator 1]: Member ${CID}-3f0c9a1e-5b7d-4e22-9c41-7a8e2d61b0f${(212 + i) % 10} in group fraud-detection has failed, removing it from the group (kafka.coordinator.group.GroupCoordinator)`);
  kafka.push(`[${kt(c + 0.75)}] INFO [GroupCoordinator 1]: Group fraud-detection with generation ${213 + i} is now empty (__consumer_offsets-37) (kafka.coordinator.group.GroupCoordinator)`);
});

export const scenarios = [
  {
    folder: 's23b-fraud-detection-poison-order',
    split: 'dev',
    description: 'fraud-detection stopped consuming orders around 09:22, consumer lag on the orders topic keeps growing. kafka issue?',
    incidentTime: IT,
    expected: { component: 'fraud-detection', cause: 'crash-loop' },
    difficulty: 'easy',
    traits: ['time-expression', 'decoy'],
    grounding: `
      opentelemetry-demo 2.1.3 kubernetes/opentelemetry-demo.yaml: fraud-detection (Kotlin, OTel Java agent, 300Mi) consumes the
      orders topic as group fraud-detection with a ByteArrayDeserializer and enable.auto.commit, and parses every record with
      OrderResult.parseFrom inside the poll loop of main(); accounting (.NET) consumes the same topic but wraps the parse in a
      try/catch that logs "Order parsing failed:" and moves on. At 09:21 an engineer debugging consumer lag typed "test" into
      kafka-console-producer on the orders topic (the classic poison-pill record). Its first byte 0x74 is an END_GROUP tag, so protobuf
      throws "Protocol message end-group tag did not match expected tag." out of main: the JVM exits 1 before the offset is committed,
      and every restart resumes at the same committed offset and dies again - CrashLoopBackOff with a 5m back-off after nine restarts,
      the broker's GroupCoordinator logging one join and one member failure per attempt. Checkout keeps producing and accounting keeps
      consuming, so Kafka itself is healthy: the description's guess is wrong. Log shapes: the Java agent's banner, the kafka-clients
      INFO lines, the JVM's uncaught-exception trace, .NET's console logger, Kafka's log4j broker lines. Decoy: load-generator's
      OOM kill the previous evening (Locust with browser traffic at its 1500Mi limit), recovered.`,
    workloads: {
      'fraud-detection': {
        pods: [
          {
            created: T.iso(-60 * 24 * 4),
            containers: {
              'fraud-detection': cs.crashLoop({
                restarts: 9,
                exitCode: 1,
                reason: 'Error',
                startedAt: T.iso(-1.55),
                finishedAt: T.iso(-1.4),
                container: 'fraud-detection',
              }),
            },
          },
        ],
      },
      'load-generator': {
        pods: [
          {
            created: T.iso(-60 * 24 * 4),
            containers: {
              'load-generator': cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-60 * 14.2),
                last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 4 + 0.4), finishedAt: T.iso(-60 * 14.25) },
              }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'pod:fraud-detection#0', reason: 'BackOff', message: 'Back-off restarting failed container fraud-detection in pod %POD%_otel-demo(%PODUID%)', first: -18.9, last: -0.3, count: 61, type: 'Warning', fieldPath: 'spec.containers{fraud-detection}' },
      { on: 'pod:fraud-detection#0', reason: 'Pulled', message: 'Container image "ghcr.io/open-telemetry/demo:2.1.3-fraud-detection" already present on machine', first: -19.0, last: -1.6, count: 9, fieldPath: 'spec.containers{fraud-detection}' },
      { on: 'pod:fraud-detection#0', reason: 'Created', message: 'Created container: fraud-detection', first: -19.0, last: -1.6, count: 9, fieldPath: 'spec.containers{fraud-detection}' },
      { on: 'pod:fraud-detection#0', reason: 'Started', message: 'Started container fraud-detection', first: -19.0, last: -1.55, count: 9, fieldPath: 'spec.containers{fraud-detection}' },
    ],
    logs: {
      'fraud-detection#0/fraud-detection/previous': [...run(-6.75, 219)],
      'fraud-detection#0/fraud-detection': [...run(-1.6, 220)],
      'accounting#0/accounting': accounting,
      'kafka#0/kafka': kafka,
      'checkout#0/checkout': Array.from({ length: 14 }, (_, i) => `{"time":"${T.isoMs(-26 + i * 1.85)}","level":"INFO","msg":"Successful to write message. offset: 0, duration: ${(1.4 + (i % 5) * 0.37).toFixed(3)}ms"}`),
    },
  },
];
