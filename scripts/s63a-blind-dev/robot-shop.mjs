// Batch s63a (blind dev): one Robot Shop scenario for the scenario kit — RabbitMQ left with its `rabbit` application
// stopped (`rabbitmqctl stop_app` without `start_app`): the broker pod stays Running and Ready, payment and dispatch are loud.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export const system = base;
export { defaultPvcs };

const INCIDENT = '2026-04-08T14:10:00Z';
const T = clock(INCIDENT);
const STOP = -23; // 13:47:00, `rabbitmqctl stop_app` in a `kubectl exec` session
const AMQP = 'amqp://guest:guest@rabbitmq:5672/';
const RS_NODE = 'ip-10-1-1-84.eu-west-1.compute.internal';

// uWSGI's request line (ctime with the day padded to two columns) and Flask's default handler format.
const ctime = (min) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const mons = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const p = (n) => String(n).padStart(2, '0');
  return `${days[d.getUTCDay()]} ${mons[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} ${d.getUTCFullYear()}`;
};
const flask = (min, lvl, msg) => `[${T.java(min).replace('.', ',')}] ${lvl} in payment: ${msg}`;
let reqNo = 1180;
const uwsgi = (min, method, path, status, bytes, ms) => {
  reqNo++;
  return `[pid: 9|app: 0|req: ${reqNo}/${reqNo}] %IPOF:web#0% () {48 vars in 812 bytes} [${ctime(min)}] ${method} ${path} => generated ${bytes} bytes in ${ms} msecs (HTTP/1.1 ${status}) 2 headers in ${status === 200 ? 72 : 79} bytes (1 switches on core 0)`;
};
const nginxTime = (min) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const mons = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const p = (n) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${mons[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
};
const UA = '"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15"';
const REF = '"http://a3f9c1e07d5b24e8b9c0f1d2e3a4b5c6-1187343210.eu-west-1.elb.amazonaws.com/"';
const nginx = (min, src, method, path, status, bytes) =>
  `${src} - - [${nginxTime(min)}] "${method} ${path} HTTP/1.1" ${status} ${bytes} ${REF} ${UA} "-"`;

// Checkouts: [minute, user id, cart] — anonymous ids come from user's /uniqueid (`anonymous-<n>`).
const ORDERS = [
  [-44.6, 'anonymous-2207', "{'total': 1042, 'tax': 173.67, 'items': [{'qty': 1, 'sku': 'RED', 'name': 'Responsive Enforcer Droid', 'price': 700, 'subtotal': 700}, {'qty': 1, 'sku': 'SHIP', 'name': 'shipping to Germany', 'price': 342, 'subtotal': 342}]}"],
  [-37.2, 'rhiannon', "{'total': 312, 'tax': 52, 'items': [{'qty': 2, 'sku': 'EMM', 'name': 'Ewooid', 'price': 42, 'subtotal': 84}, {'qty': 1, 'sku': 'SHIP', 'name': 'shipping to United Kingdom', 'price': 228, 'subtotal': 228}]}"],
  [-29.9, 'anonymous-2211', "{'total': 1537, 'tax': 256.17, 'items': [{'qty': 1, 'sku': 'HAL-1', 'name': 'HAL', 'price': 1200, 'subtotal': 1200}, {'qty': 1, 'sku': 'SHIP', 'name': 'shipping to France', 'price': 337, 'subtotal': 337}]}"],
  [-19.4, 'anonymous-2214', "{'total': 564, 'tax': 94, 'items': [{'qty': 1, 'sku': 'STAN-1', 'name': 'Stan', 'price': 67, 'subtotal': 67}, {'qty': 1, 'sku': 'SHIP', 'name': 'shipping to Netherlands', 'price': 497, 'subtotal': 497}]}"],
  [-14.8, 'marcus.o', "{'total': 1354, 'tax': 225.67, 'items': [{'qty': 1, 'sku': 'RMC', 'name': 'Robbie', 'price': 999, 'subtotal': 999}, {'qty': 1, 'sku': 'SHIP', 'name': 'shipping to Ireland', 'price': 355, 'subtotal': 355}]}"],
  [-11.1, 'marcus.o', "{'total': 1354, 'tax': 225.67, 'items': [{'qty': 1, 'sku': 'RMC', 'name': 'Robbie', 'price': 999, 'subtotal': 999}, {'qty': 1, 'sku': 'SHIP', 'name': 'shipping to Ireland', 'price': 355, 'subtotal': 355}]}"],
  [-6.3, 'anonymous-2219', "{'total': 742, 'tax': 123.67, 'items': [{'qty': 1, 'sku': 'CNA', 'name': 'Cybernated Neutralization Android', 'price': 500, 'subtotal': 500}, {'qty': 1, 'sku': 'SHIP', 'name': 'shipping to Spain', 'price': 242, 'subtotal': 242}]}"],
  [-2.7, 'anonymous-2222', "{'total': 280, 'tax': 46.67, 'items': [{'qty': 1, 'sku': 'EPE', 'name': 'Eve', 'price': 50, 'subtotal': 50}, {'qty': 1, 'sku': 'SHIP', 'name': 'shipping to Belgium', 'price': 230, 'subtotal': 230}]}"],
];
const orderIds = ['0c1f4e7a-5b2d-4e61-9a0f-3d7c8b1e2f40', '7e2a9d14-3c8b-4f5e-a1d0-6b9c2e4f8a13', 'b43d0e6f-9a17-4c2b-8e5d-1f6a7c3b9e02'];

function paymentLog() {
  const L = [];
  let heartbeatDropped = true; // pika's BlockingConnection misses heartbeats between requests (see rabbitmq log)
  ORDERS.forEach(([m, id, cart], k) => {
    const anon = id.startsWith('anonymous');
    L.push(flask(m, 'INFO', `payment for ${id}`), flask(m, 'INFO', cart));
    L.push(flask(m + 0.004, 'INFO', 'https://paypal.com/ returned 200'));
    L.push(flask(m + 0.005, 'INFO', 'queue order'));
    if (m < STOP) {
      if (heartbeatDropped) {
        L.push(flask(m + 0.005, 'INFO', 'reconnecting to queue'), flask(m + 0.006, 'INFO', 'connected to broker'));
      }
      L.push(flask(m + 0.006, 'INFO', 'message sent'));
      if (!anon) L.push(flask(m + 0.007, 'INFO', 'order history returned 200'));
      L.push(flask(m + 0.008, 'INFO', 'cart delete returned 200'));
      L.push(uwsgi(m + 0.008, 'POST', `/pay/${id}`, 200, 52, 512 + k * 7));
    } else {
      const first = k === ORDERS.findIndex(([mm]) => mm > STOP);
      if (first) L.push(flask(m + 0.005, 'INFO', 'reconnecting to queue'));
      L.push(
        `Socket failed to connect: <socket.socket fd=11, family=2, type=1, proto=6, laddr=('%PODIP%', ${40112 + k * 13})>; error=111 (Connection refused)`,
        `TCP Connection attempt failed: ConnectionRefusedError(111, 'Connection refused'); dest=(<AddressFamily.AF_INET: 2>, <SocketKind.SOCK_STREAM: 1>, 6, '', ('%SVCIP:rabbitmq%', 5672))`,
        `AMQPConnector - reporting failure: AMQPConnectorSocketConnectError: ConnectionRefusedError(111, 'Connection refused')`,
        `AMQP connection workflow failed: AMQPConnectionWorkflowFailed: 1 exceptions in all; last exception - AMQPConnectorSocketConnectError: ConnectionRefusedError(111, 'Connection refused'); first exception - None.`,
        `AMQPConnectionWorkflow - reporting failure: AMQPConnectionWorkflowFailed: 1 exceptions in all; last exception - AMQPConnectorSocketConnectError: ConnectionRefusedError(111, 'Connection refused'); first exception - None`,
        `Connection workflow failed: AMQPConnectionWorkflowFailed: 1 exceptions in all; last exception - AMQPConnectorSocketConnectError: ConnectionRefusedError(111, 'Connection refused'); first exception - None`,
        // Flask's errorhandler logs str(err): pika's AMQPConnectionError wrapping the connector error prints as ''.
        flask(m + 0.006, 'ERROR', ''),
        uwsgi(m + 0.006, 'POST', `/pay/${id}`, 500, 0, 388 + k * 11),
      );
    }
    heartbeatDropped = true;
  });
  return L;
}

function dispatchLog() {
  const L = [
    `${T.go(-60 * 24 * 12)} Error Percent is 0`,
    `${T.go(-60 * 24 * 12)} Waiting for messages`,
    `${T.go(-60 * 24 * 12)} Connecting to ${AMQP}`,
    `${T.go(-60 * 24 * 12 + 0.02)} Rabbit MQ ready true`,
  ];
  for (const [m, id, cart] of ORDERS.filter(([mm]) => mm < STOP)) {
    const oid = orderIds[ORDERS.findIndex(([mm]) => mm === m)];
    // payment publishes json.dumps({orderid, user, cart}) (", " and ": " separators)
    const body = `{"orderid": "${oid}", "user": "${id}", "cart": ${cart.replace(/'/g, '"')}}`;
    L.push(`${T.go(m + 0.007)} Order ${body}`, `${T.go(m + 0.007)} Headers map[]`, `${T.go(m + 0.007)} order ${oid}`);
    L.push(`${T.go(m + 0.007)} opentracing: SpanContext not found in Extract carrier`, `${T.go(m + 0.007)} Failed to get context from headers`, `${T.go(m + 0.007)} Creating root span`);
  }
  // stop_app closes the connection (CONNECTION_FORCED); the connector redials every second.
  L.push(`${T.go(STOP + 0.2)} Connecting to ${AMQP}`);
  for (let s = 0; s < -STOP * 60 - 20; s++) {
    const m = STOP + 0.2 / 1 + s / 60;
    L.push(`${T.go(m)} dial tcp %SVCIP:rabbitmq%:5672: connect: connection refused`, `${T.go(m)} Reconnecting to ${AMQP}`);
  }
  return L;
}

const rmq = (min, lvl, pid, msg) => `${T.java(min)} [${lvl}] <0.${pid}.0> ${msg}`;
function rabbitLog() {
  const L = [];
  // Healthy noise: pika's BlockingConnection (payment) sends no heartbeats between requests, so the broker drops it
  // about two minutes after each checkout; payment reconnects at the next one.
  for (const [m] of [[-52.8], ...ORDERS.filter(([mm]) => mm < STOP)]) {
    const pid = 20411 + Math.round(-m * 7);
    const port = 41000 + Math.round(-m * 3);
    L.push(rmq(m + 0.005, 'info', pid, `accepting AMQP connection <0.${pid}.0> (%IPOF:payment#0%:${port} -> %PODIP%:5672)`));
    L.push(rmq(m + 0.005, 'info', pid, `connection <0.${pid}.0> (%IPOF:payment#0%:${port} -> %PODIP%:5672): user 'guest' authenticated and granted access to vhost '/'`));
    L.push(rmq(m + 2.1, 'error', pid, `closing AMQP connection <0.${pid}.0> (%IPOF:payment#0%:${port} -> %PODIP%:5672):`), 'missed heartbeats from client, timeout: 60s');
  }
  const S = STOP;
  L.push(
    rmq(S, 'info', 24431, 'RabbitMQ is asked to stop...'),
    rmq(S + 0.001, 'info', 24431, 'Stopping RabbitMQ applications and their dependencies in the following order:'),
    '    rabbitmq_management',
    '    amqp_client',
    '    rabbitmq_web_dispatch',
    '    cowboy',
    '    cowlib',
    '    rabbitmq_management_agent',
    '    rabbit',
    '    mnesia',
    '    rabbit_common',
    '    sysmon_handler',
    '    os_mon',
    rmq(S + 0.001, 'info', 24431, "Stopping application 'rabbitmq_management'"),
    rmq(S + 0.002, 'info', 24431, "Stopping application 'amqp_client'"),
    rmq(S + 0.002, 'info', 24431, "Stopping application 'rabbitmq_web_dispatch'"),
    rmq(S + 0.002, 'info', 24431, "Stopping application 'cowboy'"),
    rmq(S + 0.002, 'info', 24431, "Stopping application 'cowlib'"),
    rmq(S + 0.002, 'info', 24431, "Stopping application 'rabbitmq_management_agent'"),
    rmq(S + 0.003, 'info', 24431, "Stopping application 'rabbit'"),
    rmq(S + 0.003, 'info', 599, 'Peer discovery backend rabbit_peer_discovery_classic_config does not support registration, skipping unregistration.'),
    rmq(S + 0.003, 'info', 687, 'stopped TCP listener on [::]:5672'),
    rmq(S + 0.004, 'error', 1822, `Error on AMQP connection <0.1822.0> (%IPOF:dispatch#0%:43912 -> %PODIP%:5672, vhost: '/', user: 'guest', state: running), channel 0:`),
    ` operation none caused a connection exception connection_forced: "broker forced connection closure with reason 'shutdown'"`,
    rmq(S + 0.004, 'info', 1822, "Closing all channels from connection '%IPOF:dispatch#0%:43912 -> %PODIP%:5672' because it has been closed"),
    rmq(S + 0.006, 'info', 24431, "Stopping application 'mnesia'"),
    rmq(S + 0.007, 'info', 24431, "Stopping application 'rabbit_common'"),
    rmq(S + 0.007, 'info', 24431, "Stopping application 'sysmon_handler'"),
    rmq(S + 0.007, 'info', 24431, "Stopping application 'os_mon'"),
    rmq(S + 0.008, 'info', 24431, 'Successfully stopped RabbitMQ and its dependencies'),
  );
  return L;
}

function webLog() {
  const L = [];
  const nodeIps = ['10.1.1.84', '10.1.2.137', '10.1.3.206'];
  let i = 0;
  for (let m = -45; m < -0.2; m += 0.9) {
    const src = nodeIps[i++ % 3];
    L.push(nginx(m, src, 'GET', '/api/catalogue/products', 200, 2148));
    if (i % 2) L.push(nginx(m + 0.1, src, 'GET', '/api/cart/cart/anonymous-22' + (10 + (i % 13)), 200, 188));
    if (i % 4 === 0) L.push(nginx(m + 0.2, src, 'GET', '/api/ratings/api/fetch/RED', 200, 33));
    if (i % 5 === 0) L.push(nginx(m + 0.3, src, 'GET', '/api/catalogue/categories', 200, 64));
    for (const [om, id] of ORDERS) if (om >= m && om < m + 0.9) L.push(nginx(om + 0.01, src, 'POST', `/api/payment/pay/${id}`, om < STOP ? 200 : 500, om < STOP ? 52 : 0));
  }
  return L;
}

function cartLog() {
  const L = [];
  for (let m = -40; m < -0.5; m += 3.7) {
    L.push(pino(T, m, 'info', '%POD%', 'request completed', `"req":{"id":${Math.round(4800 - m * 9)},"method":"GET","url":"/cart/anonymous-22${14 + Math.round(-m) % 9}","headers":{"host":"cart:8080","user-agent":"nginx"},"remoteAddress":"::ffff:%IPOF:web#0%","remotePort":${51000 + Math.round(-m * 11)}},"res":{"statusCode":200,"headers":{"x-powered-by":"Express","content-type":"application/json; charset=utf-8"}},"responseTime":${3 + Math.round(-m) % 5},`));
  }
  return L;
}

export const scenarios = [
  withDefaults({
    folder: 's63a-rabbitmq-app-stopped',
    incidentTime: INCIDENT,
    description: 'robot shop checkout broken since ~13:50, payment gives a 500 on every order (customers charged though?). browsing + cart still work. dispatch is spamming connection refused too',
    expected: { component: 'rabbitmq', cause: 'dependency-down' },
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'decoy', 'time-expression'],
    workloads: {
      rabbitmq: { pods: [{ node: RS_NODE, containers: { rabbitmq: cs.running(T.iso(-60 * 24 * 12)) } }], since: -60 * 24 * 12 },
      dispatch: { since: -60 * 24 * 12 },
      payment: { since: -60 * 24 * 12 },
      // Decoy 1: shipping (java -Xmx768m in a 1000Mi limit) was OOMKilled three days ago and has run since.
      shipping: {
        pods: [{
          containers: {
            shipping: cs.restartedRunning({
              restarts: 1, startedAt: T.iso(-60 * 24 * 3 + 0.2),
              last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 12), finishedAt: T.iso(-60 * 24 * 3) },
            }),
          },
        }],
        since: -60 * 24 * 12,
      },
      // Decoy 2: a benign ratings release two hours before (image tag only).
      ratings: {
        containers: { ratings: { image: 'robotshop/rs-ratings:2.1.1' } },
        rollout: { at: -124, revision: 3, oldContainers: { ratings: { image: 'robotshop/rs-ratings:2.1.0' } } },
      },
    },
    events: [
      { on: 'deploy:ratings', reason: 'ScalingReplicaSet', message: 'Scaled up replica set ratings-%NEW% to 1', first: -124, last: -124 },
      { on: 'pod:ratings#0', reason: 'Scheduled', message: 'Successfully assigned robot-shop/%POD% to %NODE%', source: 'default-scheduler', first: -123.5, last: -123.5 },
      { on: 'pod:ratings#0', reason: 'Pulling', message: 'Pulling image "robotshop/rs-ratings:2.1.1"', fieldPath: 'spec.containers{ratings}', first: -123.5, last: -123.5 },
      { on: 'pod:ratings#0', reason: 'Pulled', message: 'Successfully pulled image "robotshop/rs-ratings:2.1.1" in 14.412s (14.412s including waiting). Image size: 164218841 bytes.', fieldPath: 'spec.containers{ratings}', first: -123.25, last: -123.25 },
      { on: 'pod:ratings#0', reason: 'Created', message: 'Created container ratings', fieldPath: 'spec.containers{ratings}', first: -123.25, last: -123.25 },
      { on: 'pod:ratings#0', reason: 'Started', message: 'Started container ratings', fieldPath: 'spec.containers{ratings}', first: -123.25, last: -123.25 },
      { on: 'deploy:ratings', reason: 'ScalingReplicaSet', message: 'Scaled down replica set ratings-%OLD% to 0 from 1', first: -123.0, last: -123.0 },
    ],
    logs: {
      'rabbitmq#0/rabbitmq': rabbitLog(),
      'dispatch#0/dispatch': dispatchLog(),
      'payment#0/payment': paymentLog(),
      'web#0/web': webLog(),
      'cart#0/cart': cartLog(),
    },
    grounding: `
      Fault: RabbitMQ's rabbit application stopped inside a running broker. The RabbitMQ CLI guide (rabbitmqctl stop_app /
      reset / start_app: "stop_app stops the RabbitMQ application, leaving the runtime (Erlang VM) running") is the usual
      recipe to purge a node; here an engineer ran stop_app at 13:47 in a kubectl exec session to reset the orders queue,
      the session dropped and start_app was never run. The Erlang VM is PID 1, so the container keeps running; the chart
      sets no probe on rabbitmq (K8s/helm/templates/rabbitmq-deployment.yaml), so the pod stays Ready and in the Endpoints,
      but the AMQP listener on 5672 is closed and every connect is refused. Log lines follow RabbitMQ 3.7's lager format
      (rabbit:stop "RabbitMQ is asked to stop...", the application stop order, "stopped TCP listener", connection_forced).
      Callers as the code has them: dispatch/main.go rabbitConnector/connectToRabbitMQ logs the dial error and
      "Reconnecting to amqp://guest:guest@rabbitmq:5672/" every second and never exits (no restart); payment/rabbitmq.py
      Publisher.publish reconnects through pika.BlockingConnection, pika logs its connection-workflow errors through the
      root logger's last-resort handler, and payment.py's errorhandler logs str(err) (empty for AMQPConnectionError) and
      returns 500 after the PayPal call already succeeded; uWSGI request lines from payment.ini (1 process, http socket).
      Healthy noise as real: pika's BlockingConnection does not service heartbeats between requests, so the broker logs
      "missed heartbeats from client, timeout: 60s" for payment's connection every few minutes before the incident.
      Decoys: shipping OOMKilled three days ago (java -Xmx768m in a 1000Mi limit, shipping/Dockerfile), a benign ratings
      release 2h before (rs-ratings 2.1.0 -> 2.1.1, image only: the two ReplicaSet templates differ only in the image).
      Deviations from upstream: the 2.1.1 ratings tag is in-house; the web nginx access-log lines use the image's default
      combined format with the ELB host as referer.`,
  }),
];
