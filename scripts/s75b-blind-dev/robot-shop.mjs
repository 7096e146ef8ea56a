// Blind dev batch s75b: one Robot Shop scenario for the scenario kit (scripts/s2-scenario-kit.mjs), built by
// scripts/s75b-build.mjs — RabbitMQ's default vhost down after a message-store crash while the broker pod stays Ready.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const T = clock('2025-05-20T14:25:00Z');
const CRASH = -24.2; // the message store of vhost '/' crashes at 14:00:48
const rmq = (min, level, pid, msg) => `${T.java(min)} [${level}] <${pid}> ${msg}`;
const golog = (min, msg) => `${T.go(min)} ${msg}`;
const VHOST_DIR = '/var/lib/rabbitmq/mnesia/rabbit@%POD%/msg_stores/vhosts/628WB79CIFDYO9LJI6DKMI09L';

// rabbitmq 3.7 (lager console format): boot 9 days ago, steady connection churn, then the crash of msg_store_persistent.
const rabbitLog = [
  rmq(-60 * 24 * 9 + 0.2, 'info', '0.33.0', 'Application lager started on node rabbit@%POD%'),
  rmq(-60 * 24 * 9 + 0.3, 'info', '0.5.0', "Starting RabbitMQ 3.7.28 on Erlang 23.3.4.18\n Copyright (c) 2007-2020 VMware, Inc. or its affiliates.\n Licensed under the MPL 1.1. Website: https://rabbitmq.com"),
  rmq(-60 * 24 * 9 + 0.3, 'info', '0.8.0', `\n node           : rabbit@%POD%\n home dir       : /var/lib/rabbitmq\n config file(s) : /etc/rabbitmq/rabbitmq.conf\n cookie hash    : k2m0lP3xWqvT9cN1bA4yRg==\n log(s)         : <stdout>\n database dir   : /var/lib/rabbitmq/mnesia/rabbit@%POD%`),
  rmq(-60 * 24 * 9 + 0.4, 'info', '0.273.0', "Making sure data directory '" + VHOST_DIR + "' for vhost '/' exists"),
  rmq(-60 * 24 * 9 + 0.4, 'info', '0.273.0', "Starting message stores for vhost '/'"),
  rmq(-60 * 24 * 9 + 0.4, 'info', '0.277.0', 'Message store "628WB79CIFDYO9LJI6DKMI09L/msg_store_transient": using rabbit_msg_store_ets_index to provide index'),
  rmq(-60 * 24 * 9 + 0.4, 'info', '0.280.0', 'Message store "628WB79CIFDYO9LJI6DKMI09L/msg_store_persistent": using rabbit_msg_store_ets_index to provide index'),
  rmq(-60 * 24 * 9 + 0.5, 'info', '0.564.0', 'started TCP listener on [::]:5672'),
  rmq(-60 * 24 * 9 + 0.5, 'info', '0.611.0', 'Management plugin: HTTP (non-TLS) listener started on port 15672'),
  rmq(-60 * 24 * 9 + 0.5, 'info', '0.8.0', 'Server startup complete; 3 plugins started.\n * rabbitmq_management\n * rabbitmq_web_dispatch\n * rabbitmq_management_agent'),
  rmq(-60 * 24 * 9 + 1.1, 'info', '0.702.0', 'accepting AMQP connection <0.702.0> (%IPOF:dispatch#0%:43118 -> %PODIP%:5672)'),
  rmq(-60 * 24 * 9 + 1.1, 'info', '0.702.0', "connection <0.702.0> (%IPOF:dispatch#0%:43118 -> %PODIP%:5672): user 'guest' authenticated and granted access to vhost '/'"),
  rmq(-61.4, 'info', '0.21877.2', 'accepting AMQP connection <0.21877.2> (%IPOF:payment#0%:50244 -> %PODIP%:5672)'),
  rmq(-61.4, 'info', '0.21877.2', "connection <0.21877.2> (%IPOF:payment#0%:50244 -> %PODIP%:5672): user 'guest' authenticated and granted access to vhost '/'"),
  rmq(CRASH, 'error', '0.280.0', `** Generic server <0.280.0> terminating
** Last message in was {'$gen_cast',{write,<0.1043.0>,<<214,38,91,7,160,33,72,19,188,4,92,61,250,7,13,118>>,flow}}
** When Server state == {msstate,"${VHOST_DIR}/msg_store_persistent",rabbit_msg_store_ets_index,#Ref<0.1983225870.3719299073.24016>,1117,...}
** Reason for termination ==
** {{badmatch,{error,premature_eof}},[{rabbit_msg_store,read_from_disk,2,[{file,"src/rabbit_msg_store.erl"},{line,1244}]},{rabbit_msg_store,combine_files,3,[{file,"src/rabbit_msg_store.erl"},{line,2042}]},{rabbit_msg_store,handle_cast,2,[{file,"src/rabbit_msg_store.erl"},{line,1027}]},{gen_server2,handle_msg,2,[{file,"src/gen_server2.erl"},{line,1050}]},{proc_lib,init_p_do_apply,3,[{file,"proc_lib.erl"},{line,226}]}]}`),
  rmq(CRASH, 'error', '0.280.0', "CRASH REPORT Process <0.280.0> with 0 neighbours exited with reason: no match of right hand value {error,premature_eof} in rabbit_msg_store:read_from_disk/2 line 1244 in gen_server2:terminate/3 line 1183"),
  rmq(CRASH, 'error', '0.274.0', `Supervisor {<0.274.0>,rabbit_vhost_sup} had child msg_store_persistent started with rabbit_msg_store:start_link(msg_store_persistent, "${VHOST_DIR}", [], {#Fun<rabbit_queue_index.2.28337495>,{start,[{resource,<<"/">>,queue,<<"orders">>}]}}) at <0.280.0> exit with reason no match of right hand value {error,premature_eof} in rabbit_msg_store:read_from_disk/2 line 1244 in context child_terminated`),
  rmq(CRASH + 0.01, 'error', '0.21877.2', "closing AMQP connection <0.21877.2> (%IPOF:payment#0%:50244 -> %PODIP%:5672, vhost: '/', user: 'guest'):\nclient unexpectedly closed TCP connection"),
  rmq(CRASH + 0.01, 'info', '0.702.0', "Closing all connections in vhost '/' on node 'rabbit@%POD%' because the vhost is stopping"),
  rmq(CRASH + 0.02, 'info', '0.272.0', "Making sure data directory '" + VHOST_DIR + "' for vhost '/' exists"),
  rmq(CRASH + 0.03, 'info', '0.272.0', "Starting message stores for vhost '/'"),
  rmq(CRASH + 0.05, 'error', '0.23814.2', 'Unable to recover vhost <<"/">> data. Reason {badmatch,{error,premature_eof}}\n Stacktrace [{rabbit_msg_store,read_from_disk,2,[{file,"src/rabbit_msg_store.erl"},{line,1244}]},{rabbit_msg_store,build_index_worker,6,[{file,"src/rabbit_msg_store.erl"},{line,1844}]},{worker_pool_worker,handle_call,3,[{file,"src/worker_pool_worker.erl"},{line,75}]}]'),
  rmq(CRASH + 0.06, 'error', '0.272.0', "Unable to restart vhost '/' on node 'rabbit@%POD%': {badmatch,{error,premature_eof}}. Giving up: vhost_restart_strategy is 'continue'"),
];
// every reconnect attempt of dispatch (each second) and of payment (per checkout) is refused on connection.open
// dispatch redials once a second (connectToRabbitMQ sleeps 1s); each payment checkout tries once.
const RETRY = 1.004 / 60;
const PAYMENTS = [[-21.7, 'anonymous-4131'], [-17.2, 'mdiaz'], [-12.9, 'anonymous-4150'], [-8.8, 'rkeller'], [-5.1, 'anonymous-4188'], [-1.6, 'anonymous-4190']];
const retries = [];
for (let m = CRASH + 0.02; m < -0.05; m += RETRY) retries.push(m);
const attempts = [...retries.map((m, k) => ({ m, who: 'dispatch', port: 40112 + (k % 20000) })), ...PAYMENTS.map(([m], k) => ({ m: m + 0.004, who: 'payment', port: 51208 + k * 3 }))].sort((a, b) => a.m - b.m);
attempts.forEach(({ m, who, port }, k) => {
  const pid = `0.${(24001 + k * 7) % 32768}.${2 + Math.floor((24001 + k * 7) / 32768)}`;
  rabbitLog.push(rmq(m, 'info', pid, `accepting AMQP connection <${pid}> (%IPOF:${who}#0%:${port} -> %PODIP%:5672)`));
  rabbitLog.push(rmq(m + 0.00005, 'error', pid, `Error on AMQP connection <${pid}> (%IPOF:${who}#0%:${port} -> %PODIP%:5672, user: 'guest', state: opening):\ninternal_error: "vhost / is down"`));
});

