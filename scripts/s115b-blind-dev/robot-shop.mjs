// Blind dev batch s115b: one Robot Shop scenario (RabbitMQ at its Erlang process limit, payment and web loud), built
// with the s2 kit by scripts/s115b-build.mjs; the system is scripts/kit-systems/robot-shop.mjs with its withDefaults.
import { clock } from '../s2-scenario-kit.mjs';
import { system as base, defaultPvcs as pvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';
export const system = base;
export const defaultPvcs = pvcs;

const T = clock('2026-05-14T18:05:00Z');
const rl = (min, lvl, msg) => `${T.java(min)} [${lvl}] <0.${(Math.abs(min * 13) | 0) % 900 + 100}.0> ${msg}`;
const flask = (min, lvl, msg) => `${T.java(min).replace('.', ',')} ${lvl} ${msg}`;

export const scenarios = [
  withDefaults({
    folder: 's115b-rabbitmq-process-limit',
    incidentTime: '2026-05-14T18:05:00Z',
    description: 'robotshop checkout -> pay returns error for everyone since about 17:40. catalogue/cart fine',
    expected: { component: 'rabbitmq', cause: 'dependency-down' },
    alsoAcceptable: [{ component: 'rabbitmq', cause: 'resource-exhaustion' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'time-expression', 'decoy'],
    grounding: `Robot Shop's payment (Python/Flask, pika) publishes each paid order to the "orders" exchange on
      AMQP_HOST=rabbitmq and returns 500 when the publish fails; dispatch (Go, streadway/amqp) consumes it
      (instana/robot-shop payment/payment.py, rabbitmq.py, dispatch/main.go). Fault: the rabbitmq 3.7 node's Erlang VM
      reached its process limit (default +P 1048576 lowered to 65536 by RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS in an
      ops-team overlay) after a forgotten load-test script opened tens of thousands of channels through a port-forward;
      new connections are accepted at TCP level and then dropped ("Too many processes", the Erlang system_limit error
      RabbitMQ operators report publicly). The container never restarts (no probes upstream), callers are loud.
      Deviation from upstream: the lowered process limit is assumed. Decoy: a shipping restart three days ago
      (OOMKilled, long recovered).`,
    workloads: {
      shipping: { pods: [{ containers: { shipping: { state: { running: { startedAt: T.iso(-60 * 24 * 3) } }, lastState: { terminated: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.2), containerID: '%CID%' } }, ready: true, started: true, restartCount: 1 } } }] },
    },
    events: [],
    logs: {
      'rabbitmq#0/rabbitmq': [
        rl(-60 * 24 * 9, 'info', 'Server startup complete; 3 plugins started.'),
        rl(-31, 'info', 'accepting AMQP connection <0.31422.9> (127.0.0.1:51844 -> 127.0.0.1:5672)'),
        rl(-26, 'warning', 'closing AMQP connection <0.4187.10> (10.1.2.51:46120 -> 10.1.3.77:5672):\nclient unexpectedly closed TCP connection'),
        rl(-25, 'error', "Too many processes\n"),
        rl(-25, 'error', 'Ranch listener {acceptor,{0,0,0,0,0,0,0,0},5672} had connection process started with rabbit_connection_sup:start_link/4 at undefined exit with reason: {system_limit,[{erlang,spawn_opt,[proc_lib,init_p,[<0.9081.10>,[],gen,init_it,[gen_server,<0.9081.10>,<0.9081.10>,supervisor2,{self,{one_for_all,10,10}},[]]],[link]],[]}]}'),
        rl(-12, 'error', "Too many processes\n"),
        rl(-3, 'error', "Too many processes\n"),
      ],
      'payment#0/payment': [
        flask(-50, 'INFO', 'Connecting to rabbitmq'),
        flask(-24, 'ERROR', 'Exception on /pay/4f2c7a [POST]\nTraceback (most recent call last):\n  File "/usr/local/lib/python3.9/site-packages/flask/app.py", line 2447, in wsgi_app\n    response = self.full_dispatch_request()\n  File "/app/payment.py", line 118, in pay\n    publisher.publish(order, headers)\n  File "/app/rabbitmq.py", line 40, in publish\n    self._connect()\n  File "/app/rabbitmq.py", line 23, in _connect\n    self._conn = pika.BlockingConnection(self._params)\npika.exceptions.AMQPConnectionError: Connection to %SVCIP:rabbitmq%:5672 failed: [Errno 104] Connection reset by peer'),
        flask(-11, 'ERROR', 'Exception on /pay/9c1e08 [POST]\nTraceback (most recent call last):\n  File "/app/rabbitmq.py", line 23, in _connect\n    self._conn = pika.BlockingConnection(self._params)\npika.exceptions.IncompatibleProtocolError: StreamLostError: ("Stream connection lost: ConnectionResetError(104, \'Connection reset by peer\')",)'),
        flask(-2, 'ERROR', 'Exception on /pay/b77d31 [POST]\nTraceback (most recent call last):\n  File "/app/rabbitmq.py", line 23, in _connect\n    self._conn = pika.BlockingConnection(self._params)\npika.exceptions.AMQPConnectionError: Connection to %SVCIP:rabbitmq%:5672 failed: [Errno 104] Connection reset by peer'),
      ],
      'dispatch#0/dispatch': [
        `${T.go(-25)} Connection closed: Exception (501) Reason: "EOF"`,
        `${T.go(-24)} Connecting to rabbitmq`,
        `${T.go(-24)} Failed to connect to rabbitmq: Exception (501) Reason: "EOF"`,
        `${T.go(-3)} Failed to connect to rabbitmq: Exception (501) Reason: "EOF"`,
      ],
      'web#0/web': [
        `10.1.1.84 - - [14/May/2026:${T.hm(-24)}:11 +0000] "POST /api/payment/pay/4f2c7a HTTP/1.1" 500 290 "http://robotshop.example/" "Mozilla/5.0"`,
        `10.1.2.137 - - [14/May/2026:${T.hm(-6)}:40 +0000] "GET /api/catalogue/products HTTP/1.1" 200 3102 "http://robotshop.example/" "Mozilla/5.0"`,
        `10.1.1.84 - - [14/May/2026:${T.hm(-2)}:02 +0000] "POST /api/payment/pay/b77d31 HTTP/1.1" 500 290 "http://robotshop.example/" "Mozilla/5.0"`,
      ],
      'cart#0/cart': [pino(T, -5, 'info', '%POD%', 'GET /cart/b77d31', '')],
    },
  }),
];
