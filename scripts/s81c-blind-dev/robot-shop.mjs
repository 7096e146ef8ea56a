// Blind dev batch s81c: one Robot Shop scenario (the `orders` queue re-created by hand with x-max-length, so dispatch's
// own queue.declare is refused with PRECONDITION_FAILED); built by scripts/s81c-build.mjs with scripts/kit-systems/robot-shop.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const incidentTime = '2026-03-19T10:07:00Z';
const T = clock(incidentTime);
const podStart = -22;
// dispatch attempts (seconds after the pod started): back-off 10s, 20s, 40s ... capped at 5m.
const attempts = [0, 11, 32, 73, 154, 315, 616, 917, 1218].map((s) => podStart + s / 60);
const REASON =
  "PRECONDITION_FAILED - inequivalent arg 'x-max-length' for queue 'orders' in vhost '/': received none but current is the value '10000' of type 'long'";
const dispatchRun = (min) => [
  `${T.go(min)} Connecting to amqp://guest:guest@rabbitmq:5672/`,
  `${T.go(min)} Waiting for messages`,
  `${T.go(min + 0.004)} $s : Failed to create queue%!(EXTRA *amqp.Error=Exception (406) Reason: "${REASON}")`,
];
const rmq = (min, level, pidNum, msg) => `${T.java(min)} [${level}] <0.${pidNum}.0> ${msg}`;
const rabbit = [
  rmq(-60 * 26, 'info', 612, 'accepting AMQP connection <0.612.0> (%IPOF:payment#0%:52614 -> %PODIP%:5672)'),
  rmq(-60 * 26, 'info', 612, "connection <0.612.0> (%IPOF:payment#0%:52614 -> %PODIP%:5672): user 'guest' authenticated and granted access to vhost '/'"),
];
attempts.forEach((m, i) => {
  const conn = 24410 + i * 37;
  const port = 40112 + i * 211;
  const peer = `%IPOF:dispatch#0%:${port} -> %PODIP%:5672`;
  rabbit.push(
    rmq(m, 'info', conn, `accepting AMQP connection <0.${conn}.0> (${peer})`),
    rmq(m + 0.0005, 'info', conn, `connection <0.${conn}.0> (${peer}): user 'guest' authenticated and granted access to vhost '/'`),
    rmq(m + 0.001, 'error', conn + 9, `Channel error on connection <0.${conn}.0> (${peer}, vhost: '/', user: 'guest'), channel 1:\noperation queue.declare caused a channel exception precondition_failed: inequivalent arg 'x-max-length' for queue 'orders' in vhost '/': received none but current is the value '10000' of type 'long'`),
    rmq(m + 0.006, 'warning', conn, `closing AMQP connection <0.${conn}.0> (${peer}, vhost: '/', user: 'guest'):\nclient unexpectedly closed TCP connection`),
  );
});

const payment = [];
const carts = [
  ["anonymous-4172", "{'total': 2001, 'tax': 333.5, 'items': [{'qty': 1, 'sku': 'Watson', 'name': 'Watson', 'price': 2001, 'subtotal': 2001}]}"],
  ['jsmith', "{'total': 1470, 'tax': 245, 'items': [{'qty': 2, 'sku': 'CNA', 'name': 'Cyberdyne T-800', 'price': 735, 'subtotal': 1470}]}"],
  ["anonymous-4188", "{'total': 41, 'tax': 6.83, 'items': [{'qty': 1, 'sku': 'EMM', 'name': 'Eve', 'price': 41, 'subtotal': 41}]}"],
];
for (let m = -55, k = 0; m < -0.5; m += 2.6, k++) {
  const [user, cart] = carts[k % carts.length];
  const t = Date.parse(T.isoMs(m)).toString(16).slice(-12);
  payment.push(
    `payment for ${user}`,
    cart,
    'paypal returned 200',
    'queue order',
    `msg headers {'X-Instana-T': '${t}', 'X-Instana-S': '${t.split('').reverse().join('')}', 'X-Instana-L': '1'}`,
    'message sent',
    'order history returned 200',
    'cart delete returned 200',
  );
}

