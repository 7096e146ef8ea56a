// s14 held-out scenarios (split: test) for Stan's Robot Shop, as compact specs for the scenario kit.
// Uses scripts/kit-systems/robot-shop.mjs (withDefaults, defaultPvcs, pino) unchanged; exports replaced Nodes' ages.
import { clock } from '../s2-scenario-kit.mjs';
import { system, withDefaults, defaultPvcs, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const N2 = 'ip-10-1-2-137.eu-west-1.compute.internal';
const agentEnv = [
  { name: 'INSTANA_AGENT_HOST', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'status.hostIP' } } },
];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
/** nginx combined access log line (the nginx:1.21.6 image's default log_format main). */
const ngx = (
  T,
  min,
  ip,
  req,
  status,
  bytes,
  ua = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36',
) => {
  const d = new Date(T.isoMs(min));
  const p = (n) => String(n).padStart(2, '0');
  return `${ip} - - [${p(d.getUTCDate())}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000] "${req} HTTP/1.1" ${status} ${bytes} "http://shop.robotshop.example/" "${ua}" "-"`;
};
/** nginx error log line. */
const ngxErr = (T, min, conn, msg) => `${T.go(min)} [error] 29#29: *${conn} ${msg}`;
/** Flask's default handler format, as payment.py logs through app.logger under uWSGI. */
const flask = (T, min, level, msg) => `[${T.java(min).replace('.', ',')}] ${level} in payment: ${msg}`;
/** uWSGI request log line (payment.ini: one process, http protocol). */
const uwsgi = (T, min, req, ip, line, bytes, ms, status) => {
  const d = new Date(T.isoMs(min));
  const p = (n) => String(n).padStart(2, '0');
  return `[pid: 9|app: 0|req: ${req}/${req}] ${ip} () {50 vars in 713 bytes} [${DAY[d.getUTCDay()]} ${MON[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} ${d.getUTCFullYear()}] ${line} => generated ${bytes} bytes in ${ms} msecs (HTTP/1.1 ${status}) 2 headers in ${status === 200 ? 72 : 80} bytes (1 switches on core 0)`;
};
const cartJson = (user, total) =>
  `{'total': ${total}, 'tax': ${(total / 6).toFixed(2)}, 'items': [{'qty': 1, 'sku': 'RMC', 'name': 'Robo Mop Cloth', 'price': ${total - 10}, 'subtotal': ${total - 10}}, {'qty': 1, 'sku': 'SHIP', 'name': 'shipping to ${user === 'anonymous' ? 'Leeds' : 'Lisbon'}', 'price': 10, 'subtotal': 10}]}`;