// dispatch (Go, std log): orders consumed until the crash, then the reconnect loop of rabbitConnector()
const dispatchLog = [
  golog(-60 * 24 * 9 + 0.6, 'Connecting to amqp://guest:guest@rabbitmq:5672/'),
  golog(-60 * 24 * 9 + 0.6, 'Waiting for messages'),
  golog(-60 * 24 * 9 + 1.1, 'Rabbit MQ ready true'),
];
[-92.3, -71.8, -55.1, -37.6, -26.9].forEach((m, i) => {
  dispatchLog.push(golog(m, `Order {"orderid":"${['3f0c2a8e', '9b71d4c0', 'c2e84a17', '5d19f3b6', 'a7706e21'][i]}-4c1e-4b7a-9f2d-${String(118273645 + i * 7919).padStart(12, '0')}","user":"${i % 2 ? 'anonymous-' + (4120 + i) : 'rkeller'}","cart":{"total":${[74.98, 1299, 42, 9.99, 245.5][i]},"tax":${[12.5, 216.5, 7, 1.67, 40.92][i]},"items":[{"qty":1,"sku":"${['SHCE', 'RED', 'EMM', 'ECB', 'CNA'][i]}","name":"${['Cybernetic Nose', 'R2D2', 'Ewooid', 'Mega Base', 'Ping Pong Ball'][i]}","price":${[74.98, 1299, 42, 9.99, 245.5][i]},"subtotal":${[74.98, 1299, 42, 9.99, 245.5][i]}}]}}`));
  dispatchLog.push(golog(m, `Headers map[X-INSTANA-L:1 X-INSTANA-S:${(0x3a9c1f0 + i * 977).toString(16)} X-INSTANA-T:${(0x7b2e4d1 + i * 1231).toString(16)}]`));
  dispatchLog.push(golog(m + 0.001, 'Creating span'));
});
dispatchLog.push(golog(CRASH + 0.01, 'Connecting to amqp://guest:guest@rabbitmq:5672/'));
dispatchLog.push(golog(CRASH + 0.01, 'Exception (320) Reason: "CONNECTION_FORCED - vhost \'/\' is down"'));
for (const m of retries) {
  dispatchLog.push(golog(m + 0.0001, 'Exception (541) Reason: "INTERNAL_ERROR - vhost / is down"'));
  dispatchLog.push(golog(m + 0.0001, 'Reconnecting to amqp://guest:guest@rabbitmq:5672/'));
}

