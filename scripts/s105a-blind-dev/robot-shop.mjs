// Blind dev batch s105a, Robot Shop: one scenario (payment 2.1.1 opens its RabbitMQ connection before uWSGI forks).
// Spec for scripts/s2-scenario-kit.mjs build() through robot-shop's withDefaults; system from scripts/kit-systems/robot-shop.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults } from '../kit-systems/robot-shop.mjs';
export { system, defaultPvcs };

const I = '2026-05-14T10:25:00Z';
const T = clock(I);
const DAY = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ctime = (min) => { const d = new Date(Date.parse(T.iso(min))); return `${DAY[d.getUTCDay()]} ${MON[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${T.go(min).slice(11)} ${d.getUTCFullYear()}`; };
const flask = (min, lvl, msg) => `[${T.java(min).replace('.', ',')}] ${lvl} in payment: ${msg}`;
const uw = (min, pid, req, code, ms) => `[pid: ${pid}|app: 0|req: ${req}/${req * 2}] %IPOF:web#0% () {38 vars in 512 bytes} [${ctime(min)}] POST /pay/5f2c9a1e8b3d4c0012a7e6b1 => generated ${code === 200 ? 52 : 265} bytes in ${ms} msecs (HTTP/1.1 ${code}) 2 headers in ${code === 200 ? 72 : 80} bytes (1 switches on core 0)`;
const payLog = [
  '*** Starting uWSGI 2.0.21 (64bit) on [' + ctime(-47) + '] ***',
  'uwsgi socket 0 bound to TCP address 0.0.0.0:8080 fd 3',
  'Python version: 3.9.19 (main, May 10 2026, 08:12:33)  [GCC 12.2.0]',
  flask(-47, 'INFO', 'Connecting to AMQP rabbitmq (eager connect, 2.1.1)'),
  flask(-47, 'INFO', 'AMQP connected, exchange robot-shop declared'),
  'WSGI app 0 (mountpoint=\'\') ready in 1 seconds on interpreter 0x55d0c1a2b4c0 pid: 1 (default app)',
  '*** uWSGI is running in multiple interpreter mode ***',
  'spawned uWSGI master process (pid: 1)',
  'spawned uWSGI worker 1 (pid: 8, cores: 1)',
  'spawned uWSGI worker 2 (pid: 9, cores: 1)',
];
let req = 1;
for (let k = 0; k < 9; k++) {
  const m = -40 + k * 4;
  if (k % 3 === 0) { payLog.push(flask(m, 'INFO', 'payment result {"status": "approved"}'), uw(m, 8, req++, 200, 212)); continue; }
  payLog.push(
    flask(m, 'ERROR', 'Exception on /pay/5f2c9a1e8b3d4c0012a7e6b1 [POST]'),
    'Traceback (most recent call last):',
    '  File "/usr/local/lib/python3.9/site-packages/flask/app.py", line 2073, in wsgi_app',
    '    response = self.full_dispatch_request()',
    '  File "/app/payment.py", line 118, in pay',
    '    publisher.publish(order, headers)',
    '  File "/app/rabbitmq.py", line 48, in publish',
    '    self._channel.basic_publish(exchange=self.EXCHANGE, routing_key=self.ROUTING_KEY, properties=pika.BasicProperties(headers=headers), body=json.dumps(msg).encode())',
    '  File "/usr/local/lib/python3.9/site-packages/pika/adapters/blocking_connection.py", line 2242, in basic_publish',
    '    self._flush_output()',
    k % 2 ? 'pika.exceptions.StreamLostError: Stream connection lost: ConnectionResetError(104, \'Connection reset by peer\')' : 'pika.exceptions.ChannelClosedByBroker: (505, "UNEXPECTED_FRAME - expected content header for class 60, got non content header frame instead")',
    uw(m + 0.01, k % 2 ? 9 : 8, req++, 500, 31),
  );
}
const webLog = [];
for (let k = 0; k < 9; k++) {
  const m = -40 + k * 4;
  const code = k % 3 === 0 ? 200 : 500;
  const d = new Date(Date.parse(T.iso(m)));
  webLog.push(`%IPOF:web#0% - - [${String(d.getUTCDate()).padStart(2, '0')}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()}:${T.go(m).slice(11)} +0000] "POST /api/payment/pay/5f2c9a1e8b3d4c0012a7e6b1 HTTP/1.1" ${code} ${code === 200 ? 52 : 265} "http://shop.example.com/" "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36"`);
}
const rmqLog = [
  `${T.java(-46.9).replace(' ', ' ')} [info] <0.1520.0> accepting AMQP connection <0.1520.0> (%IPOF:payment#0%:41822 -> %IPOF:rabbitmq#0%:5672)`,
  `${T.java(-46.9)} [info] <0.1520.0> connection <0.1520.0> (%IPOF:payment#0%:41822 -> %IPOF:rabbitmq#0%:5672): user 'guest' authenticated and granted access to vhost '/'`,
  `${T.java(-36)} [error] <0.1526.0> Channel error on connection <0.1520.0> (%IPOF:payment#0%:41822 -> %IPOF:rabbitmq#0%:5672, vhost: '/', user: 'guest'), channel 1:`,
  `operation basic.publish caused a connection exception unexpected_frame: "expected content header for class 60, got non content header frame instead"`,
  `${T.java(-36)} [error] <0.1520.0> closing AMQP connection <0.1520.0> (%IPOF:payment#0%:41822 -> %IPOF:rabbitmq#0%:5672):`,
  `{handshake_error,opening,{amqp_error,unexpected_frame,"expected content header for class 60, got non content header frame instead",'basic.publish'}}`,
  `${T.java(-35.9)} [info] <0.1611.0> accepting AMQP connection <0.1611.0> (%IPOF:payment#0%:41830 -> %IPOF:rabbitmq#0%:5672)`,
  `${T.java(-24)} [warning] <0.1611.0> closing AMQP connection <0.1611.0> (%IPOF:payment#0%:41830 -> %IPOF:rabbitmq#0%:5672, vhost: '/', user: 'guest'):`,
  `client unexpectedly closed TCP connection`,
];
export const scenarios = [
  withDefaults({
    folder: 's105a-payment-amqp-shared-across-forks',
    incidentTime: I,
    description: 'robotshop checkout: "pay" fails for most orders since this morning (~2 of 3), some still go through. payments team says gateway is fine',
    expected: { component: 'payment', cause: 'bad-deploy-rollout' },
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'team-name', 'time-expression', 'decoy'],
    grounding: `Robot Shop (instana/robot-shop payment/payment.py, rabbitmq.py, payment.ini): payment runs Flask under uWSGI
      with a master and two worker processes and publishes each order to RabbitMQ via pika's BlockingConnection, connecting
      lazily inside the worker. The 2.1.1 release (the only template change: image tag 2.1.0 -> 2.1.1) opens the AMQP
      connection eagerly at import; uWSGI loads the app in the master and then forks (no lazy-apps), so both workers share one
      socket and one channel. pika documents that a connection must not be shared across processes or threads; interleaved
      frames make RabbitMQ close the connection with UNEXPECTED_FRAME (505) and the other worker then sees
      StreamLostError. About a third of payments still succeed. Pods stay Ready (no probe on payment upstream); web (nginx)
      shows the 500s. Decoy: rabbitmq restarted once two days ago (an exit 0 from a node patch) and has run cleanly since.
      Deviations from upstream: the payment 2.1.1 image, the eager connection and the uWSGI 2-worker layout as described.`,
    workloads: {
      payment: {
        containers: { payment: { image: 'robotshop/rs-payment:2.1.1' } },
        rollout: { at: -48, oldContainers: { payment: { image: 'robotshop/rs-payment:2.1.0' } } },
      },
      rabbitmq: { pods: [{ containers: { rabbitmq: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 48), last: { exitCode: 0, reason: 'Completed', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 48 - 0.3) } }) } }] },
    },
    events: [
      { on: 'deploy:payment', reason: 'ScalingReplicaSet', message: 'Scaled up replica set payment-%NEW% to 1', first: -48 },
      { on: 'deploy:payment', reason: 'ScalingReplicaSet', message: 'Scaled down replica set payment-%OLD% to 0 from 1', first: -47 },
      { on: 'pod:payment#0', reason: 'Pulled', message: 'Successfully pulled image "robotshop/rs-payment:2.1.1" in 3.912s (3.912s including waiting). Image size: 61432890 bytes.', first: -47.6, fieldPath: 'spec.containers{payment}' },
      { on: 'pod:payment#0', reason: 'Started', message: 'Started container payment', first: -47.4, fieldPath: 'spec.containers{payment}' },
    ],
    logs: {
      'payment#0/payment': payLog,
      'web#0/web': webLog,
      'rabbitmq#0/rabbitmq': rmqLog,
      'dispatch#0/dispatch': [
        `${T.go(-39.8)} processing order 5f2c9a1e8b3d4c0012a7e6b1`,
        `${T.go(-27.8)} processing order 5f2c9a1e8b3d4c0012a7e6c4`,
        `${T.go(-15.8)} processing order 5f2c9a1e8b3d4c0012a7e6d9`,
      ],
    },
  }),
];