// 1. The external PSP (Worldpay) half-down: resets and 502s on the gateway call; payment pods stay Ready.
const A = clock('2026-11-27T20:05:00Z');
const GW = 'https://secure.worldpay.com/';
const payA = [
  flask(A, -60 * 24 * 6, 'INFO', `Payment gateway ${GW}`),
  flask(A, -60 * 24 * 6, 'INFO', 'Starting on port 8080'),
];
const webA = [];
const users = [
  'partner-57',
  'partner-12',
  'anonymous-4f2a',
  'partner-88',
  'anonymous-91c3',
  'partner-3',
  'partner-41',
  'anonymous-77de',
];
let req = 48110;
for (let i = 0; i < 40; i++) {
  const m = -48 + i * 1.15;
  const u = users[i % users.length];
  const bad = m > -26 && i % 5 !== 0;
  payA.push(flask(A, m, 'INFO', `payment for ${u}`), flask(A, m, 'INFO', cartJson(u, 40 + (i % 7) * 15)));
  if (!bad) {
    payA.push(flask(A, m + 0.01, 'INFO', `${GW} returned 200`), flask(A, m + 0.01, 'INFO', 'queue order'));
    if (!u.startsWith('anonymous')) payA.push(flask(A, m + 0.02, 'INFO', 'order history returned 200'));
    payA.push(
      flask(A, m + 0.02, 'INFO', 'cart delete returned 200'),
      uwsgi(A, m + 0.02, req++, '%IPOF:web#0%', `POST /pay/${u}`, 51, 612 + i * 7, 200),
    );
    webA.push(ngx(A, m + 0.02, '10.1.1.84', `POST /api/payment/pay/${u}`, 200, 51));
  } else if (i % 2 === 0) {
    payA.push(
      flask(
        A,
        m + 0.05,
        'ERROR',
        "('Connection aborted.', RemoteDisconnected('Remote end closed connection without response'))",
      ),
      uwsgi(A, m + 0.05, req++, '%IPOF:web#0%', `POST /pay/${u}`, 94, 3021 + i * 13, 500),
    );
    webA.push(ngx(A, m + 0.05, '10.1.3.206', `POST /api/payment/pay/${u}`, 500, 94));
  } else {
    payA.push(
      flask(A, m + 0.04, 'INFO', `${GW} returned 502`),
      uwsgi(A, m + 0.04, req++, '%IPOF:web#0%', `POST /pay/${u}`, 13, 2410 + i * 11, 502),
    );
    webA.push(ngx(A, m + 0.04, '10.1.2.137', `POST /api/payment/pay/${u}`, 502, 13));
  }
  webA.push(
    ngx(A, m - 0.3, '10.1.1.84', 'GET /api/catalogue/products', 200, 2411),
    ngx(A, m - 0.2, '10.1.2.137', `GET /api/cart/cart/${u}`, 200, 312),
  );
}
const paymentGateway = withDefaults({
  folder: 's14-checkout-payment-error-black-friday',
  description:
    'checkout failing for a lot of ppl since ~19:40 - "payment error" or just fails after a few secs. not everyone. payments pls check',
  incidentTime: '2026-11-27T20:05:00Z',
  expected: { component: 'payment-gateway', cause: 'external-dependency' },
  difficulty: 'medium',
  traits: ['callers-only', 'external-dependency-failure', 'time-expression', 'team-name', 'decoy'],
  grounding: `
    payment.py (instana/robot-shop 55292e2) calls requests.get(PAYMENT_GATEWAY) for every order and returns
    'payment error' with the gateway's status when it is not 200, or str(err) with 500 on a RequestException; the chart
    sets PAYMENT_GATEWAY from values payment.gateway (payment-deployment.yaml), here https://secure.worldpay.com/ (the
    topology's payment-gateway). The PSP is half down, as public PSP incident reports describe (edge resets and 502s for
    a share of requests): payment logs "https://secure.worldpay.com/ returned 502" and "('Connection aborted.',
    RemoteDisconnected('Remote end closed connection without response'))" next to successful charges; uWSGI request lines
    and web's nginx access log show the 500/502 on POST /pay and /api/payment/pay. payment, cart, user, rabbitmq all
    Ready. Decoy: a cart rollout three hours earlier, healthy. Deviation: the values set payment.gateway to Worldpay.
  `,
  workloads: {
    payment: {
      containers: { payment: { env: [...agentEnv, { name: 'PAYMENT_GATEWAY', value: GW }] } },
      since: -60 * 24 * 6,
    },
    cart: {
      rollout: { at: -180, revision: 6, oldContainers: { cart: { image: 'robotshop/rs-cart:2.0.2' } } },
    },
  },
  logs: {
    'payment#0/payment': payA,
    'web#0/web': webA.sort((a, b) => a.split('[')[1].localeCompare(b.split('[')[1])),
    'cart#0/cart': [
      pino(A, -179.5, 'info', '%POD%', 'Redis READY'),
      pino(A, -179.5, 'info', '%POD%', 'Started on port 8080'),
      pino(A, -20, 'info', '%POD%', 'got cart', '"cart":{"total":85,"items":[{"qty":1,"sku":"RMC"}]},'),
    ],
  },
});

// 2. mongod left fsyncLock()ed by a nightly backup that died: writes block, reads work; payment's one uWSGI process hangs.
const B = clock('2026-11-12T03:25:00Z');
const MONGO = (min, s, c, id, ctx, msg, attr) =>
  `{"t":{"$date":"${B.isoMs(min).replace('Z', '+00:00')}"},"s":"${s}",  "c":"${c}", "id":${id},   "ctx":"${ctx}","msg":"${msg}"${attr ? `,"attr":${JSON.stringify(attr)}` : ''}}`;