// payment (Flask under uWSGI, pika 1.x): the order is charged, then queueOrder() raises and the request is a 500
const uw = (min, n, status, bytes, ms, path = '/pay/anonymous-4188') =>
  `[pid: ${14 + (n % 2)}|app: 0|req: ${n}/${n * 2 + 7}] %IPOF:web#0% () {38 vars in 548 bytes} [${new Date(Date.parse(T.iso(min))).toUTCString().replace(/,/g, '').replace(' GMT', '').replace(/^(\w+) (\d+) (\w+) (\d+) /, '$1 $3 $2 ')} ${T.iso(min).slice(0, 4)}] POST ${path} => generated ${bytes} bytes in ${ms} msecs (HTTP/1.1 ${status}) 2 headers in ${status === 200 ? 72 : 81} bytes (1 switches on core 0)`;
const flask = (min, level, msg) => `[${T.java(min + 0.0000713).replace('.', ',')}] ${level} in payment: ${msg}`;
const payTrace = (min, user) => [
  flask(min, 'INFO', `payment for ${user}`),
  flask(min, 'INFO', "{'total': 1348.0, 'tax': 224.67, 'items': [{'qty': 1, 'sku': 'HAL-1', 'name': 'HAL', 'price': 1348, 'subtotal': 1348}]}"),
  flask(min + 0.003, 'INFO', 'paypal returned 200'),
  flask(min + 0.003, 'INFO', 'queue order'),
  flask(min + 0.003, 'INFO', "msg headers {'X-INSTANA-T': '5c2f0e91a7d3b4e8', 'X-INSTANA-S': '1e7a93c4b0d26f55', 'X-INSTANA-L': '1'}"),
  flask(min + 0.004, 'INFO', 'reconnecting to queue'),
  flask(min + 0.005, 'ERROR', `Exception on /pay/${user} [POST]
Traceback (most recent call last):
  File "/app/rabbitmq.py", line 53, in publish
    self._publish(msg, headers)
  File "/app/rabbitmq.py", line 40, in _publish
    self._channel.basic_publish(exchange=self.EXCHANGE,
  File "/usr/local/lib/python3.9/site-packages/pika/adapters/blocking_connection.py", line 2242, in basic_publish
    self._impl.basic_publish(
  File "/usr/local/lib/python3.9/site-packages/pika/channel.py", line 421, in basic_publish
    self._raise_if_not_open()
  File "/usr/local/lib/python3.9/site-packages/pika/channel.py", line 1389, in _raise_if_not_open
    raise exceptions.ChannelWrongStateError('Channel is closed.')
pika.exceptions.ChannelWrongStateError: Channel is closed.

During handling of the above exception, another exception occurred:

Traceback (most recent call last):
  File "/usr/local/lib/python3.9/site-packages/flask/app.py", line 2447, in wsgi_app
    response = self.full_dispatch_request()
  File "/usr/local/lib/python3.9/site-packages/flask/app.py", line 1952, in full_dispatch_request
    rv = self.handle_user_exception(e)
  File "/usr/local/lib/python3.9/site-packages/flask/app.py", line 1950, in full_dispatch_request
    rv = self.dispatch_request()
  File "/usr/local/lib/python3.9/site-packages/flask/app.py", line 1936, in dispatch_request
    return self.view_functions[rule.endpoint](**req.view_args)
  File "/app/payment.py", line 128, in pay
    queueOrder({ 'orderid': orderid, 'user': id, 'cart': cart })
  File "/app/payment.py", line 166, in queueOrder
    publisher.publish(order, headers)
  File "/app/rabbitmq.py", line 56, in publish
    self._connect()
  File "/app/rabbitmq.py", line 33, in _connect
    self._conn = pika.BlockingConnection(self._params)
  File "/usr/local/lib/python3.9/site-packages/pika/adapters/blocking_connection.py", line 360, in __init__
    self._impl = self._create_connection(parameters, _impl_class)
  File "/usr/local/lib/python3.9/site-packages/pika/adapters/blocking_connection.py", line 451, in _create_connection
    raise self._reap_last_connection_workflow_error(error)
pika.exceptions.ConnectionClosedByBroker: (541, 'INTERNAL_ERROR - vhost / is down')`),
];
const paymentLog = [
  '*** Starting uWSGI 2.0.21 (64bit) on [Thu May 11 09:12:03 2025] ***'.replace('Thu May 11 09:12:03 2025', 'Sun May 11 14:25:12 2025'),
  'compiled with version: 10.2.1 20210110 on 02 February 2023 10:11:47',
  'os: Linux-5.10.226-214.880.amzn2.x86_64 #1 SMP Tue Oct 8 16:18:15 UTC 2024',
  'uwsgi socket 0 bound to TCP address 0.0.0.0:8080 fd 3',
  'Python version: 3.9.16 (main, Feb  1 2023, 05:28:51)  [GCC 10.2.1 20210110]',
  'WSGI app 0 (mountpoint=\'\') ready in 1 seconds on interpreter 0x55d0c3a1e7a0 pid: 1 (default app)',
  'spawned uWSGI master process (pid: 1)',
  'spawned uWSGI worker 1 (pid: 14, cores: 1)',
  'spawned uWSGI worker 2 (pid: 15, cores: 1)',
  flask(-61.4, 'INFO', 'payment for rkeller'),
  flask(-61.4, 'INFO', 'paypal returned 200'),
  flask(-61.4, 'INFO', 'queue order'),
  flask(-61.39, 'INFO', 'connected to broker'),
  flask(-61.39, 'INFO', 'message sent'),
  flask(-61.38, 'INFO', 'order history returned 200'),
  flask(-61.38, 'INFO', 'cart delete returned 200'),
  uw(-61.38, 311, 200, 53, 231, '/pay/rkeller'),
  flask(-26.9, 'INFO', 'payment for anonymous-4124'),
  flask(-26.9, 'INFO', 'paypal returned 200'),
  flask(-26.9, 'INFO', 'queue order'),
  flask(-26.9, 'INFO', 'message sent'),
  flask(-26.89, 'INFO', 'order history returned 200'),
  flask(-26.89, 'INFO', 'cart delete returned 200'),
  uw(-26.89, 318, 200, 53, 204, '/pay/anonymous-4124'),
];
PAYMENTS.forEach(([m, u], i) => {
  paymentLog.push(...payTrace(m, u));
  paymentLog.push(uw(m + 0.005, 319 + i, 500, 265, 188 + i * 9, `/pay/${u}`));
});

