// Blind held-out batch s78a: one Robot Shop scenario as a spec for the scenario kit (scripts/s2-scenario-kit.mjs),
// on the kit system scripts/kit-systems/robot-shop.mjs; built by scripts/s78a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const incidentTime = '2026-02-18T10:41:00Z';
const T = clock(incidentTime);
const ROLL = -27; // rabbitmq rollout (10:14)
const RMQ_UP = ROLL + 0.9; // broker accepting connections again

// Flask default handler as payment prints it under uWSGI.
const flaskTs = (min) => T.java(min).replace('.', ',');
const flask = (min, level, msg) => `[${flaskTs(min)}] ${level} in payment: ${msg}`;
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const uwsgiDate = (min) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${T.go(min).slice(11)} ${d.getUTCFullYear()}`;
};
let req = 2180;
const uwsgi = (min, ip, method, path, bytes, ms, status) =>
  `[pid: 9|app: 0|req: ${++req}/${req + 1410}] ${ip} () {42 vars in 598 bytes} [${uwsgiDate(min)}] ${method} ${path} => generated ${bytes} bytes in ${ms} msecs (HTTP/1.1 ${status}) 2 headers in ${status === 200 ? 72 : 91} bytes (1 switches on core 0)`;
const nginxDate = (min) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  return `${String(d.getUTCDate()).padStart(2, '0')}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${T.go(min).slice(11)} +0000`;
};
const UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Safari/537.36';
const access = (min, client, method, path, status, bytes) =>
  `${client} - - [${nginxDate(min)}] "${method} ${path} HTTP/1.1" ${status} ${bytes} "https://shop.robotshop.example/" "${UA}"`;

const CARTS = [
  ["anonymous-93318", "{'total': 1061.9, 'tax': 176.98, 'items': [{'qty': 1, 'sku': 'EMM', 'name': 'Emmanuel', 'price': 1000, 'subtotal': 1000}, {'qty': 1, 'sku': 'SHIP', 'name': 'shipping to Brighton', 'price': 61.9, 'subtotal': 61.9}]}"],
  ["hannah", "{'total': 146.2, 'tax': 24.37, 'items': [{'qty': 2, 'sku': 'RMC', 'name': 'Robot Cleaner', 'price': 49, 'subtotal': 98}, {'qty': 1, 'sku': 'SHIP', 'name': 'shipping to Leeds', 'price': 48.2, 'subtotal': 48.2}]}"],
  ["anonymous-41207", "{'total': 312.45, 'tax': 52.08, 'items': [{'qty': 1, 'sku': 'HAL-1', 'name': 'HAL', 'price': 250, 'subtotal': 250}, {'qty': 1, 'sku': 'SHIP', 'name': 'shipping to Porto', 'price': 62.45, 'subtotal': 62.45}]}"],
  ["stan", "{'total': 1258.7, 'tax': 209.78, 'items': [{'qty': 1, 'sku': 'Watson', 'name': 'Watson', 'price': 1200, 'subtotal': 1200}, {'qty': 1, 'sku': 'SHIP', 'name': 'shipping to Dublin', 'price': 58.7, 'subtotal': 58.7}]}"],
];
const REFUSED = "ConnectionClosedByBroker: (403) 'ACCESS_REFUSED - Login was refused using authentication mechanism PLAIN. For details see the broker logfile.'";

// payment: orders before the broker restart queue fine; after it every pay call charges the gateway, then fails to queue.
const payment = [
  flask(-60 * 24 * 6 + 0.2, 'INFO', 'Payment gateway https://paypal.com/'),
  flask(-60 * 24 * 6 + 0.2, 'INFO', 'Starting on port 8080'),
];
const web = [];
const pays = [-71.4, -63.2, -55.9, -48.7, -41.3, -36.6, -31.8, -29.1, -24.2, -21.5, -18.9, -15.1, -12.6, -9.8, -7.2, -4.9, -2.6, -1.2];
let first = true;
pays.forEach((m, i) => {
  const [id, cart] = CARTS[i % CARTS.length];
  const orderid = `${(0x5e3a10 + i * 7919).toString(16)}-${(0x1b2c + i * 31).toString(16)}-4${(0x1a3 + i).toString(16)}-9${(0x2b0 + i).toString(16)}-${(0x3f0a1c2b4d5e + i * 104729).toString(16)}`;
  const client = `10.1.${(i % 3) + 1}.${40 + i}`;
  payment.push(flask(m, 'INFO', `payment for ${id}`), flask(m + 0.001, 'INFO', cart), flask(m + 0.004, 'INFO', 'https://paypal.com/ returned 200'), flask(m + 0.005, 'INFO', 'queue order'));
  if (m < ROLL) {
    payment.push(flask(m + 0.006, 'INFO', 'message sent'), flask(m + 0.008, 'INFO', 'order history returned 200'), flask(m + 0.009, 'INFO', 'cart delete returned 200'));
    payment.push(uwsgi(m + 0.009, '%IPOF:web#0%', 'POST', `/pay/${id}`, 51, 612 + i, 200));
    web.push(access(m + 0.01, client, 'POST', `/api/payment/pay/${id}`, 200, 51));
    void orderid;
  } else {
    if (first) { payment.push(flask(m + 0.006, 'INFO', 'reconnecting to queue')); first = false; }
    payment.push(flask(m + 0.007, 'ERROR', REFUSED));
    payment.push(uwsgi(m + 0.007, '%IPOF:web#0%', 'POST', `/pay/${id}`, REFUSED.length, 431 + i * 3, 500));
    web.push(access(m + 0.008, client, 'POST', `/api/payment/pay/${id}`, 500, REFUSED.length));
  }
});
// healthy browsing noise in web's access log
for (let m = -70; m < -0.2; m += 1.7) {
  const c = `10.1.${(Math.round(m * 10) % 3 + 3) % 3 + 1}.${60 + (Math.round(-m) % 40)}`;
  web.push(access(m, c, 'GET', '/api/catalogue/products', 200, 2143));
  web.push(access(m + 0.2, c, 'GET', '/api/cart/cart/anonymous-93318', 200, 318));
  web.push(access(m + 0.4, c, 'GET', '/api/ratings/api/fetch/HAL-1', 200, 36));
}
web.sort((a, b) => nginxSortKey(a) - nginxSortKey(b));
function nginxSortKey(line) {
  const m = line.match(/\[(\d\d)\/(\w{3})\/(\d{4}):(\d\d):(\d\d):(\d\d)/);
  return Date.UTC(+m[3], MONTHS.indexOf(m[2]), +m[1], +m[4], +m[5], +m[6]);
}
payment.sort((a, b) => stamp(a) - stamp(b));
function stamp(line) {
  let m = line.match(/^\[(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d),(\d{3})\]/);
  if (m) return Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6], +m[7]);
  m = line.match(/\[\w{3} (\w{3}) +(\d+) (\d\d):(\d\d):(\d\d) (\d{4})\]/);
  return Date.UTC(+m[6], MONTHS.indexOf(m[1]), +m[2], +m[3], +m[4], +m[5], 999);
}

// dispatch (Go, streadway/amqp): consumes orders, then reconnects every second after the broker restart.
const URI = 'amqp://guest:guest@rabbitmq:5672/';
const dispatch = [
  `${T.go(-60 * 24 * 6 + 0.3)} Error Percent is 0`,
  `${T.go(-60 * 24 * 6 + 0.3)} Waiting for messages`,
  `${T.go(-60 * 24 * 6 + 0.3)} Connecting to ${URI}`,
  `${T.go(-60 * 24 * 6 + 0.4)} Rabbit MQ ready true`,
];
pays.filter((m) => m < ROLL).forEach((m, i) => {
  dispatch.push(`${T.go(m + 0.007)} Order {"orderid": "${(0x5e3a10 + i * 7919).toString(16)}", "user": "${CARTS[i % CARTS.length][0]}", "cart": {"total": 1061.9, "tax": 176.98}}`);
  dispatch.push(`${T.go(m + 0.007)} Headers map[]`);
});
dispatch.push(`${T.go(ROLL + 0.05)} Connecting to ${URI}`);
const rmqLog = [];
let port = 41120;
for (let m = ROLL + 0.05, n = 0; m < -0.05; n++) {
  if (m < RMQ_UP) {
    dispatch.push(`${T.go(m)} dial tcp %SVCIP:rabbitmq%:5672: connect: connection refused`);
  } else {
    dispatch.push(`${T.go(m)} Exception (403) Reason: "username or password not allowed"`);
    const p = port++;
    const pid = `<0.${2210 + n * 7}.0>`;
    rmqLog.push(
      `${T.java(m - 0.0004)} [info] ${pid} accepting AMQP connection ${pid} (%IPOF:dispatch#0%:${p} -> %PODIP%:5672)`,
      `${T.java(m - 0.0002)} [error] ${pid} Error on AMQP connection ${pid} (%IPOF:dispatch#0%:${p} -> %PODIP%:5672, state: starting):\nPLAIN login refused: user 'guest' can only connect via localhost`,
      `${T.java(m - 0.0001)} [info] ${pid} closing AMQP connection ${pid} (%IPOF:dispatch#0%:${p} -> %PODIP%:5672)`,
    );
  }
  dispatch.push(`${T.go(m)} Reconnecting to ${URI}`);
  m += 1.02 / 60;
}
// payment's own attempts, once per pay call after the restart
pays.filter((m) => m > ROLL).forEach((m, i) => {
  const pid = `<0.${9031 + i * 13}.0>`;
  const p = 52344 + i * 17;
  rmqLog.push(
    `${T.java(m + 0.0055)} [info] ${pid} accepting AMQP connection ${pid} (%IPOF:payment#0%:${p} -> %PODIP%:5672)`,
    `${T.java(m + 0.0058)} [error] ${pid} Error on AMQP connection ${pid} (%IPOF:payment#0%:${p} -> %PODIP%:5672, state: starting):\nPLAIN login refused: user 'guest' can only connect via localhost`,
    `${T.java(m + 0.006)} [info] ${pid} closing AMQP connection ${pid} (%IPOF:payment#0%:${p} -> %PODIP%:5672)`,
  );
});
rmqLog.sort((a, b) => a.slice(0, 23).localeCompare(b.slice(0, 23)));
const S = ROLL + 0.55;
const rabbitmq = [
  `${T.java(S + 0.003)} [info] <0.274.0> `,
  ` Starting RabbitMQ 3.7.28 on Erlang 22.3.4.26`,
  ` Copyright (C) 2007-2020 VMware, Inc. or its affiliates.`,
  ` Licensed under the MPL.  See https://www.rabbitmq.com/`,
  `${T.java(S + 0.003)} [info] <0.274.0> `,
  ` node           : rabbit@%POD%`,
  ` home dir       : /var/lib/rabbitmq`,
  ` config file(s) : /etc/rabbitmq/rabbitmq.conf`,
  ` cookie hash    : 3mE0dXq4Zk8wYbJ1f2kQ7A==`,
  ` log(s)         : <stdout>`,
  ` database dir   : /var/lib/rabbitmq/mnesia/rabbit@%POD%`,
  `${T.java(S + 0.01)} [info] <0.282.0> Memory high watermark set to 400 MiB (419430400 bytes) of 7724 MiB (8099676160 bytes) total`,
  `${T.java(S + 0.01)} [info] <0.284.0> Enabling free disk space monitoring`,
  `${T.java(S + 0.01)} [info] <0.284.0> Disk free limit set to 50MB`,
  `${T.java(S + 0.02)} [info] <0.274.0> Node database directory at /var/lib/rabbitmq/mnesia/rabbit@%POD% is empty. Assuming we need to join an existing cluster or initialise from scratch...`,
  `${T.java(S + 0.05)} [info] <0.274.0> Adding vhost '/'`,
  `${T.java(S + 0.06)} [info] <0.274.0> Creating user 'guest'`,
  `${T.java(S + 0.06)} [info] <0.274.0> Setting user tags for user 'guest' to [administrator]`,
  `${T.java(S + 0.06)} [info] <0.274.0> Setting permissions for 'guest' in '/' to '.*', '.*', '.*'`,
  `${T.java(S + 0.08)} [info] <0.540.0> started TCP listener on [::]:5672`,
  `${T.java(S + 0.1)} [info] <0.612.0> Management plugin: HTTP (non-TLS) listener started on port 15672`,
  `${T.java(S + 0.1)} [info] <0.718.0> Statistics database started.`,
  `${T.java(S + 0.12)} [info] <0.8.0> Server startup complete; 3 plugins started.`,
  ` * rabbitmq_management`,
  ` * rabbitmq_web_dispatch`,
  ` * rabbitmq_management_agent`,
  ...rmqLog,
];

