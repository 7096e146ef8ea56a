// s15 blind dev scenarios for Stan's Robot Shop: specs for the kit (scripts/s2-scenario-kit.mjs) on the kit system
// definition scripts/kit-systems/robot-shop.mjs (withDefaults, defaultPvcs, pino); built by scripts/s15-build-blind-dev.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, defaultPvcs, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const range = (from, to, step) => {
  const out = [];
  for (let m = from; m < to; m += step) out.push(Math.round(m * 100) / 100);
  return out;
};
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** nginx `combined` time: 08/Oct/2026:14:01:02 +0000 */
const ngxTime = (T, m) => {
  const d = new Date(T.isoMs(m));
  const p = (n) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
};
const DAY = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
/** uWSGI request-log time: Wed Oct 21 11:30:12 2026 */
const uwsgiTime = (T, m) => {
  const d = new Date(T.isoMs(m));
  const p = (n) => String(n).padStart(2, '0');
  return `${DAY[d.getUTCDay()]} ${MON[d.getUTCMonth()]} ${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} ${d.getUTCFullYear()}`;
};
const UA =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0.6099.109 Safari/537.36';
const ngx = (T, m, method, path, status, bytes, ref = 'http://robotshop.example.com/') =>
  `10.1.2.137 - - [${ngxTime(T, m)}] "${method} ${path} HTTP/1.1" ${status} ${bytes} "${ref}" "${UA}"`;
const SKUS = ['RD-10', 'Watson', 'EMM', 'HPTD', 'EPE', 'UHJ', 'SHCE', 'STAN-1'];
const ev = (pod, at, img, container, cached = true) => [
  {
    on: `pod:${pod}`,
    reason: 'Scheduled',
    source: 'default-scheduler',
    message: 'Successfully assigned robot-shop/%POD% to %NODE%',
    first: at,
  },
  cached
    ? {
        on: `pod:${pod}`,
        reason: 'Pulled',
        fieldPath: `spec.containers{${container}}`,
        message: `Container image "${img}" already present on machine`,
        first: at + 0.05,
      }
    : {
        on: `pod:${pod}`,
        reason: 'Pulled',
        fieldPath: `spec.containers{${container}}`,
        message: `Successfully pulled image "${img}" in 6.187s (6.187s including waiting). Image size: 61257804 bytes.`,
        first: at + 0.1,
      },
  {
    on: `pod:${pod}`,
    reason: 'Created',
    fieldPath: `spec.containers{${container}}`,
    message: `Created container ${container}`,
    first: at + 0.12,
  },
  {
    on: `pod:${pod}`,
    reason: 'Started',
    fieldPath: `spec.containers{${container}}`,
    message: `Started container ${container}`,
    first: at + 0.13,
  },
];

