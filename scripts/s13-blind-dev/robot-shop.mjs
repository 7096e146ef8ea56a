// s13 blind dev scenarios for Stan's Robot Shop: compact specs for the scenario kit (scripts/s2-scenario-kit.mjs)
// on scripts/kit-systems/robot-shop.mjs (withDefaults, defaultPvcs, pino); built by scripts/s13-build-blind-dev.mjs.
import { createHash } from 'node:crypto';
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const hx = (s, n = 32) => createHash('sha256').update(s).digest('hex').slice(0, n);
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DOW = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const UA = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
];
const CLIENTS = ['10.1.1.84', '10.1.2.137', '10.1.3.206'];
const HOST = 'shop.robotshop.example';
/** Lines written at completion time: [when, line] pairs in the order the log file has them. */
const byTime = (pairs) => pairs.sort((a, b) => a[0] - b[0]).map((p) => p[1]);
/** nginx `combined` access log (the rs-web image logs to stdout). */
const nginxAccess = (T, min, method, path, status, bytes, i) => {
  const d = T.java(min);
  return `${CLIENTS[i % 3]} - - [${d.slice(8, 10)}/${MON[Number(d.slice(5, 7)) - 1]}/${d.slice(0, 4)}:${d.slice(11, 19)} +0000] "${method} ${path} HTTP/1.1" ${status} ${bytes} "https://${HOST}/" "${UA[i % 3]}"`;
};
/** nginx error log line (stderr of the same container). */
const nginxError = (T, min, conn, msg, i, request, upstream) =>
  `${T.go(min)} [error] 29#29: *${conn} ${msg}, client: ${CLIENTS[i % 3]}, server: localhost, request: "${request}", upstream: "${upstream}", host: "${HOST}", referrer: "https://${HOST}/"`;