// web (nginx, combined format): payment 500s, everything else 200
const nginx = (min, method, path, status, bytes) => {
  const d = new Date(Date.parse(T.iso(min)));
  const mon = d.toUTCString().split(' ')[2];
  const ts = `${String(d.getUTCDate()).padStart(2, '0')}/${mon}/${d.getUTCFullYear()}:${T.iso(min).slice(11, 19)} +0000`;
  return `10.1.1.84 - - [${ts}] "${method} ${path} HTTP/1.1" ${status} ${bytes} "http://shop.robot-shop.example/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36" "-"`;
};
const webLog = [];
for (let k = 0; k < 14; k++) {
  const m = -36 + k * 2.5;
  webLog.push(nginx(m, 'GET', '/api/catalogue/products', 200, 3104));
  webLog.push(nginx(m + 0.05, 'GET', '/api/ratings/api/fetch/' + ['HAL-1', 'RED', 'EMM', 'CNA'][k % 4], 200, 38));
  webLog.push(nginx(m + 0.1, 'GET', '/api/cart/cart/anonymous-41' + (30 + k), 200, 188));
}
webLog.push(nginx(-26.89, 'POST', '/api/payment/pay/anonymous-4124', 200, 53));
for (const [m, u] of PAYMENTS) webLog.push(nginx(m + 0.006, 'POST', `/api/payment/pay/${u}`, 500, 265));
webLog.sort((a, b) => a.slice(16, 36).localeCompare(b.slice(16, 36)));