const mongoLogs = [
  MONGO(-60 * 24 * 12, 'I', 'NETWORK', 23016, 'listener', 'Waiting for connections', {
    port: 27017,
    ssl: 'off',
  }),
  MONGO(-85.1, 'I', 'NETWORK', 22943, 'listener', 'Connection accepted', {
    remote: '10.1.3.77:40412',
    uuid: '8e0f3c1a-5b7d-4a29-9d61-2f4c8b1e7a05',
    connectionId: 4812,
    connectionCount: 12,
  }),
  MONGO(-85.1, 'I', 'NETWORK', 51800, 'conn4812', 'client metadata', {
    remote: '10.1.3.77:40412',
    client: 'conn4812',
    doc: {
      application: { name: 'mongosh 1.10.6' },
      driver: { name: 'nodejs|mongosh', version: '5.7.0|1.10.6' },
      platform: 'Node.js v16.20.2, LE',
    },
  }),
  MONGO(-85.0, 'I', 'COMMAND', 20461, 'conn4812', 'CMD fsync', { lock: true }),
  MONGO(
    -85.0,
    'I',
    'COMMAND',
    31287,
    'fsyncLockWorker',
    'mongod is locked and no writes are allowed. db.fsyncUnlock() to unlock',
  ),
  MONGO(-85.0, 'I', 'COMMAND', 20466, 'conn4812', 'Lock count is now 1'),
  MONGO(-81.6, 'I', 'NETWORK', 22944, 'conn4812', 'Connection ended', {
    remote: '10.1.3.77:40412',
    uuid: '8e0f3c1a-5b7d-4a29-9d61-2f4c8b1e7a05',
    connectionId: 4812,
    connectionCount: 11,
  }),
];
for (let i = 0; i < 6; i++)
  mongoLogs.push(
    MONGO(-70 + i * 11, 'I', 'NETWORK', 22943, 'listener', 'Connection accepted', {
      remote: `%IPOF:user#0%:${51200 + i * 7}`,
      uuid: `4c1d2e3f-${1000 + i}-4a5b-8c6d-7e8f9a0b1c2d`,
      connectionId: 4830 + i,
      connectionCount: 12 + i,
    }),
  );
