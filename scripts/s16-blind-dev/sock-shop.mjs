// Sock Shop s16 blind dev scenarios (batch s16, author b): an orders release that makes every payment decline, and a no-fault
// morning of login 401s and scanner 404s. System definition: the session-2 one (scripts/s2-scenarios/sock-shop.mjs).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };

const JAVA_OPTS = '-Xms64m -Xmx128m -XX:+UseG1GC -Djava.security.egd=file:/dev/urandom -Dspring.zipkin.enabled=false';
const spring = (T, min, level, app, thread, logger, msg) =>
  `${T.java(min)} ${level.padStart(5)} [${app},,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const kit = (T, min, kv) => `ts=${T.isoMs(min)} ${kv}`;
// deterministic pseudo-random numbers per scenario
const rng = (seed) => { let s = seed >>> 0; return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32); };
const took = (r, lo, hi) => `${(lo + r() * (hi - lo)).toFixed(3)}µs`;
const springBoot = (T, at, app, main) => [
  spring(T, at, 'INFO', 'bootstrap', 'main', 's.c.a.AnnotationConfigApplicationContext', 'Refreshing org.springframework.context.annotation.AnnotationConfigApplicationContext@5a2e4553: startup date [' + T.java(at) + ']; root of context hierarchy'),
  spring(T, at + 0.05, 'INFO', app, 'main', `works.weave.socks.${main}`, `Starting ${main.split('.').pop()} v0.0.1-SNAPSHOT on %POD% with PID 7 (/usr/src/app/app.jar started by myuser in /usr/src/app)`),
  spring(T, at + 0.1, 'INFO', app, 'main', 'o.s.b.c.e.t.TomcatEmbeddedServletContainer', 'Tomcat initialized with port(s): 80 (http)'),
  spring(T, at + 0.7, 'INFO', app, 'main', 'o.s.b.c.e.t.TomcatEmbeddedServletContainer', 'Tomcat started on port(s): 80 (http)'),
  spring(T, at + 0.72, 'INFO', app, 'main', `works.weave.socks.${main}`, `Started ${main.split('.').pop()} in 41.823 seconds (JVM running for 44.112)`),
];

// ---------------------------------------------------------------------------------------------------------------
// 1. orders 0.4.8 sends the payment amount in cents: payment declines everything (amount > 105); shipping rolled just before.
function ordersRelease() {
  const incidentTime = '2026-05-12T14:38:00Z';
  const T = clock(incidentTime);
  const r = rng(1612);
  const ORDERS_AT = -21, SHIP_AT = -27;
  const fe = (i) => {
    const out = [];
    for (let m = -40; m < -0.3; m += 0.37 + r() * 0.4) {
      const x = r();
      if (x < 0.35) out.push(`GET /catalogue?page=1&size=6&tags= 200 ${(8 + r() * 30).toFixed(3)} ms - ${1800 + Math.floor(r() * 400)}`);
      else if (x < 0.5) out.push(`GET /catalogue/${['3395a43e-2d88-40de-b95f-e00e1502085b', '510a0d7e-8e83-4193-b483-e27e09ddc34d', 'a0a4f044-b040-410d-8ead-4de0446aec7e', '819e1fbf-8b7e-4f6d-811f-693534916a8b'][Math.floor(r() * 4)]} 200 ${(5 + r() * 15).toFixed(3)} ms - 291`);
      else if (x < 0.65) out.push(`GET /cart 200 ${(12 + r() * 40).toFixed(3)} ms - ${100 + Math.floor(r() * 300)}`);
      else if (x < 0.75) out.push(`POST /cart 201 ${(30 + r() * 60).toFixed(3)} ms - -`);
      else if (x < 0.82) out.push(`GET /login 200 ${(40 + r() * 50).toFixed(3)} ms - 0`);
      else if (x < 0.9) out.push(`GET /orders 200 ${(20 + r() * 50).toFixed(3)} ms - ${400 + Math.floor(r() * 900)}`);
      else if (i === 0 || x < 0.95) {
        if (m < ORDERS_AT + 0.6) out.push(`POST /orders 201 ${(180 + r() * 220).toFixed(3)} ms - ${900 + Math.floor(r() * 200)}`);
        else { out.push(`POST /orders 406 ${(120 + r() * 150).toFixed(3)} ms - 0`); out.push('Order response: {"timestamp":' + (Date.parse(incidentTime) + Math.round(m * 60000)) + ',"status":406,"error":"Not Acceptable","exception":"works.weave.socks.orders.controllers.OrdersController$PaymentDeclinedException","message":"Payment declined","path":"/orders"}'); }
      }
    }
    return out;
  };
  const payment = [];
  for (let m = -40; m < -0.1; m += 0.05) {
    payment.push(kit(T, m, `caller=logging.go:37 method=Health result=1 took=${took(r, 2, 9)}`));
  }
  const auths = [];
  for (let m = -39.5; m < -0.5; m += 0.9 + r() * 1.6) auths.push(m);
  for (const m of auths) {
    const ok = m < ORDERS_AT + 0.6 ? r() > 0.12 : false;
    payment.push(kit(T, m, `caller=logging.go:24 method=Authorise result=${ok} took=${took(r, 3, 14)}`));
  }
  payment.sort();
  const orders = [...springBoot(T, ORDERS_AT + 0.6, 'orders', 'orders.OrderApplication')];
  const customers = ['57a98d98e4b00679b4a830af', '57a98d98e4b00679b4a830b2', '5a1e0e8c2a4f1b0007d1a3c4', '5b0f2c8e9c1d3a0006e4b7a1'];
  for (const m of auths.filter((x) => x > ORDERS_AT + 1.5)) {
    const cents = [1499 + 499, 1798 + 499, 3497 + 499, 1299 * 2 + 499, 999 + 499][Math.floor(r() * 5)];
    const cust = customers[Math.floor(r() * customers.length)];
    orders.push(spring(T, m - 0.002, 'INFO', 'orders', 'http-nio-80-exec-' + (1 + Math.floor(r() * 9)), 'w.w.s.o.controllers.OrdersController', `Sending payment request: PaymentRequest{address=Address{id='null', number='246', street='Whitelees Road', city='Glasgow', postcode='G67 3DL', country='United Kingdom'}, card=Card{id='null', longNum='5544154011345918', expires='08/27', ccv='958'}, customer=Customer{id='${cust}'}, amount=${cents}.0}`));
    orders.push(spring(T, m + 0.001, 'INFO', 'orders', 'http-nio-80-exec-' + (1 + Math.floor(r() * 9)), 'w.w.s.o.controllers.OrdersController', "Received payment response: PaymentResponse{authorised=false, message='Payment declined: amount exceeds 105.00'}"));
  }
  const shipping = [...springBoot(T, SHIP_AT + 0.6, 'shipping', 'shipping.ShippingServiceApplication')];
  for (const m of auths.filter((x) => x > SHIP_AT + 1.4 && x < ORDERS_AT + 0.6)) {
    const id = `${Math.floor(r() * 1e8).toString(16)}-6a7c-4b2e-9f1d-${Math.floor(r() * 1e12).toString(16).padStart(12, '0')}`;
    shipping.push(spring(T, m + 0.01, 'INFO', 'shipping', 'http-nio-80-exec-3', 'w.w.s.s.controllers.ShippingController', `Adding shipment to queue...`));
    shipping.push(spring(T, m + 0.012, 'INFO', 'shipping', 'http-nio-80-exec-3', 'w.w.s.s.controllers.ShippingController', `Shipment{id='${id}', name='${customers[0]}'}`));
  }
  const qm = [];
  for (const m of auths.filter((x) => x < ORDERS_AT + 0.6)) qm.push(spring(T, m + 0.02, 'INFO', 'queue-master', 'SimpleAsyncTaskExecutor-1', 'w.w.s.q.ShippingTaskHandler', `Received shipment task: ${customers[1]}`));
  const carts = [];
  for (let m = -40; m < -0.5; m += 2.2 + r()) carts.push(spring(T, m, 'INFO', 'carts', 'http-nio-80-exec-' + (1 + Math.floor(r() * 9)), 'w.w.s.cart.controllers.ItemsController', `Adding item to cart: Item{id='null', itemId='3395a43e-2d88-40de-b95f-e00e1502085b', quantity=1, unitPrice=18.0}`));
  const user = [];
  for (let m = -40; m < -0.3; m += 0.8 + r() * 0.8) user.push(kit(T, m, `caller=logging.go:${['41', '71', '111'][Math.floor(r() * 3)]} method=${['GetUsers', 'GetAddresses', 'GetCards'][Math.floor(r() * 3)]} result=1 took=${took(r, 900, 2400)}`));
  return {
    folder: 's16-orders-release-payment-amount-cents',
    description: 'checkout broken on the sock shop - every order fails with payment declined since ~14:20',
    incidentTime,
    expected: { component: 'orders', cause: 'bad-deploy-rollout' },
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'decoy', 'time-expression'],
    grounding: `
      Manifest: complete-demo.yaml at 9dff06f — orders (weaveworksdemos/orders:0.4.7, no probes, JAVA_OPTS -Xmx128m) posts to
      http://payment/paymentAuth; payment (0.4.3) declines any amount above its -decline default of 105 (service.go "Payment declined:
      amount exceeds %.2f"); orders turns a declined authorisation into PaymentDeclinedException, @ResponseStatus NOT_ACCEPTABLE
      "Payment declined" (OrdersController.java, microservices-demo/orders). Fictional release: orders 0.4.8 (the team's fork) sends the
      amount in minor units (cents), so every order is above 105 and payment answers authorised=false; the new pod is Ready and
      healthy, and the fork logs its payment request/response at INFO (upstream logs them at DEBUG).
      Decoy: shipping rolled out six minutes before (JAVA_OPTS -Xmx160m), healthy; it keeps accepting shipments until orders stops
      sending them. payment itself is unchanged (running for 9 days) and logs go-kit "method=Authorise result=false" (logging.go, no
      amount field), which makes it look like the culprit. Front-end morgan dev lines POST /orders 406.
    `,
    workloads: {
      orders: {
        rollout: { at: ORDERS_AT, revision: 6, oldContainers: { orders: { image: 'weaveworksdemos/orders:0.4.7' } } },
        containers: { orders: { image: 'weaveworksdemos/orders:0.4.8' } },
      },
      shipping: {
        rollout: { at: SHIP_AT, revision: 5, oldContainers: { shipping: { env: [{ name: 'ZIPKIN', value: 'zipkin.jaeger.svc.cluster.local' }, { name: 'JAVA_OPTS', value: JAVA_OPTS }] } } },
        containers: { shipping: { env: [{ name: 'ZIPKIN', value: 'zipkin.jaeger.svc.cluster.local' }, { name: 'JAVA_OPTS', value: JAVA_OPTS.replace('-Xmx128m', '-Xmx160m') }] } },
      },
    },
    events: [
      { on: 'deploy:shipping', reason: 'ScalingReplicaSet', message: 'Scaled up replica set shipping-%NEW% to 1', first: SHIP_AT },
      { on: 'deploy:shipping', reason: 'ScalingReplicaSet', message: 'Scaled down replica set shipping-%OLD% to 0 from 1', first: SHIP_AT + 1.1 },
      { on: 'pod:shipping#0', reason: 'Scheduled', message: 'Successfully assigned sock-shop/%POD% to %NODE%', source: 'default-scheduler', first: SHIP_AT + 0.5 },
      { on: 'pod:shipping#0', reason: 'Pulled', message: 'Container image "weaveworksdemos/shipping:0.4.8" already present on machine', first: SHIP_AT + 0.55, fieldPath: 'spec.containers{shipping}' },
      { on: 'pod:shipping#0', reason: 'Created', message: 'Created container shipping', first: SHIP_AT + 0.56, fieldPath: 'spec.containers{shipping}' },
      { on: 'pod:shipping#0', reason: 'Started', message: 'Started container shipping', first: SHIP_AT + 0.57, fieldPath: 'spec.containers{shipping}' },
      { on: 'deploy:orders', reason: 'ScalingReplicaSet', message: 'Scaled up replica set orders-%NEW% to 1', first: ORDERS_AT },
      { on: 'deploy:orders', reason: 'ScalingReplicaSet', message: 'Scaled down replica set orders-%OLD% to 0 from 1', first: ORDERS_AT + 1.2 },
      { on: 'pod:orders#0', reason: 'Scheduled', message: 'Successfully assigned sock-shop/%POD% to %NODE%', source: 'default-scheduler', first: ORDERS_AT + 0.5 },
      { on: 'pod:orders#0', reason: 'Pulling', message: 'Pulling image "weaveworksdemos/orders:0.4.8"', first: ORDERS_AT + 0.52, fieldPath: 'spec.containers{orders}' },
      { on: 'pod:orders#0', reason: 'Pulled', message: 'Successfully pulled image "weaveworksdemos/orders:0.4.8" in 6.412s (6.412s including waiting). Image size: 113287345 bytes.', first: ORDERS_AT + 0.63, fieldPath: 'spec.containers{orders}' },
      { on: 'pod:orders#0', reason: 'Created', message: 'Created container orders', first: ORDERS_AT + 0.64, fieldPath: 'spec.containers{orders}' },
      { on: 'pod:orders#0', reason: 'Started', message: 'Started container orders', first: ORDERS_AT + 0.65, fieldPath: 'spec.containers{orders}' },
    ],
    logs: {
      'front-end#0/front-end': fe(0),
      'front-end#1/front-end': fe(1),
      'orders#0/orders': orders,
      'payment#0/payment': payment,
      'shipping#0/shipping': shipping,
      'queue-master#0/queue-master': qm,
      'carts#0/carts': carts,
      'user#0/user': user,
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// 2. No fault: a scanner and a credential-stuffing burst make the front-end log 401s and 404s; everything serves.
function noFaultScanner() {
  const incidentTime = '2026-05-19T09:12:00Z';
  const T = clock(incidentTime);
  const r = rng(1613);
  const PROBES = ['/wp-login.php', '/.env', '/.git/config', '/admin/', '/phpmyadmin/index.php', '/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php', '/actuator/env', '/server-status', '/cgi-bin/luci', '/api/v1/pods', '/backup.zip', '/config.json'];
  const fe = (i) => {
    const out = [];
    for (let m = -45; m < -0.2; m += 0.12 + r() * 0.25) {
      const burst = m > -26 && m < -9;
      const x = r();
      if (burst && x < 0.45) out.push(`GET /login 401 ${(25 + r() * 40).toFixed(3)} ms - -`);
      else if (burst && x < 0.6) out.push(`GET ${PROBES[Math.floor(r() * PROBES.length)]} 404 ${(0.8 + r() * 2).toFixed(3)} ms - 19`);
      else if (x < 0.68) out.push(`GET /catalogue?page=1&size=6&tags= 200 ${(8 + r() * 30).toFixed(3)} ms - ${1800 + Math.floor(r() * 400)}`);
      else if (x < 0.78) out.push(`GET /cart 200 ${(12 + r() * 40).toFixed(3)} ms - ${100 + Math.floor(r() * 300)}`);
      else if (x < 0.84) out.push(`GET /login 200 ${(40 + r() * 50).toFixed(3)} ms - 0`);
      else if (x < 0.88) out.push(`GET /login 401 ${(30 + r() * 30).toFixed(3)} ms - -`);
      else if (x < 0.93) out.push(`POST /cart 201 ${(30 + r() * 60).toFixed(3)} ms - -`);
      else if (x < 0.97) out.push(`GET /orders 200 ${(20 + r() * 50).toFixed(3)} ms - ${400 + Math.floor(r() * 900)}`);
      else out.push(`POST /orders 201 ${(180 + r() * 220).toFixed(3)} ms - ${900 + Math.floor(r() * 200)}`);
    }
    return out;
  };
  const user = [];
  const NAMES = ['admin', 'root', 'test', 'user', 'administrator', 'support', 'info', 'guest', 'demo', 'Eve_Berger', 'user1', 'sales'];
  for (let m = -45; m < -0.3; m += 0.1 + r() * 0.3) {
    const burst = m > -26 && m < -9;
    const x = r();
    if (burst && x < 0.55) user.push(kit(T, m, `caller=logging.go:27 method=Login result=false took=${took(r, 1100, 3400)} err="Unauthorized"`) + ` username=${NAMES[Math.floor(r() * NAMES.length)]}`);
    else if (x < 0.62) user.push(kit(T, m, `caller=logging.go:${['41', '71', '111'][Math.floor(r() * 3)]} method=${['GetUsers', 'GetAddresses', 'GetCards'][Math.floor(r() * 3)]} result=1 took=${took(r, 900, 2400)}`));
    else if (x < 0.72) user.push(kit(T, m, `caller=logging.go:27 method=Login result=true took=${took(r, 1100, 2600)}`) + ` username=${['Eve_Berger', 'user', 'jhooks'][Math.floor(r() * 3)]}`);
  }
  const catalogue = [];
  for (let m = -45; m < -0.2; m += 0.2 + r() * 0.3) catalogue.push(kit(T, m, `caller=logging.go:${['22', '44'][Math.floor(r() * 2)]} method=${r() < 0.7 ? 'List' : 'Get'} tags= order= pageNum=1 pageSize=6 result=6 err=null took=${(1.2 + r() * 3).toFixed(6)}ms`));
  for (let m = -45; m < -0.2; m += 0.05) catalogue.push(kit(T, m, `caller=logging.go:80 method=Health result=2 took=${took(r, 3, 12)}`));
  catalogue.sort();
  const CATALOGUE_AT = -52;
  return {
    folder: 's16-no-fault-login-401-scanner',
    description: 'front-end logs full of 401s and 404s in the last half hour, are logins broken?? pls check sock shop',
    incidentTime,
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'time-expression'],
    grounding: `
      No fault. complete-demo.yaml at 9dff06f: front-end (Express, morgan "dev" lines without timestamps) calls user /login, which
      answers 401 on a wrong password; user (go-kit logfmt) logs every Login. Between 08:46 and 09:03 a scanner probes common paths
      (/wp-login.php, /.env, /.git/config, /actuator/env …; 404 from the front-end's catch-all) and a credential-stuffing burst
      tries admin/root/test passwords (GET /login 401, user "method=Login result=false err=Unauthorized"), as the NodePort-exposed
      front-end sees on any public shop. Real customers keep logging in, browsing and ordering (200/201 throughout); no pod is
      unready, nothing restarted during the window.
      Decoys: catalogue was rolled out 52 minutes earlier (kubectl rollout restart, same image) and is healthy; carts has one
      OOMKilled restart from three days ago (its 500Mi limit, a known one-off) and has been running since.
    `,
    workloads: {
      catalogue: {
        rollout: { at: CATALOGUE_AT, revision: 4, oldPatch: { podAnnotations: undefined } },
        patch: { podAnnotations: { 'kubectl.kubernetes.io/restartedAt': T.iso(CATALOGUE_AT) } },
      },
      carts: {
        pods: [{ containers: { carts: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 - 37), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 37.4) } }) } }],
      },
    },
    events: [
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled up replica set catalogue-%NEW% to 1', first: CATALOGUE_AT },
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled down replica set catalogue-%OLD% to 0 from 1', first: CATALOGUE_AT + 3.4 },
      { on: 'pod:catalogue#0', reason: 'Scheduled', message: 'Successfully assigned sock-shop/%POD% to %NODE%', source: 'default-scheduler', first: CATALOGUE_AT + 0.5 },
      { on: 'pod:catalogue#0', reason: 'Pulled', message: 'Container image "weaveworksdemos/catalogue:0.3.5" already present on machine', first: CATALOGUE_AT + 0.52, fieldPath: 'spec.containers{catalogue}' },
      { on: 'pod:catalogue#0', reason: 'Created', message: 'Created container catalogue', first: CATALOGUE_AT + 0.53, fieldPath: 'spec.containers{catalogue}' },
      { on: 'pod:catalogue#0', reason: 'Started', message: 'Started container catalogue', first: CATALOGUE_AT + 0.54, fieldPath: 'spec.containers{catalogue}' },
    ],
    logs: {
      'front-end#0/front-end': fe(0),
      'front-end#1/front-end': fe(1),
      'user#0/user': user,
      'catalogue#0/catalogue': catalogue,
    },
  };
}

export const scenarios = [ordersRelease(), noFaultScanner()];