// ---------------------------------------------------------------------------------------------------------------
// 1. The payment gateway starts answering 403 to the shop's egress address: every payment ends in "payment error".
// ---------------------------------------------------------------------------------------------------------------
const s1 = (() => {
  const incidentTime = '2026-11-24T14:19:00Z';
  const T = clock(incidentTime);
  const START = -22.5; // ~13:56:30
  const flask = (min, level, msg) => `[${T.java(min).replace('.', ',')}] ${level} in payment: ${msg}`;
  const uwsgiTime = (min) => {
    const d = T.java(min);
    const dt = new Date(Date.parse(T.iso(min)));
    return `${DOW[dt.getUTCDay()]} ${MON[dt.getUTCMonth()]} ${String(dt.getUTCDate()).padStart(2, ' ')} ${d.slice(11, 19)} ${d.slice(0, 4)}`;
  };
  let req = 8711;
  const uwsgi = (min, method, path, bytes, ms, status) =>
    `[pid: 7|app: 0|req: ${++req}/${req}] %IPOF:web#0% () {42 vars in 598 bytes} [${uwsgiTime(min)}] ${method} ${path} => generated ${bytes} bytes in ${ms} msecs (HTTP/1.1 ${status}) 2 headers in ${status === 200 ? 72 : 79} bytes (1 switches on core 0)`;
  const pay = [
    `*** Starting uWSGI 2.0.22 (64bit) on [${uwsgiTime(-60 * 24 * 6)}] ***`,
    'compiled with version: 12.2.0 on 18 June 2023 09:12:40',
    'os: Linux-5.10.226-214.880.amzn2.x86_64 #1 SMP Tue Oct 8 16:18:15 UTC 2024',
    'detected number of CPU cores: 2',
    'current working directory: /app',
    'your memory page size is 4096 bytes',
    'uWSGI http bound on 0.0.0.0:8080 fd 4',
    '*** Operational MODE: single process ***',
    "WSGI app 0 (mountpoint='') ready in 2 seconds on interpreter 0x7f3c1a2b5e80 pid: 7 (default app)",
    'spawned uWSGI master process (pid: 1)',
    'spawned uWSGI worker 1 (pid: 7, cores: 1)',
  ];
  const web = [];
  const disp = [];
  const users = [
    'anonymous-81234',
    'rtan',
    'anonymous-60412',
    'msmith',
    'anonymous-90551',
    'jlopez',
    'anonymous-23308',
    'kwong',
  ];
  let i = 0;
  for (let m = -58; m < -0.5; m += 1.9, i++) {
    const u = users[i % users.length];
    const total = [1054, 423.5, 2310, 89.99, 640, 1299][i % 6];
    const broken = m > START;
    pay.push(
      flask(m, 'INFO', `payment for ${u}`),
      flask(
        m,
        'INFO',
        `{'total': ${total}, 'tax': ${(total / 6).toFixed(2)}, 'items': [{'qty': 1, 'sku': '${['Watson', 'EMM', 'CNA', 'HPTD', 'STAN-1', 'RED'][i % 6]}', 'name': 'robot', 'price': ${total}, 'subtotal': ${total}}, {'qty': 1, 'sku': 'SHIP', 'name': 'shipping to ${['Bristol', 'Lyon', 'Porto', 'Gdansk'][i % 4]}', 'price': 0, 'subtotal': 0}]}`,
      ),
    );
    if (broken) {
      pay.push(flask(m + 0.007, 'INFO', 'https://paypal.com/ returned 403'));
      pay.push(uwsgi(m + 0.008, 'POST', `/pay/${u}`, 13, 390 + (i % 5) * 23, 403));
      web.push([m + 0.008, nginxAccess(T, m + 0.008, 'POST', `/api/payment/pay/${u}`, 403, 13, i)]);
    } else {
      const order = [
        hx(`o${i}`, 8),
        hx(`o${i}`, 12).slice(8),
        '4' + hx(`p${i}`, 3),
        'a' + hx(`q${i}`, 3),
        hx(`r${i}`, 12),
      ].join('-');
      pay.push(
        flask(m + 0.007, 'INFO', 'https://paypal.com/ returned 200'),
        flask(m + 0.008, 'INFO', 'queue order'),
        flask(
          m + 0.008,
          'INFO',
          `msg headers {'X-INSTANA-T': '${hx(`t${i}`, 16)}', 'X-INSTANA-S': '${hx(`s${i}`, 16)}', 'X-INSTANA-L': '1'}`,
        ),
        ...(u.startsWith('anonymous') ? [] : [flask(m + 0.009, 'INFO', 'order history returned 200')]),
        flask(m + 0.01, 'INFO', 'cart delete returned 200'),
        uwsgi(m + 0.01, 'POST', `/pay/${u}`, 51, 520 + (i % 5) * 31, 200),
      );
      web.push([m + 0.01, nginxAccess(T, m + 0.01, 'POST', `/api/payment/pay/${u}`, 200, 51, i)]);
      disp.push(
        `${T.go(m + 0.012)} Order {"orderid": "${order}", "user": "${u}", "cart": {"total": ${total}, "tax": ${(total / 6).toFixed(2)}, "items": [...]}}`,
        `${T.go(m + 0.012)} Headers map[X-INSTANA-L:1 X-INSTANA-S:${hx(`s${i}`, 16)} X-INSTANA-T:${hx(`t${i}`, 16)}]`,
      );
    }
    web.push(
      [m - 0.3, nginxAccess(T, m - 0.3, 'GET', '/api/cart/cart/' + u, 200, 412, i)],
      [m - 0.2, nginxAccess(T, m - 0.2, 'GET', '/api/shipping/calc/' + (1200 + i), 200, 58, i)],
    );
  }
  return withDefaults({
    folder: 's13-checkout-payment-error-403',
    description:
      'robot shop checkout broken: customers get "payment error" at the pay step since 14:00-ish. nothing deployed today afaik. rs-payments on it?',
    incidentTime,
    expected: { component: 'payment-gateway', cause: 'external-dependency' },
    difficulty: 'medium',
    traits: [
      'external-dependency-failure',
      'pods-ready',
      'callers-only',
      'decoy',
      'time-expression',
      'team-name',
    ],
    grounding: `
      Chart and code: instana/robot-shop K8s/helm at 55292e2 (kit system scripts/kit-systems/robot-shop.mjs). payment.py
      (Flask under uWSGI, payment.ini: one process, http on 8080) calls requests.get(PAYMENT_GATEWAY) (default
      https://paypal.com/) for every order, logs "<gateway> returned <status>" through app.logger (Flask's default
      "[time] LEVEL in payment: msg" handler), and on any status but 200 returns 'payment error' with that status, which web's
      nginx proxies to the browser. Fault: from ~13:56 the gateway's edge answers 403 to the cluster's NAT egress address —
      the CDN/bot-manager blocking of cloud egress IPs and non-browser clients (python-requests) that PayPal/Akamai
      integrators report publicly. Every payment now ends 403 after the card step, no order reaches RabbitMQ (dispatch's
      "Order" lines stop), while payment's own pods stay Ready and its health check answers OK. The failure is only in
      payment's own log lines and web's access log; nothing in the cluster changed. Decoy: dispatch restarted twice
      yesterday (an AMQP reconnect during a RabbitMQ maintenance). Deviation: dispatch's log lines are the Go log format of
      dispatch/main.go, shortened.
    `,
    workloads: {
      dispatch: {
        pods: [
          {
            containers: {
              dispatch: cs.restartedRunning({
                restarts: 2,
                startedAt: T.iso(-60 * 20),
                last: {
                  exitCode: 1,
                  reason: 'Error',
                  startedAt: T.iso(-60 * 20 - 1.5),
                  finishedAt: T.iso(-60 * 20 - 0.6),
                },
              }),
            },
          },
        ],
      },
    },
    logs: {
      'payment#0/payment': pay,
      'web#0/web': byTime(web),
      'dispatch#0/dispatch': [
        `${T.go(-60 * 20)} Error Percent is 0`,
        `${T.go(-60 * 20)} Waiting for messages`,
        `${T.go(-60 * 20)} Connecting to amqp://guest:guest@rabbitmq:5672/`,
        `${T.go(-60 * 20 + 0.01)} Rabbit MQ ready true`,
        ...disp,
      ],
      'dispatch#0/dispatch/previous': [
        `${T.go(-60 * 20 - 1.5)} Error Percent is 0`,
        `${T.go(-60 * 20 - 1.5)} Waiting for messages`,
        `${T.go(-60 * 20 - 1.5)} Connecting to amqp://guest:guest@rabbitmq:5672/`,
        `${T.go(-60 * 20 - 1.45)} dial tcp %SVCIP:rabbitmq%:5672: connect: connection refused`,
        `${T.go(-60 * 20 - 1.45)} Reconnecting to amqp://guest:guest@rabbitmq:5672/`,
        `${T.go(-60 * 20 - 0.62)} Rabbit MQ ready true`,
        `${T.go(-60 * 20 - 0.6)} Failed to consume : Exception (404) Reason: "NOT_FOUND - no queue 'orders' in vhost '/'"`,
      ],
    },
  });
})();