const userB = [
  pino(B, -60 * 24 * 12, 'info', '%POD%', 'MongoDB connected'),
  pino(B, -60 * 24 * 12, 'info', '%POD%', 'Redis READY'),
];
const payB = [
  flask(B, -60 * 24 * 12, 'INFO', 'Payment gateway https://paypal.com/'),
  flask(B, -60 * 24 * 12, 'INFO', 'Starting on port 8080'),
];
const webB = [];
const webBErr = [];
let conn = 88120;
for (let i = 0; i < 12; i++) {
  const m = -112 + i * 2.1;
  userB.push(
    pino(
      B,
      m,
      'info',
      '%POD%',
      'order',
      `"req":{"id":${9100 + i},"method":"POST","url":"/order/partner-${i + 3}"},`,
    ),
    pino(
      B,
      m + 0.002,
      'info',
      '%POD%',
      'request completed',
      `"res":{"statusCode":200},"responseTime":${6 + i},`,
    ),
  );
  payB.push(
    flask(B, m, 'INFO', `order history returned 200`),
    uwsgi(B, m + 0.003, 30112 + i, '%IPOF:web#0%', `POST /pay/partner-${i + 3}`, 50, 840 + i * 9, 200),
  );
}
payB.push(
  flask(B, -81.2, 'INFO', 'payment for partner-19'),
  flask(B, -81.2, 'INFO', cartJson('partner-19', 85)),
  flask(B, -81.19, 'INFO', 'https://paypal.com/ returned 200'),
  flask(B, -81.19, 'INFO', 'queue order'),
);
userB.push(
  pino(B, -81.18, 'info', '%POD%', 'order', '"req":{"id":9131,"method":"POST","url":"/order/partner-19"},'),
);
for (let i = 0; i < 24; i++) {
  const m = -79 + i * 3.2;
  if (i % 3 === 0)
    userB.push(
      pino(B, m, 'info', '%POD%', 'register', `"req":{"id":${9140 + i},"method":"POST","url":"/register"},`),
    );
  userB.push(
    pino(B, m + 0.5, 'info', '%POD%', 'login', `"req":{"id":${9141 + i},"method":"POST","url":"/login"},`),
    pino(
      B,
      m + 0.501,
      'info',
      '%POD%',
      'request completed',
      `"res":{"statusCode":200},"responseTime":${3 + (i % 4)},`,
    ),
  );
  webB.push(
    ngx(B, m + 1, '10.1.1.84', `POST /api/payment/pay/partner-${20 + i}`, 504, 167),
    ngx(B, m + 0.6, '10.1.3.206', 'POST /api/user/login', 200, 38),
    ngx(B, m + 0.2, '10.1.2.137', 'GET /api/catalogue/products', 200, 2411),
  );
  webBErr.push(
    ngxErr(
      B,
      m + 1,
      conn++,
      `upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.1.1.84, server: localhost, request: "POST /api/payment/pay/partner-${20 + i} HTTP/1.1", upstream: "http://%SVCIP:payment%:8080/pay/partner-${20 + i}", host: "shop.robotshop.example", referrer: "http://shop.robotshop.example/"`,
    ),
  );
  if (i % 3 === 0) {
    webB.push(ngx(B, m + 1, '10.1.2.137', 'POST /api/user/register', 504, 167));
    webBErr.push(
      ngxErr(
        B,
        m + 1,
        conn++,
        `upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.1.2.137, server: localhost, request: "POST /api/user/register HTTP/1.1", upstream: "http://%SVCIP:user%:8080/register", host: "shop.robotshop.example", referrer: "http://shop.robotshop.example/"`,
      ),
    );
  }
  if (i > 14) payB.push(`*** uWSGI listen queue of socket "0.0.0.0:8080" (fd: 3) full !!! (101/100) ***`);
}
const mongoLocked = withDefaults({
  folder: 's14-orders-hang-after-nightly-backup',
  description:
    'robot shop: Pay button spins forever then gateway timeout, new sign-ups also hang. browsing + login OK. started ~02:00 (night). payments + accounts pinged',
  incidentTime: '2026-11-12T03:25:00Z',
  expected: { component: 'mongodb', cause: 'dependency-down' },
  difficulty: 'hard',
  traits: ['pods-ready', 'louder-dependents', 'time-expression', 'team-name'],
  grounding: `
    A nightly backup job (not part of the chart) ran mongosh db.fsyncLock() against mongodb:27017 at 02:00 and died before
    db.fsyncUnlock(), the locked-after-backup failure MongoDB's fsyncLock documentation warns about: mongod (mongo:5 from
    mongo/Dockerfile) keeps serving reads and blocks every write. user's /register (insertOne) and /order/:id
    (updateOne/insertOne on the orders collection) never complete (user/server.js: express-pino-logger prints the request
    but no "request completed"); payment.py posts to http://user:8080/order/<id> without a timeout, so its single uWSGI
    process (payment.ini: processes = 1, no threads) hangs on the first registered buyer and the listen queue fills
    ("uWSGI listen queue ... full"); web's nginx times out after its default 60s proxy_read_timeout with "upstream timed
    out (110: Connection timed out)". Catalogue, login (reads) and cart are fine; every pod is Ready (the chart has no
    probes on these). mongod log ids are Mongo 5 structured log ids as recalled (22943/22944/51800 standard; fsync ids
    approximate). Deviation: the backup job and its pod IP 10.1.3.77.
  `,
  workloads: {
    mongodb: { since: -60 * 24 * 12 },
    user: { since: -60 * 24 * 12 },
    payment: { since: -60 * 24 * 12 },
  },
  logs: {
    'mongodb#0/mongodb': mongoLogs,
    'user#0/user': userB,
    'payment#0/payment': payB,
    'web#0/web': [...webB, ...webBErr],
    'dispatch#0/dispatch': [
      `${B.go(-103.4)} order {"orderid": "5d0c9a4e-7b1f-4e8a-a2c3-91f04b6d2e17", "user": "partner-7", "cart": {"total": 85, "tax": 14.17, "items": [{"qty": 1, "sku": "RMC", "name": "Robo Mop Cloth", "price": 75, "subtotal": 75}, {"qty": 1, "sku": "SHIP", "name": "shipping to Lisbon", "price": 10, "subtotal": 10}]}}`,
      `${B.go(-81.19)} order {"orderid": "c2e81f07-3a9d-4b55-8e6f-0d7a4c19b3e2", "user": "partner-19", "cart": {"total": 85, "tax": 14.17, "items": [{"qty": 1, "sku": "RMC", "name": "Robo Mop Cloth", "price": 75, "subtotal": 75}, {"qty": 1, "sku": "SHIP", "name": "shipping to Lisbon", "price": 10, "subtotal": 10}]}}`,
    ],
  },
});