// ---------------------------------------------------------------------------------------------------------------
// 3. cart 2.1.1: new pods Ready, every add-to-basket answers 500 (TypeError in the new cart code path).
const T3 = clock('2026-10-08T14:36:00Z');
const CART_ROLL = -38;
const RATINGS_ROLL = -96;
const cartImgNew = 'robotshop/rs-cart:2.1.1';
const cartLogs = (i) => {
  const T = T3;
  const host = `%POD%`;
  const L = [];
  const s = CART_ROLL + 0.6 + i * 0.5;
  L.push(pino(T, s, 'info', host, 'Redis READY'));
  L.push(pino(T, s + 0.01, 'info', host, 'Started on port 8080'));
  let n = 0;
  for (const m of range(s + 0.4, -0.2, 0.55)) {
    const sku = SKUS[n++ % SKUS.length];
    const user = `anonymous-${(n * 7) % 53}`;
    if (n % 3 === 0) {
      L.push(
        pino(
          T,
          m,
          'info',
          host,
          'request completed',
          `"req":{"id":${n},"method":"GET","url":"/cart/${user}","remoteAddress":"::ffff:%IPOF:web#0%"},"res":{"statusCode":200},"responseTime":3,`,
        ),
      );
      continue;
    }
    L.push(`TypeError: Cannot read property 'push' of undefined`);
    L.push(`    at /opt/server/server.js:171:31`);
    L.push(`    at Request._callback (/opt/server/server.js:402:17)`);
    L.push(`    at Request.self.callback (/opt/server/node_modules/request/request.js:185:22)`);
    L.push(`    at Request.emit (events.js:314:20)`);
    L.push(
      pino(
        T,
        m + 0.01,
        'error',
        host,
        'request errored',
        `"req":{"id":${n},"method":"GET","url":"/add/${user}/${sku}/1","remoteAddress":"::ffff:%IPOF:web#0%"},"res":{"statusCode":500},"err":{"type":"Error","message":"failed with status code 500","stack":"Error: failed with status code 500\\n    at onResFinished (/opt/server/node_modules/pino-http/logger.js:73:38)"},"responseTime":9,`,
      ),
    );
  }
  return L;
};
const catalogueLogs = () => {
  const T = T3;
  const L = [];
  L.push(pino(T, -60 * 24 * 9 + 0.3, 'info', '%POD%', 'MongoDB connected'));
  L.push(pino(T, -60 * 24 * 9 + 0.3, 'info', '%POD%', 'Started on port 8080'));
  let n = 0;
  for (const m of range(-50, -0.2, 0.7)) {
    const sku = SKUS[n++ % SKUS.length];
    L.push(
      pino(
        T,
        m,
        'info',
        '%POD%',
        'request completed',
        `"req":{"id":${4000 + n},"method":"GET","url":"/product/${sku}","remoteAddress":"::ffff:%IPOF:cart#0%"},"res":{"statusCode":200},"responseTime":4,`,
      ),
    );
    if (n % 4 === 0)
      L.push(
        pino(
          T,
          m + 0.1,
          'info',
          '%POD%',
          'request completed',
          `"req":{"id":${9000 + n},"method":"GET","url":"/products","remoteAddress":"::ffff:%IPOF:web#0%"},"res":{"statusCode":200},"responseTime":6,`,
        ),
      );
  }
  return L;
};
const webLogs = () => {
  const T = T3;
  const L = [];
  let n = 0;
  for (const m of range(-50, -0.2, 0.5)) {
    n++;
    const sku = SKUS[n % SKUS.length];
    const user = `anonymous-${(n * 7) % 53}`;
    L.push(ngx(T, m, 'GET', '/api/catalogue/products', 200, 2417));
    if (n % 2 === 0) L.push(ngx(T, m + 0.05, 'GET', `/api/ratings/api/fetch/${sku}`, 200, 34));
    if (n % 3 === 1) {
      const bad = m > CART_ROLL + 0.7;
      L.push(
        ngx(
          T,
          m + 0.1,
          'GET',
          `/api/cart/add/${user}/${sku}/1`,
          bad ? 500 : 200,
          bad ? 1318 : 181,
          `http://robotshop.example.com/product/${sku}`,
        ),
      );
    }
  }
  return L;
};
const s3 = withDefaults({
  folder: 's15-cart-211-add-to-basket',
  description:
    'robot shop: "add to cart" does nothing / error toast for all users, started mid-afternoon (14:00-ish?). browsing + ratings fine',
  incidentTime: '2026-10-08T14:36:00Z',
  expected: { component: 'cart', cause: 'bad-deploy-rollout' },
  difficulty: 'medium',
  traits: ['pods-ready', 'rollout-regression', 'decoy', 'time-expression'],
  grounding: `
    Manifest facts (instana/robot-shop K8s/helm at 55292e2): cart is a Node.js Deployment (rs-cart, port 8080, no probes,
    limits 200m/100Mi) that calls catalogue GET /product/:sku and keeps carts in redis; web (nginx) proxies /api/cart/ to it.
    The fault follows the ordinary shape of a bad release (Google SRE book ch. 8-9 "release engineering", many public
    post-mortems): the team's own build rs-cart:2.1.1 rolls out at 13:58, both new pods are Ready (there is no probe to fail),
    and every GET /add/:id/:sku/:qty throws "TypeError: Cannot read property 'push' of undefined" in the new code path after the
    catalogue lookup succeeds; Express answers 500 and pino-http logs "request errored". catalogue keeps answering
    /product/:sku with 200 and redis is untouched, so the failure is visible in cart's own log and in web's access log (500 on
    /api/cart/add since 13:58). Decoy: a healthy rollout of ratings 96 minutes earlier (PHP-FPM env tweak, pods Ready, 200s).
    Deviations: 2 cart replicas (upstream 1) so the rollout shows two new pods; the 2.1.1 tag and its bug are invented (upstream
    publishes only 2.1.0); Node 14 wording of the TypeError (the rs-cart image is built FROM node:14).`,
  workloads: {
    cart: {
      replicas: 2,
      rollout: { at: CART_ROLL, revision: 5, oldContainers: { cart: { image: 'robotshop/rs-cart:2.1.0' } } },
      containers: { cart: { image: cartImgNew } },
    },
    ratings: {
      rollout: { at: RATINGS_ROLL, revision: 3, oldContainers: { ratings: { env: undefined } } },
      containers: { ratings: { env: [{ name: 'PHP_FPM_PM_MAX_CHILDREN', value: '12' }] } },
    },
  },
  events: [
    {
      on: 'deploy:cart',
      reason: 'ScalingReplicaSet',
      message: 'Scaled up replica set cart-%NEW% to 1',
      first: CART_ROLL,
    },
    {
      on: 'deploy:cart',
      reason: 'ScalingReplicaSet',
      message: 'Scaled down replica set cart-%OLD% to 1 from 2',
      first: CART_ROLL + 0.6,
    },
    {
      on: 'deploy:cart',
      reason: 'ScalingReplicaSet',
      message: 'Scaled up replica set cart-%NEW% to 2 from 1',
      first: CART_ROLL + 0.6,
    },
    {
      on: 'deploy:cart',
      reason: 'ScalingReplicaSet',
      message: 'Scaled down replica set cart-%OLD% to 0 from 1',
      first: CART_ROLL + 1.1,
    },
    ...ev('cart#0', CART_ROLL + 0.5, cartImgNew, 'cart', false),
    ...ev('cart#1', CART_ROLL + 1.0, cartImgNew, 'cart'),
  ],
  logs: {
    'cart#0/cart': cartLogs(0),
    'cart#1/cart': cartLogs(1),
    'catalogue#0/catalogue': catalogueLogs(),
    'web#0/web': webLogs(),
    'ratings#0/ratings': range(RATINGS_ROLL + 1, -0.3, 2.2).map(
      (m, k) =>
        `%IPOF:web#0% - - [${ngxTime(T3, m)}] "GET /api/fetch/${SKUS[k % SKUS.length]} HTTP/1.1" 200 34 "-" "-"`,
    ),
    'redis#0/redis': [
      `1:M ${'08 Oct 2026 08:12:04.118'} * Background saving started by pid 212`,
      `212:C 08 Oct 2026 08:12:04.131 * DB saved on disk`,
      `1:M 08 Oct 2026 13:12:05.002 * 10 changes in 300 seconds. Saving...`,
      `1:M 08 Oct 2026 13:12:05.003 * Background saving started by pid 391`,
      `391:C 08 Oct 2026 13:12:05.014 * DB saved on disk`,
      `1:M 08 Oct 2026 13:12:05.103 * Background saving terminated with success`,
    ],
  },
});