export const scenarios = [
  withDefaults({
    folder: 's81c-rabbitmq-orders-queue-redeclared',
    incidentTime,
    description:
      'fulfilment here - nothing got dispatched since early this morning and dispatch keeps crashing since Julia bounced it ~20 min ago. payments go through fine',
    expected: { component: 'rabbitmq', cause: 'config-error' },
    alsoAcceptable: [
      { component: 'dispatch', cause: 'crash-loop' },
      { component: 'dispatch', cause: 'config-error' },
    ],
    difficulty: 'medium',
    traits: ['pods-ready', 'louder-dependents', 'team-name', 'time-expression', 'decoy'],
    workloads: {
      dispatch: {
        pods: [
          {
            created: T.iso(podStart),
            readyTransition: T.iso(attempts[8] + 0.02),
            containers: {
              dispatch: cs.crashLoop({
                restarts: 8,
                exitCode: 1,
                startedAt: T.iso(attempts[8]),
                finishedAt: T.iso(attempts[8] + 0.005),
                container: 'dispatch',
              }),
            },
          },
        ],
      },
      mysql: {
        pods: [
          {
            containers: {
              mysql: cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-60 * 24 * 3 - 41),
                last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 41.2) },
              }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'pod:dispatch#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned robot-shop/%POD% to %NODE%', first: podStart },
      { on: 'pod:dispatch#0', reason: 'Pulled', fieldPath: 'spec.containers{dispatch}', message: 'Container image "robotshop/rs-dispatch:2.1.0" already present on machine', first: podStart + 0.02, last: attempts[8], count: 9 },
      { on: 'pod:dispatch#0', reason: 'Created', fieldPath: 'spec.containers{dispatch}', message: 'Created container dispatch', first: podStart + 0.03, last: attempts[8], count: 9 },
      { on: 'pod:dispatch#0', reason: 'Started', fieldPath: 'spec.containers{dispatch}', message: 'Started container dispatch', first: podStart + 0.04, last: attempts[8], count: 9 },
      { on: 'pod:dispatch#0', reason: 'BackOff', type: 'Warning', fieldPath: 'spec.containers{dispatch}', message: 'Back-off restarting failed container dispatch in pod %POD%_robot-shop(%PODUID%)', first: podStart + 0.2, last: -0.6, count: 97 },
    ],
    logs: {
      'dispatch#0/dispatch/previous': dispatchRun(attempts[7]),
      'dispatch#0/dispatch': dispatchRun(attempts[8]),
      'rabbitmq#0/rabbitmq': rabbit,
      'payment#0/payment': payment,
    },
    grounding: `
      Fault follows RabbitMQ's queue-equivalence rule: a queue.declare whose durable/exclusive/auto-delete flags or x-arguments
      differ from the existing queue is refused with channel error 406 PRECONDITION_FAILED "inequivalent arg" (rabbitmq.com
      queues guide, "Declaration and Property Equivalence"; many client bug reports). dispatch (dispatch/src/main.go) declares
      exchange robot-shop and queue "orders" (durable, no arguments) every time it connects and calls failOnError, whose
      log.Fatalf("$s : %s", ...) exits 1 with the format bug printed as is. Story: early in the morning the fulfilment team,
      worried about the backlog, deleted and re-created "orders" by hand in the management UI (port 15672) with x-max-length 10000
      and re-bound it; deleting the queue only cancelled dispatch's consumer (the Go loop then waits forever on rabbitReady, so the
      old pod idled silently, its logs are gone with it). Julia deleted the dispatch pod ~22 min ago; the new pod's declare is
      refused at every start: CrashLoopBackOff, restartCount 8, exit 1. rabbitmq (rabbitmq:3.7-management-alpine, lager log
      format) stays Ready and logs the channel error once per attempt; payment (payment.py, Flask logger, pika publisher) keeps
      publishing to the exchange and succeeds, the capped queue drops the oldest orders. The fault is the broker-side queue
      definition (expected rabbitmq config-error); dispatch crash-loop/config-error are accepted. Decoy: mysql OOMKilled three
      days ago (restartCount 1, Ready since). Deviations: none in the manifests (the queue lives in the broker, not in Kubernetes);
      Instana sensor start-up lines of dispatch are left out.
    `,
  }),
];