// 3. Node group update replaced the eu-west-1b node; redis-0's EBS volume is stuck attaching to the new one.
const C = clock('2026-11-05T10:48:00Z');
const NEW = 'ip-10-1-2-59.eu-west-1.compute.internal';
const cartC = [
  pino(C, -60 * 24 * 5, 'info', '%POD%', 'Redis READY'),
  pino(C, -60 * 24 * 5, 'info', '%POD%', 'Started on port 8080'),
];
cartC.push(
  pino(
    C,
    -31.2,
    'error',
    '%POD%',
    'Redis ERROR Error: Redis connection to redis:6379 failed - read ECONNRESET',
  ),
);
for (let i = 0; i < 16; i++)
  cartC.push(
    pino(
      C,
      -30.5 + i * 1.8,
      'error',
      '%POD%',
      `Redis ERROR Error: Redis connection to redis:6379 failed - connect ECONNREFUSED %SVCIP:redis%:6379`,
    ),
  );
const webC = [];
for (let i = 0; i < 14; i++) {
  const m = -27 + i * 1.9;
  webC.push(
    ngx(C, m, '10.1.1.84', 'GET /api/catalogue/products', 200, 2411),
    ngx(C, m + 1, '10.1.3.206', `GET /api/cart/add/anonymous-${i}/RMC/1`, 504, 167),
  );
  webC.push(
    ngxErr(
      C,
      m + 1,
      70100 + i,
      `upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.1.3.206, server: localhost, request: "GET /api/cart/add/anonymous-${i}/RMC/1 HTTP/1.1", upstream: "http://%SVCIP:cart%:8080/add/anonymous-${i}/RMC/1", host: "shop.robotshop.example", referrer: "http://shop.robotshop.example/"`,
    ),
  );
}
const shipC = [
  `${C.java(-60 * 24 * 5)}  INFO 1 --- [           main] com.instana.robotshop.shipping.ShippingServiceApplication : Started ShippingServiceApplication in 21.118 seconds (JVM running for 23.402)`,
  `${C.java(-31)}  WARN 1 --- [nio-8080-exec-4] com.zaxxer.hikari.pool.PoolBase          : HikariPool-1 - Failed to validate connection com.mysql.cj.jdbc.ConnectionImpl@4b9e1d77 (Communications link failure`,
  `The last packet successfully received from the server was 41,022 milliseconds ago. The last packet sent successfully to the server was 41,023 milliseconds ago.). Possibly consider using a shorter maxLifetime value.`,
  `${C.java(-29.4)}  INFO 1 --- [nio-8080-exec-6] c.i.r.shipping.Controller                : Calc for 4214`,
  `${C.java(-12)}  INFO 1 --- [nio-8080-exec-2] c.i.r.shipping.Controller                : Calc for 1139`,
];
const redisAttach = withDefaults({
  folder: 's14-add-to-cart-hangs-after-nodegroup-update',
  description:
    'add to cart broken on robot shop, spinner then nothing. platform ran the managed node group AMI update this morning - done ~10:15 and looked fine',
  incidentTime: '2026-11-05T10:48:00Z',
  expected: { component: 'redis', cause: 'storage-unavailable' },
  difficulty: 'medium',
  traits: ['decoy', 'louder-dependents'],
  grounding: `
    redis is the chart's StatefulSet with the volumeClaimTemplate data (1Gi, gp2 on EKS, SOURCES.md) and the only replica
    of the cart store; cart (node_redis ^2.8, cart/server.js) logs 'Redis ERROR' on the client's error event and keeps
    requests in its offline queue, so web's nginx times out on /api/cart/* while catalogue and shipping work. A managed
    node group AMI update replaced the eu-west-1b node (ip-10-1-2-137 drained and terminated, ip-10-1-2-59 joined);
    redis-0 was recreated on the new node in the claim's zone and its EBS volume never attached: the attach/detach
    controller reports the aws-ebs-csi-driver error "expected device to be attached but was attaching" (the stuck-attaching
    case of aws-ebs-csi-driver issues) and kubelet "Unable to attach or mount volumes ... timed out waiting for the
    condition"; redis-0 stays ContainerCreating and the redis Service has no endpoints, so cart's reconnects are refused.
    Decoys: catalogue, mysql, ratings and user were also rescheduled onto the new node and are healthy; shipping logged
    one Hikari "Communications link failure" while mysql moved. Deviation: the replacement node's name and instance id.
  `,
  nodes: { [N2]: { name: NEW, ip: '10.1.2.59', providerID: 'aws:///eu-west-1b/i-09b4e7c2a1f5d3e68' } },
  workloads: {
    redis: { pods: [{ node: NEW, creating: true, created: C.iso(-30.2) }], endpointsChanged: -31 },
    catalogue: { since: -30.4 },
    mysql: { since: -30.6 },
    ratings: { since: -30.3 },
    user: { since: -30.1 },
    cart: { since: -60 * 24 * 5 },
    shipping: { since: -60 * 24 * 5 },
  },
  events: [
    {
      on: 'node:' + NEW,
      reason: 'RegisteredNode',
      source: 'node-controller',
      message: `Node ${NEW} event: Registered Node ${NEW} in Controller`,
      first: -34,
      last: -34,
    },
    {
      on: 'node:' + NEW,
      reason: 'NodeReady',
      message: `Node ${NEW} status is now: NodeReady`,
      first: -33.4,
      last: -33.4,
    },
    {
      on: 'pod:redis#0',
      reason: 'Scheduled',
      source: 'default-scheduler',
      message: `Successfully assigned robot-shop/redis-0 to ${NEW}`,
      first: -30.2,
      last: -30.2,
    },
    {
      on: 'pod:redis#0',
      reason: 'FailedAttachVolume',
      type: 'Warning',
      source: 'attachdetach-controller',
      message:
        'AttachVolume.Attach failed for volume "pvc-5b0e9c3d-41a7-4f2e-9d8a-6c1e7f30b2a4" : rpc error: code = Internal desc = Could not attach volume "vol-0e3c5a9f1d27b6c84" to node "i-09b4e7c2a1f5d3e68": attachment of disk "vol-0e3c5a9f1d27b6c84" failed, expected device to be attached but was attaching',
      first: -28.9,
      last: -1.7,
      count: 13,
    },
    {
      on: 'pod:redis#0',
      reason: 'FailedMount',
      type: 'Warning',
      message:
        'Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[data kube-api-access-8hvzq]: timed out waiting for the condition',
      first: -28.1,
      last: -3.8,
      count: 12,
    },
    {
      on: 'sts:redis',
      reason: 'SuccessfulCreate',
      message: 'create Pod redis-0 in StatefulSet redis successful',
      first: -30.2,
      last: -30.2,
    },
  ],
  logs: {
    'cart#0/cart': cartC,
    'web#0/web': webC,
    'shipping#0/shipping': shipC,
    'mysql#0/mysql': [
      `${C.isoMs(-30).replace('Z', '000Z')} 0 [Note] mysqld: ready for connections.`,
      `Version: '5.7.44'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server (GPL)`,
    ],
  },
});

export const scenarios = [paymentGateway, mongoLocked, redisAttach];

/** Nodes created during an incident (minutes before incidentTime), applied by scripts/s14-build-heldout.mjs. */
export const nodeAges = { 'robot-shop/s14-add-to-cart-hangs-after-nodegroup-update': { [NEW]: -34.5 } };
