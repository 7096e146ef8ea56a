// Blind dev batch s107b: one Stan's Robot Shop scenario (rabbitmq at its socket limit, payment's pika publishes time out),
// built by scripts/s107b-build.mjs with the kit system scripts/kit-systems/robot-shop.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };
const incidentTime = '2026-05-12T15:40:00Z';
const T = clock(incidentTime);
const rmq = (min, lvl, msg) => `${T.java(min).replace(' ', ' ')} [${lvl}] <0.${(1200 + Math.round(min * 7) % 300)}.0> ${msg}`;
const asct = (min) => { const d = new Date(T.isoMs(min)); const [w, mo, da, y, t] = [d.toUTCString().slice(0, 3), d.toUTCString().slice(8, 11), d.getUTCDate(), d.getUTCFullYear(), d.toISOString().slice(11, 19)]; return `${w} ${mo} ${da} ${t} ${y}`; };
const pay = [];
for (let m = -30; m < -19; m += 2.5) pay.push(`[pid: 9|app: 0|req: ${Math.round(600 + m * 3)}/${Math.round(1200 + m * 6)}] 10.1.3.41 () {34 vars in 412 bytes} [${asct(m)}] POST /pay/anonymous-${Math.round(-m * 13)} => generated 31 bytes in 61 msecs (HTTP/1.1 200) 2 headers in 72 bytes (1 switches on core 0)`);
for (let m = -18; m < -0.5; m += 1.5) {
  pay.push(`Connection to rabbitmq:5672 failed: timeout`);
  pay.push(`ERROR:pika.adapters.utils.connection_workflow:AMQPConnector - reporting failure: AMQPConnectionWorkflowFailed: 1 exceptions in all; last exception - AMQPConnectorSocketConnectError: socket.timeout('timed out'); first exception - None`);
  pay.push(`ERROR:payment:Failed to publish order to queue: AMQPConnectionError`);
  pay.push(`[pid: 9|app: 0|req: ${Math.round(700 + m * 3)}/${Math.round(1400 + m * 6)}] 10.1.3.41 () {34 vars in 412 bytes} [${asct(m)}] POST /pay/anonymous-${Math.round(-m * 17)} => generated 38 bytes in 10012 msecs (HTTP/1.1 500) 2 headers in 91 bytes (1 switches on core 0)`);
}
export const scenarios = [
  withDefaults({
    folder: 's107b-rabbitmq-socket-limit',
    incidentTime,
    description: 'checkout in robot shop hangs ~10s then "payment failed" since about 15:20. payment pod looks fine, no restarts',
    expected: { component: 'rabbitmq', cause: 'dependency-down' },
    alsoAcceptable: [{ component: 'rabbitmq', cause: 'resource-exhaustion' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      Fault: RabbitMQ reaches its socket limit (file_handle_cache sockets_limit, derived from the container's ulimit -n) after
      an internal batch tool leaked thousands of idle AMQP connections; RabbitMQ 3.7 then sets the file descriptor alarm and ranch
      stops accepting ("Ranch acceptor reducing accept rate: out of file descriptors"), so new TCP connections hang in the
      backlog while established ones (dispatch's single streadway/amqp consumer) keep working. Follows the RabbitMQ docs
      "Networking: file handle / socket limits" and rabbitmq-server issues about "reducing accept rate".
      Manifest facts: payment/rabbitmq.py opens a pika BlockingConnection per publish to AMQP_HOST (rabbitmq:5672); payment is
      uWSGI (payment.ini); dispatch consumes the "orders" queue. The rabbitmq pod has no probe upstream, stays Running and Ready.
      Callers are louder: payment's uWSGI 500s after a 10 s pika socket timeout. Decoy: ratings restarted two days ago
      (OOMKilled), unrelated. Deviation from upstream: the leaking batch tool is outside the namespace and not in the snapshot.
    `,
    workloads: {
      ratings: { pods: [{ containers: { ratings: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 49), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 49 - 0.2) } }) } }] },
    },
    events: [],
    logs: {
      'rabbitmq#0/rabbitmq': [
        rmq(-60 * 24 * 9, 'info', 'Server startup complete; 3 plugins started.'),
        rmq(-26, 'info', 'accepting AMQP connection <0.31201.4> (10.1.2.77:48812 -> 10.1.3.118:5672)'),
        rmq(-23, 'warning', 'file descriptor limit alarm set.'),
        rmq(-23, 'warning', '\n********************************************************************\n*** New connections will not be accepted until this alarm clears ***\n********************************************************************'),
        rmq(-22.5, 'error', 'Ranch acceptor reducing accept rate: out of file descriptors'),
        rmq(-15, 'error', 'Ranch acceptor reducing accept rate: out of file descriptors'),
        rmq(-6, 'error', 'Ranch acceptor reducing accept rate: out of file descriptors'),
      ],
      'payment#0/payment': pay,
      'dispatch#0/dispatch': [
        `${T.go(-60 * 24 * 9)} Connected to rabbitmq`,
        `${T.go(-28)} processing order ${'5f2a'}-anonymous-364`,
        `${T.go(-24)} processing order 5f2b-anonymous-312`,
      ],
      'web#0/web': Array.from({ length: 8 }, (_, i) => `10.1.1.5 - - [${T.go(-16 + i * 2)}] "POST /api/payment/pay/anonymous-${200 + i} HTTP/1.1" 502 157 "http://shop.example.com/" "Mozilla/5.0" "-"`),
      'cart#0/cart': [pino(T, -20, 'info', 'cart-7c9f8d6b5-x2lqp', 'Redis READY'), pino(T, -3, 'info', 'cart-7c9f8d6b5-x2lqp', 'request completed', '"res":{"statusCode":200},"responseTime":4,')],
    },
  }),
];