// ---------------------------------------------------------------------------------------------------------------
// 2. A promotion's traffic pins catalogue at its 200m CPU limit with its HPA at max (2): everything that lists
//    products is slow, web starts answering 504.
// ---------------------------------------------------------------------------------------------------------------
const s2 = (() => {
  const incidentTime = '2026-11-27T11:47:00Z';
  const T = clock(incidentTime);
  const SURGE = -33; // ~11:14, the mailing
  const SCALED = -30.5;
  const catLog = { 0: [], 1: [] };
  const web = [];
  const cart = [];
  let id = { 0: 58110, 1: 0 };
  let i = 0;
  const skus = ['Watson', 'EMM', 'CNA', 'HPTD', 'STAN-1', 'RED', 'SHCE', 'UHJ', 'EPE', 'CB'];
  for (let m = -55; m < -0.3; m += m > SURGE ? 0.11 : 0.6, i++) {
    const hot = m > SURGE;
    const pod = m > SCALED && i % 2 ? 1 : 0;
    const url = i % 3 === 0 ? '/products' : i % 3 === 1 ? `/product/${skus[i % 10]}` : '/categories';
    const rt = hot ? 2400 + ((i * 1777) % 11800) : 6 + (i % 9);
    const timedOut = hot && m > SURGE + 6 && m < -1.2 && i % 6 === 0;
    if (!timedOut) {
      catLog[pod].push(
        pino(
          T,
          m + rt / 60000,
          'info',
          '%POD%',
          'request completed',
          `"req":{"id":${++id[pod]},"method":"GET","url":"${url}","headers":{"host":"catalogue:8080","x-real-ip":"${CLIENTS[i % 3]}","connection":"close"},"remoteAddress":"::ffff:%IPOF:web#0%","remotePort":${38000 + (i % 9000)}},"res":{"statusCode":200,"headers":{"x-powered-by":"Express","timing-allow-origin":"*","access-control-allow-origin":"*","content-type":"application/json; charset=utf-8"}},"responseTime":${rt},`,
        ),
      );
      web.push([
        m + rt / 60000,
        nginxAccess(
          T,
          m + rt / 60000,
          'GET',
          `/api/catalogue${url}`,
          200,
          url === '/products' ? 4208 : url === '/categories' ? 61 : 402,
          i,
        ),
      ]);
    } else {
      web.push([
        m + 1,
        nginxError(
          T,
          m + 1,
          48000 + i,
          'upstream timed out (110: Connection timed out) while reading response header from upstream',
          i,
          `GET /api/catalogue${url} HTTP/1.1`,
          `http://%SVCIP:catalogue%:8080${url}`,
        ),
      ]);
      web.push([m + 1.0001, nginxAccess(T, m + 1, 'GET', `/api/catalogue${url}`, 504, 167, i)]);
    }
    if (i % 4 === 2) {
      const crt = hot ? rt + 40 : 14;
      const u = `anonymous-${40000 + i * 37}`;
      cart.push(
        pino(
          T,
          m + crt / 60000,
          'info',
          '%POD%',
          'request completed',
          `"req":{"id":${9000 + i},"method":"GET","url":"/add/${u}/${skus[i % 10]}/1","headers":{"host":"cart:8080","connection":"close"},"remoteAddress":"::ffff:%IPOF:web#0%","remotePort":${41000 + (i % 9000)}},"res":{"statusCode":200,"headers":{"x-powered-by":"Express","content-type":"application/json; charset=utf-8"}},"responseTime":${crt},`,
        ),
      );
      web.push([
        m + crt / 60000,
        nginxAccess(T, m + crt / 60000, 'GET', `/api/cart/add/${u}/${skus[i % 10]}/1`, 200, 187, i),
      ]);
    }
  }
  const hpa = (name, replicas, util, { limited = false, scaledAt } = {}) => ({
    name,
    spec: {
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name },
      minReplicas: 1,
      maxReplicas: 2,
      metrics: [
        {
          type: 'Resource',
          resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 50 } },
        },
      ],
    },
    status: {
      ...(scaledAt !== undefined ? { lastScaleTime: T.iso(scaledAt) } : {}),
      currentReplicas: replicas,
      desiredReplicas: replicas,
      currentMetrics: [
        {
          type: 'Resource',
          resource: { name: 'cpu', current: { averageValue: `${util}m`, averageUtilization: util } },
        },
      ],
      conditions: [
        {
          type: 'AbleToScale',
          status: 'True',
          lastTransitionTime: T.iso(-60 * 24 * 30),
          reason: 'ReadyForNewScale',
          message: 'recommended size matches current size',
        },
        {
          type: 'ScalingActive',
          status: 'True',
          lastTransitionTime: T.iso(-60 * 24 * 30),
          reason: 'ValidMetricFound',
          message:
            'the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)',
        },
        limited
          ? {
              type: 'ScalingLimited',
              status: 'True',
              lastTransitionTime: T.iso(SCALED + 1),
              reason: 'TooManyReplicas',
              message: 'the desired replica count is more than the maximum replica count',
            }
          : {
              type: 'ScalingLimited',
              status: 'False',
              lastTransitionTime: T.iso(-60 * 24 * 30),
              reason: 'DesiredWithinRange',
              message: 'the desired count is within the acceptable range',
            },
      ],
    },
  });
  return withDefaults({
    folder: 's13-shop-slow-black-friday-mailing',
    description:
      'shop is crawling since the black friday mailing went out (~11:15), product pages 10s+ and some 504s. scale something??',
    incidentTime,
    expected: { component: 'catalogue', cause: 'resource-exhaustion' },
    difficulty: 'medium',
    traits: ['pods-ready', 'cpu-starvation', 'louder-dependents', 'time-expression'],
    grounding: `
      Chart: instana/robot-shop K8s/helm at 55292e2 (kit system scripts/kit-systems/robot-shop.mjs): catalogue requests 100m
      and is limited to 200m CPU; K8s/autoscale.sh puts an HPA on cart, catalogue, dispatch, payment, ratings, shipping,
      user and web with --min 1 --max 2 --cpu-percent 50. catalogue (Node.js, one event loop) logs each request through
      express-pino-logger ("request completed" with responseTime); web's nginx proxies /api/catalogue/ to catalogue:8080
      with the default 60 s proxy_read_timeout. Fault: a promotion mailing at ~11:14 multiplies product-list traffic;
      catalogue's HPA goes to its maximum of 2 within minutes (SuccessfulRescale, ScalingLimited TooManyReplicas) and both
      pods sit at ~197% of their request — at the 200m limit, CFS-throttled — so responses go from ~10 ms to 2-14 s and
      nginx starts answering 504 "upstream timed out". No pod restarts or goes unready (catalogue has no probes upstream);
      mongodb is idle and healthy, and cart's add-to-cart calls are slow only because cart waits on catalogue. This is the
      CPU-limit throttling / HPA max-replicas ceiling shape of public post-mortems and of Chaos Mesh/Litmus CPU-stress
      experiments, reached here by real load. Deviation: the HPAs are applied (autoscale.sh is optional upstream).
    `,
    workloads: {
      catalogue: {
        replicas: 2,
        pods: [{}, { created: T.iso(SCALED), readyTransition: T.iso(SCALED + 0.2) }],
      },
    },
    hpas: [
      hpa('cart', 1, 34),
      hpa('catalogue', 2, 197, { limited: true, scaledAt: SCALED }),
      hpa('dispatch', 1, 6),
      hpa('payment', 1, 22),
      hpa('ratings', 1, 11),
      hpa('shipping', 1, 31),
      hpa('user', 1, 27),
      hpa('web', 1, 41),
    ],
    events: [
      {
        on: 'hpa:catalogue',
        reason: 'SuccessfulRescale',
        message: 'New size: 2; reason: cpu resource utilization (percentage of request) above target',
        first: SCALED,
      },
      {
        on: 'deploy:catalogue',
        reason: 'ScalingReplicaSet',
        message: 'Scaled up replica set catalogue-%NEW% to 2 from 1',
        first: SCALED,
      },
      {
        on: 'pod:catalogue#1',
        reason: 'Scheduled',
        message: 'Successfully assigned robot-shop/%POD% to %NODE%',
        source: 'default-scheduler',
        first: SCALED,
      },
      {
        on: 'pod:catalogue#1',
        reason: 'Pulled',
        message: 'Container image "robotshop/rs-catalogue:2.1.0" already present on machine',
        fieldPath: 'spec.containers{catalogue}',
        first: SCALED + 0.05,
      },
      {
        on: 'pod:catalogue#1',
        reason: 'Created',
        message: 'Created container catalogue',
        fieldPath: 'spec.containers{catalogue}',
        first: SCALED + 0.06,
      },
      {
        on: 'pod:catalogue#1',
        reason: 'Started',
        message: 'Started container catalogue',
        fieldPath: 'spec.containers{catalogue}',
        first: SCALED + 0.07,
      },
    ],
    logs: {
      'catalogue#0/catalogue': [
        pino(T, -60 * 24 * 9, 'info', '%POD%', 'Started on port 8080'),
        pino(T, -60 * 24 * 9 + 0.02, 'info', '%POD%', 'MongoDB connected'),
        ...byTime(catLog[0].map((l) => [JSON.parse(l).time, l])),
      ],
      'catalogue#1/catalogue': [
        pino(T, SCALED + 0.1, 'info', '%POD%', 'Started on port 8080'),
        pino(T, SCALED + 0.12, 'info', '%POD%', 'MongoDB connected'),
        ...byTime(catLog[1].map((l) => [JSON.parse(l).time, l])),
      ],
      'web#0/web': byTime(web),
      'cart#0/cart': [
        pino(T, -60 * 24 * 9, 'info', '%POD%', 'Redis READY'),
        pino(T, -60 * 24 * 9, 'info', '%POD%', 'Started on port 8080'),
        ...byTime(cart.map((l) => [JSON.parse(l).time, l])),
      ],
      'mongodb#0/mongodb': [
        `{"t":{"$date":"${T.isoMs(-60 * 24 * 9).replace('Z', '+00:00')}"},"s":"I",  "c":"NETWORK",  "id":23016,   "ctx":"listener","msg":"Waiting for connections","attr":{"port":27017,"ssl":"off"}}`,
        `{"t":{"$date":"${T.isoMs(SCALED + 0.12).replace('Z', '+00:00')}"},"s":"I",  "c":"NETWORK",  "id":22943,   "ctx":"listener","msg":"Connection accepted","attr":{"remote":"%IPOF:catalogue#1%:51442","uuid":"5b1e0c2a-7f3d-4c11-9e0a-2d6f8b1c3a77","connectionId":418,"connectionCount":9}}`,
        `{"t":{"$date":"${T.isoMs(SCALED + 0.121).replace('Z', '+00:00')}"},"s":"I",  "c":"NETWORK",  "id":51800,   "ctx":"conn418","msg":"client metadata","attr":{"remote":"%IPOF:catalogue#1%:51442","client":"conn418","doc":{"driver":{"name":"nodejs","version":"3.6.12"},"os":{"type":"Linux","name":"linux","architecture":"x64","version":"5.10.226-214.880.amzn2.x86_64"},"platform":"Node.js v14.21.3, LE (legacy)"}}}`,
      ],
    },
  });
})();

export const scenarios = [s1, s2];