const cartLog = [
  pino(T, -60 * 24 * 9 + 0.5, 'info', '%POD%', 'Redis READY'),
  pino(T, -60 * 24 * 9 + 0.5, 'info', '%POD%', 'Started on port 8080'),
  ...Array.from({ length: 8 }, (_, k) => pino(T, -30 + k * 3.6, 'info', '%POD%', 'request completed', `"req":{"id":${88120 + k},"method":"GET","url":"/cart/anonymous-41${30 + k}","headers":{"host":"cart:8080"},"remoteAddress":"::ffff:%IPOF:web#0%","remotePort":${39210 + k}},"res":{"statusCode":200},"responseTime":${3 + (k % 4)},`)),
];
const catalogueLog = [
  pino(T, -60 * 24 * 9 + 0.6, 'info', '%POD%', 'MongoDB connected'),
  pino(T, -60 * 24 * 9 + 0.6, 'info', '%POD%', 'Started on port 8080'),
  ...Array.from({ length: 8 }, (_, k) => pino(T, -30 + k * 3.6, 'info', '%POD%', 'request completed', `"req":{"id":${51877 + k},"method":"GET","url":"/products","headers":{"host":"catalogue:8080"},"remoteAddress":"::ffff:%IPOF:web#0%","remotePort":${44110 + k}},"res":{"statusCode":200},"responseTime":${5 + (k % 3)},`)),
];
const mongoLog = [
  `{"t":{"$date":"${T.isoMs(-60 * 24 * 3 + 1.1).replace('Z', '+00:00')}"},"s":"I",  "c":"CONTROL",  "id":23285,   "ctx":"-","msg":"Automatically disabling TLS 1.0, to force-enable TLS 1.0 specify --sslDisabledProtocols 'none'"}`,
  `{"t":{"$date":"${T.isoMs(-60 * 24 * 3 + 1.2).replace('Z', '+00:00')}"},"s":"I",  "c":"STORAGE",  "id":22315,   "ctx":"initandlisten","msg":"Opening WiredTiger","attr":{"config":"create,cache_size=256M,session_max=33000,eviction=(threads_min=4,threads_max=4),config_base=false,statistics=(fast),log=(enabled=true,archive=true,path=journal,compressor=snappy),file_manager=(close_idle_time=100000,close_scan_interval=10,close_handle_minimum=250),statistics_log=(wait=0),verbose=[recovery_progress,checkpoint_progress,compact_progress],"}}`,
  `{"t":{"$date":"${T.isoMs(-60 * 24 * 3 + 1.3).replace('Z', '+00:00')}"},"s":"I",  "c":"NETWORK",  "id":23016,   "ctx":"listener","msg":"Waiting for connections","attr":{"port":27017,"ssl":"off"}}`,
  `{"t":{"$date":"${T.isoMs(-12.3).replace('Z', '+00:00')}"},"s":"I",  "c":"STORAGE",  "id":22430,   "ctx":"Checkpointer","msg":"WiredTiger message","attr":{"message":"[1747750932:412233][1:0x7f2d8c5f9700], WT_SESSION.checkpoint: [WT_VERB_CHECKPOINT_PROGRESS] saving checkpoint snapshot min: 1907, snapshot max: 1907 snapshot count: 0, oldest timestamp: (0, 0) , meta checkpoint timestamp: (0, 0) base write gen: 118231"}}`,
];