// ---------------------------------------------------------------------------------------------------------------
// 4. rabbitmq: `rabbitmqctl stop_app` + `reset` left the broker application stopped; the pod stays Running and Ready.
const T4 = clock('2026-10-21T12:07:00Z');
const STOP = -19;
const payLogs = () => {
  const T = T4;
  const L = [];
  const py = (m) => T.java(m).replace('.', ',');
  let n = 0;
  for (const m of range(-45, -0.3, 1.15)) {
    n++;
    const user = `anonymous-${(n * 11) % 61}`;
    L.push(`payment for ${user}`);
    L.push(
      `{'total': ${(41.99 + n).toFixed(2)}, 'tax': ${(7 + n / 10).toFixed(2)}, 'items': [{'qty': 1, 'sku': '${SKUS[n % SKUS.length]}', 'name': 'Robot', 'price': ${(41.99 + n).toFixed(2)}, 'subtotal': ${(41.99 + n).toFixed(2)}}]}`,
    );
    L.push('paypal returned 200');
    L.push('queue order');
    L.push(
      `msg headers {'X-INSTANA-T': '${(0x3a1f00 + n * 977).toString(16)}', 'X-INSTANA-S': '${(0x7c2e00 + n * 613).toString(16)}', 'X-INSTANA-L': '1'}`,
    );
    if (m < STOP) {
      L.push('message sent');
      L.push('order history returned 200');
      L.push('cart delete returned 200');
      L.push(
        `[pid: 9|app: 0|req: ${n}/${n + 300}] %IPOF:web#0% () {38 vars in 512 bytes} [${uwsgiTime(T, m)}] POST /pay/${user} => generated 52 bytes in 212 msecs (HTTP/1.1 200) 2 headers in 72 bytes (1 switches on core 0)`,
      );
    } else {
      if (n % 2 === 0) L.push('reconnecting to queue');
      L.push(`[${py(m + 0.01)}] ERROR in app: Exception on /pay/${user} [POST]`);
      L.push('Traceback (most recent call last):');
      L.push('  File "/usr/local/lib/python3.9/site-packages/flask/app.py", line 2447, in wsgi_app');
      L.push('    response = self.full_dispatch_request()');
      L.push('  File "/app/payment.py", line 127, in pay');
      L.push("    queueOrder({ 'orderid': orderid, 'user': id, 'cart': cart })");
      L.push('  File "/app/payment.py", line 184, in queueOrder');
      L.push('    publisher.publish(order, headers)');
      L.push('  File "/app/rabbitmq.py", line 55, in publish');
      L.push('    self._connect()');
      L.push('  File "/app/rabbitmq.py", line 33, in _connect');
      L.push('    self._conn = pika.BlockingConnection(self._params)');
      L.push(
        '  File "/usr/local/lib/python3.9/site-packages/pika/adapters/blocking_connection.py", line 359, in __init__',
      );
      L.push('    self._impl = self._create_connection(parameters, _impl_class)');
      L.push(
        '  File "/usr/local/lib/python3.9/site-packages/pika/adapters/blocking_connection.py", line 450, in _create_connection',
      );
      L.push('    raise self._reap_last_connection_workflow_error(error)');
      L.push('pika.exceptions.AMQPConnectionError');
      L.push(
        `[pid: 9|app: 0|req: ${n}/${n + 300}] %IPOF:web#0% () {38 vars in 512 bytes} [${uwsgiTime(T, m + 0.01)}] POST /pay/${user} => generated 265 bytes in 37 msecs (HTTP/1.1 500) 2 headers in 99 bytes (1 switches on core 0)`,
      );
    }
  }
  return L;
};
const dispatchLogs = () => {
  const T = T4;
  const URI = 'amqp://guest:guest@rabbitmq:5672/';
  const L = [];
  L.push(`${T.go(-60 * 24 * 9 + 0.4)} Error Percent is 0`);
  L.push(`${T.go(-60 * 24 * 9 + 0.4)} Connecting to ${URI}`);
  L.push(`${T.go(-60 * 24 * 9 + 0.6)} Rabbit MQ ready true`);
  let n = 0;
  for (const m of range(-40, STOP, 1.15)) {
    n++;
    L.push(
      `${T.go(m + 0.02)} Order {"orderid": "${['5b1e', '9c02', 'e7a4', '31fd'][n % 4]}${(n * 7919).toString(16).padStart(4, '0')}-8c1d-4a7e-b0e2-6f3a${(n * 104729).toString(16).slice(-8).padStart(8, '0')}", "user": "anonymous-${(n * 11) % 61}", "cart": {"total": ${(41.99 + n).toFixed(2)}}}`,
    );
    L.push(
      `${T.go(m + 0.02)} Headers map[X-INSTANA-L:1 X-INSTANA-S:${(0x7c2e00 + n * 613).toString(16)} X-INSTANA-T:${(0x3a1f00 + n * 977).toString(16)}]`,
    );
    L.push(`${T.go(m + 0.02)} Creating child span`);
  }
  L.push(`${T.go(STOP + 0.01)} Connecting to ${URI}`);
  for (const m of range(STOP + 0.02, -0.05, 1 / 60)) {
    if (Math.round(m * 60) % 40 !== 0) continue; // sampled: the loop prints every second
    L.push(`${T.go(m)} dial tcp %SVCIP:rabbitmq%:5672: connect: connection refused`);
    L.push(`${T.go(m)} Reconnecting to ${URI}`);
  }
  return L;
};
const rabbitLogs = () => {
  const T = T4;
  const R = (m, lvl, pid, msg) => `${T.java(m)} [${lvl}] <0.${pid}.0> ${msg}`;
  const L = [];
  L.push(R(-60 * 24 * 9 + 0.5, 'info', 8, 'Server startup complete; 3 plugins started.'));
  L.push(R(-60 * 24 * 9 + 0.5, 'info', 8, ' * rabbitmq_management'));
  L.push(R(-60 * 24 * 9 + 0.5, 'info', 8, ' * rabbitmq_web_dispatch'));
  L.push(R(-60 * 24 * 9 + 0.5, 'info', 8, ' * rabbitmq_management_agent'));
  L.push(
    R(
      -60 * 2,
      'info',
      23711,
      'accepting AMQP connection <0.23711.0> (%IPOF:payment#0%:50224 -> %PODIP%:5672)',
    ),
  );
  L.push(
    R(
      -60 * 2,
      'info',
      23711,
      "connection <0.23711.0> (%IPOF:payment#0%:50224 -> %PODIP%:5672): user 'guest' authenticated and granted access to vhost '/'",
    ),
  );
  L.push(R(STOP - 0.3, 'info', 30122, 'RabbitMQ is asked to stop...'));
  L.push(
    R(
      STOP - 0.3,
      'info',
      30122,
      'Stopping RabbitMQ applications and their dependencies in the following order:\n    rabbitmq_management\n    amqp_client\n    rabbitmq_web_dispatch\n    cowboy\n    cowlib\n    rabbitmq_management_agent\n    rabbit\n    mnesia\n    rabbit_common\n    os_mon',
    ),
  );
  L.push(R(STOP - 0.29, 'info', 30122, "Stopping application 'rabbitmq_management'"));
  L.push(
    R(
      STOP - 0.29,
      'warning',
      564,
      'RabbitMQ HTTP listener registry could not find context rabbitmq_management_tls',
    ),
  );
  L.push(R(STOP - 0.28, 'info', 30122, "Stopping application 'rabbit'"));
  L.push(
    R(
      STOP - 0.28,
      'info',
      372,
      'Peer discovery backend rabbit_peer_discovery_classic_config does not support registration, skipping unregistration.',
    ),
  );
  L.push(R(STOP - 0.27, 'info', 597, 'stopped TCP listener on [::]:5672'));
  L.push(
    R(
      STOP - 0.27,
      'error',
      23711,
      'closing AMQP connection <0.23711.0> (%IPOF:payment#0%:50224 -> %PODIP%:5672):\nconnection_closed_abruptly',
    ),
  );
  L.push(
    R(
      STOP - 0.26,
      'info',
      30401,
      "Closing all connections in vhost '/' on node 'rabbit@%POD%' because the vhost is stopping",
    ),
  );
  L.push(R(STOP - 0.25, 'info', 30122, 'Stopping RabbitMQ'));
  L.push(R(STOP - 0.24, 'info', 30122, 'Stopped RabbitMQ application'));
  L.push(R(STOP - 0.24, 'info', 30122, "Stopping application 'mnesia'"));
  L.push(R(STOP - 0.23, 'info', 30122, 'Successfully stopped RabbitMQ and its dependencies'));
  L.push(R(STOP - 0.1, 'info', 30244, 'Resetting Rabbit'));
  return L;
};
const s4 = withDefaults({
  folder: 's15-rabbitmq-app-stopped',
  description:
    'Checkout broken on robot-shop: "payment failed" after entering card, since about 11:50. payments squad on it? paypal status page is green',
  incidentTime: '2026-10-21T12:07:00Z',
  expected: { component: 'rabbitmq', cause: 'dependency-down' },
  difficulty: 'hard',
  traits: ['pods-ready', 'louder-dependents', 'team-name', 'time-expression', 'decoy'],
  grounding: `
    Manifest facts (instana/robot-shop K8s/helm at 55292e2): rabbitmq is a Deployment (rabbitmq:3.7-management-alpine, ports
    5672/15672, Service also 4369) with no probes; payment (Python/Flask under uWSGI, payment/rabbitmq.py) publishes every paid
    order to exchange robot-shop with pika after calling paypal, and reconnects once on ConnectionClosed; dispatch (Go,
    streadway/amqp, dispatch/main.go) consumes the orders queue and redials every second, printing the dial error and
    "Reconnecting to amqp://guest:guest@rabbitmq:5672/". The fault is an operator action that RabbitMQ's own docs warn about:
    "rabbitmqctl stop_app" followed by "reset" (here to purge a stuck queue) stops the rabbit application but leaves the Erlang
    node and the container running, so the pod stays Running and Ready with no restart, while the AMQP listener on 5672 is
    gone; start_app was never run. payment answers 500 to every POST /pay (AMQPConnectionError traceback), web shows "payment
    failed", dispatch loops on connection refused. The broker's log shows the stop sequence and "Resetting Rabbit" at 11:48.
    Decoy: paypal is called first and returns 200 on every request, and the description points at it; mysql's old OOM is not
    involved. Deviations: the dispatch loop is sampled (it logs every second); uWSGI request lines abbreviated; exec'd
    commands leave no Kubernetes Event.`,
  workloads: {
    mysql: {
      pods: [
        {
          containers: {
            mysql: cs.restartedRunning({
              restarts: 1,
              startedAt: T4.iso(-60 * 24 * 4 + 0.7),
              last: {
                exitCode: 137,
                reason: 'OOMKilled',
                startedAt: T4.iso(-60 * 24 * 11),
                finishedAt: T4.iso(-60 * 24 * 4 + 0.6),
              },
            }),
          },
        },
      ],
    },
  },
  logs: {
    'payment#0/payment': payLogs(),
    'dispatch#0/dispatch': dispatchLogs(),
    'rabbitmq#0/rabbitmq': rabbitLogs(),
    'web#0/web': (() => {
      const L = [];
      let n = 0;
      for (const m of range(-45, -0.3, 1.15)) {
        n++;
        L.push(ngx(T4, m - 0.1, 'GET', `/api/cart/cart/anonymous-${(n * 11) % 61}`, 200, 311));
        L.push(
          ngx(
            T4,
            m,
            'POST',
            `/api/payment/pay/anonymous-${(n * 11) % 61}`,
            m < STOP ? 200 : 500,
            m < STOP ? 52 : 265,
            'http://robotshop.example.com/checkout',
          ),
        );
      }
      return L;
    })(),
    'mysql#0/mysql/previous': [
      `${T4.isoMs(-60 * 24 * 4 - 2)} 0 [Note] Aborted connection 1182 to db: 'cities' user: 'shipping' host: '%IPOF:shipping#0%' (Got an error reading communication packets)`,
    ],
  },
});

export const scenarios = [s3, s4];