const cartLog = [];
for (let m = -30; m < -0.3; m += 2.3)
  cartLog.push(pino(T, m, 'info', '%POD%', 'request completed', `"req":{"id":${Math.round(4000 - m * 10)},"method":"GET","url":"/cart/anonymous-93318","headers":{"host":"cart:8080"}},"res":{"statusCode":200},"responseTime":${3 + (Math.round(-m) % 5)},`));

export const scenarios = [
  withDefaults({
    folder: 's78a-pay-step-fails-after-broker-config',
    description: "robot shop: orders failing at the Pay step since ~10:15, customers get an error page but paypal shows the charge?? browsing + cart are fine. fulfilment/payments pls look",
    incidentTime,
    expected: { component: 'rabbitmq', cause: 'config-error' },
    alsoAcceptable: [{ component: 'rabbitmq', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'bad-credentials', 'louder-dependents', 'decoy', 'time-expression', 'team-name'],
    grounding: `
      Manifest facts (instana/robot-shop K8s/helm at 55292e2): rabbitmq is a Deployment of rabbitmq:3.7-management-alpine with no
      probes; payment (payment/rabbitmq.py) publishes each paid order to the robot-shop exchange with PlainCredentials('guest', 'guest'),
      reconnecting on every publish when its connection is closed, and payment.py charges the gateway before queueOrder(), so the
      charge succeeds and the request then fails through the Flask error handler (str(err), 500); dispatch (dispatch/main.go) dials
      amqp://guest:guest@rabbitmq:5672/ in a loop, printing the error and "Reconnecting to ..." every second.
      Fault: a rollout of rabbitmq 27 minutes before the incident adds a ConfigMap rabbitmq-config mounted at /etc/rabbitmq/rabbitmq.conf
      (subPath) to lower the memory high watermark. The file replaces the image's generated configuration, which is what set
      loopback_users.guest = false; without it RabbitMQ applies its default (guest may only connect over loopback), so every remote
      login as guest is refused: the broker logs "PLAIN login refused: user 'guest' can only connect via localhost", pika raises
      ProbableAuthenticationError (403 ACCESS_REFUSED), streadway/amqp returns "username or password not allowed". The broker pod is
      Running and Ready (no probes), the callers are the loud ones. Public sources: docker-library/rabbitmq issue #500 (the entrypoint
      used to lift the guest loopback restriction; a mounted rabbitmq.conf must set loopback_users.guest = false itself) and #3, and the
      RabbitMQ access-control guide (loopback users).
      Decoy: shipping was OOMKilled three days ago and has run cleanly since.
      Deviations from upstream: the rabbitmq-config ConfigMap, its volume and mount exist only in this release (the old ReplicaSet has
      neither); payment's and dispatch's log lines are abbreviated to the ones their code prints; the RabbitMQ version is the last 3.7
      patch the 3.7-management-alpine tag carried.
    `,
    configMaps: [{ name: 'rabbitmq-config', keys: ['rabbitmq.conf'] }],
    workloads: {
      rabbitmq: {
        rollout: {
          at: ROLL, revision: 3, oldReplicas: 0,
          oldPatch: { volumes: undefined },
          oldContainers: { rabbitmq: { volumeMounts: undefined } },
        },
        patch: { volumes: [{ name: 'rabbitmq-config', configMap: { name: 'rabbitmq-config', defaultMode: 420 } }] },
        containers: { rabbitmq: { volumeMounts: [{ name: 'rabbitmq-config', mountPath: '/etc/rabbitmq/rabbitmq.conf', subPath: 'rabbitmq.conf' }] } },
        endpointsChanged: ROLL + 0.6,
      },
      shipping: {
        pods: [{
          containers: {
            shipping: cs.restartedRunning({
              restarts: 1,
              startedAt: T.iso(-60 * 24 * 3 + 0.1),
              last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3) },
            }),
          },
        }],
      },
    },
    events: [
      { on: 'deploy:rabbitmq', reason: 'ScalingReplicaSet', message: 'Scaled up replica set rabbitmq-%NEW% to 1', first: ROLL, source: 'deployment-controller' },
      { on: 'deploy:rabbitmq', reason: 'ScalingReplicaSet', message: 'Scaled down replica set rabbitmq-%OLD% to 0 from 1', first: ROLL + 0.45, source: 'deployment-controller' },
      { on: 'pod:rabbitmq#0', reason: 'Scheduled', message: 'Successfully assigned robot-shop/%POD% to %NODE%', first: ROLL + 0.5, source: 'default-scheduler' },
      { on: 'pod:rabbitmq#0', reason: 'Pulled', message: 'Container image "rabbitmq:3.7-management-alpine" already present on machine', first: ROLL + 0.52, fieldPath: 'spec.containers{rabbitmq}' },
      { on: 'pod:rabbitmq#0', reason: 'Created', message: 'Created container rabbitmq', first: ROLL + 0.53, fieldPath: 'spec.containers{rabbitmq}' },
      { on: 'pod:rabbitmq#0', reason: 'Started', message: 'Started container rabbitmq', first: ROLL + 0.54, fieldPath: 'spec.containers{rabbitmq}' },
    ],
    logs: {
      'payment#0/payment': payment,
      'dispatch#0/dispatch': dispatch,
      'rabbitmq#0/rabbitmq': rabbitmq,
      'web#0/web': web,
      'cart#0/cart': cartLog,
    },
  }),
];