export const scenarios = [
  withDefaults({
    folder: 's75b-rabbitmq-vhost-down-payment-loud',
    incidentTime: '2025-05-20T14:25:00Z',
    description: 'checkout broken since ~14:00, payment svc throwing 500s on /pay. browsing, cart, ratings all still fine',
    expected: { component: 'rabbitmq', cause: 'dependency-down' },
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'decoy', 'time-expression', 'partial-name'],
    workloads: {
      mongodb: {
        pods: [{
          created: T.iso(-60 * 24 * 9),
          containers: {
            mongodb: cs.restartedRunning({
              restarts: 1,
              startedAt: T.iso(-60 * 24 * 3 + 1),
              last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9 + 0.3), finishedAt: T.iso(-60 * 24 * 3 + 0.6) },
            }),
          },
        }],
      },
    },
    events: [],
    logs: {
      'rabbitmq#0/rabbitmq': rabbitLog,
      'dispatch#0/dispatch': dispatchLog,
      'payment#0/payment': paymentLog,
      'web#0/web': webLog,
      'cart#0/cart': cartLog,
      'catalogue#0/catalogue': catalogueLog,
      'mongodb#0/mongodb': mongoLog,
    },
    grounding: `
      Fault: the default vhost '/' of the single RabbitMQ node (rabbitmq:3.7-management-alpine, no volume upstream, so the
      message store lives in the container filesystem) went down at 14:00:48 when its persistent message store crashed on
      a truncated segment file ({badmatch,{error,premature_eof}}), the per-vhost supervisor could not recover it and gave up
      (vhost_restart_strategy 'continue', the 3.7 default). The node, its AMQP listener and the management plugin stay up, so
      the pod is Running, Ready and never restarts; every connection.open on '/' is refused with 541 INTERNAL_ERROR
      "vhost / is down". Shape from rabbitmq-server PR 1158 (per-vhost supervision trees, "gives up and stops") and PR 1293
      ("When vhost is down ... connection is refused with internal_error"), rabbitmq-dotnet-client issue 496
      ("CONNECTION_FORCED - vhost 'UAT' is down") and rabbitmq-server issues 6659/14071 ("Unable to recover vhost <<"/">> data",
      premature_eof in msg_store).
      Callers louder than the broker: payment (payment.py queueOrder -> rabbitmq.py Publisher.publish reconnect ->
      pika.BlockingConnection) answers every /pay with a 500 after charging, web's nginx logs the 500s, dispatch
      (dispatch/src/main.go rabbitConnector/connectToRabbitMQ) loops "Exception (541) ... / Reconnecting to" every second
      without exiting. Cart, catalogue and ratings keep serving.
      Decoy: mongodb OOMKilled three days ago (200Mi limit upstream), running since; the description blames payment.
      Deviations: RabbitMQ image minor pinned as 3.7.28 in the log banner (upstream tag 3.7-management-alpine); Flask/uWSGI,
      pika 1.x and Python 3.9 versions in payment's traceback are assumed; rabbit log lines abbreviated.
    `,
  }),
];
