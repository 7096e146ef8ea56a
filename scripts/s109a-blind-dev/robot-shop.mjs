// Blind dev batch s109a, Robot Shop: one scenario (payment's uWSGI harakiri set to 2 s by an env override; workers
// calling the payment gateway are killed mid-request, web's nginx reports upstream prematurely closed; pods stay Ready).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults } from '../kit-systems/robot-shop.mjs';
export { system, defaultPvcs };

const I = '2026-06-11T11:05:00Z';
const T = clock(I);
const pay = system.workloads.find((w) => w.name === 'payment').containers[0];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ut = (min) => { const d = new Date(Date.parse(T.isoMs(min))); return `${DAYS[d.getUTCDay()]} ${MON[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${T.go(min).slice(11)} ${d.getUTCFullYear()}`; };
const epoch = (min) => Math.floor(Date.parse(T.isoMs(min)) / 1000);
const hk = (min, w, pid, id, newPid) => [
  `${ut(min)} - *** HARAKIRI ON WORKER ${w} (pid: ${pid}, try: 1) ***`,
  `${ut(min)} - HARAKIRI !!! worker ${w} status !!!`,
  `${ut(min)} - HARAKIRI [core 0] %IPOF:web#0% - POST /pay/${id} since ${epoch(min - 0.034)}`,
  `${ut(min)} - HARAKIRI !!! end of worker ${w} status !!!`,
  `DAMN ! worker ${w} (pid: ${pid}) died, killed by signal 9 :( trying respawn ...`,
  `Respawned uWSGI worker ${w} (new pid: ${newPid})`,
];
const ng = (min, id) => `${T.go(min)} [error] 29#29: *${18000 + id % 1000} upstream prematurely closed connection while reading response header from upstream, client: 10.1.1.84, server: localhost, request: "POST /api/payment/pay/${id} HTTP/1.1", upstream: "http://%SVCIP:payment%:8080/pay/${id}", host: "shop.robot-shop.example.com", referrer: "https://shop.robot-shop.example.com/"`;

export const scenarios = [
  withDefaults({
    folder: 's109a-payment-uwsgi-harakiri-2s',
    incidentTime: I,
    description: 'robotshop checkout: "pay now" spins then fails for most orders since about 10:40. catalogue/cart fine. payments squad changed nothing in code',
    expected: { component: 'payment', cause: 'config-error' },
    alsoAcceptable: [{ component: 'payment', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'decoy', 'team-name', 'time-expression'],
    workloads: {
      payment: {
        containers: { payment: { env: [...pay.env, { name: 'UWSGI_HARAKIRI', value: '2' }] } },
        rollout: { at: -27, oldContainers: { payment: { env: pay.env } } },
      },
      dispatch: {
        rollout: { at: -60 * 5, oldContainers: { dispatch: { image: 'robotshop/rs-dispatch:2.1.0' } } },
        containers: { dispatch: { image: 'robotshop/rs-dispatch:2.1.1' } },
      },
    },
    events: [
      { on: 'deploy:payment', reason: 'ScalingReplicaSet', message: 'Scaled up replica set payment-%NEW% to 1', first: -27 },
      { on: 'deploy:payment', reason: 'ScalingReplicaSet', message: 'Scaled down replica set payment-%OLD% to 0 from 1', first: -26.4 },
    ],
    logs: {
      'payment#0/payment': [
        `[uWSGI] getting INI configuration from payment.ini`,
        `*** Starting uWSGI 2.0.21 (64bit) on [${ut(-26.8)}] ***`,
        `your processes number limit is 1048576`,
        `*** Operational MODE: preforking ***`,
        `WSGI app 0 (mountpoint='') ready in 1 seconds on interpreter 0x55d0c4a1e2f0 pid: 1 (default app)`,
        `spawned uWSGI master process (pid: 1)`,
        `spawned uWSGI worker 1 (pid: 8, cores: 1)`,
        `spawned uWSGI worker 2 (pid: 9, cores: 1)`,
        `[pid: 8|app: 0|req: 41/80] 10.1.2.137 () {30 vars in 372 bytes} [${ut(-6)}] GET /health => generated 22 bytes in 1 msecs (HTTP/1.1 200) 2 headers in 79 bytes (1 switches on core 0)`,
        ...hk(-4.2, 1, 8, 4187, 57),
        `[pid: 9|app: 0|req: 42/81] %IPOF:web#0% () {36 vars in 520 bytes} [${ut(-3.1)}] POST /pay/4191 => generated 54 bytes in 1742 msecs (HTTP/1.1 200) 2 headers in 72 bytes (1 switches on core 0)`,
        ...hk(-1.3, 2, 9, 4196, 61),
      ],
      'web#0/web': [ng(-4.2, 4187), `10.1.1.84 - - [${T.go(-3.1)}] "POST /api/payment/pay/4191 HTTP/1.1" 200 54`, ng(-1.3, 4196)],
      'cart#0/cart': [`{"level":"info","time":${Date.parse(T.isoMs(-3.09))},"pid":1,"hostname":"%POD%","req":{"id":912,"method":"DELETE","url":"/cart/4191"},"res":{"statusCode":200},"responseTime":3,"msg":"request completed","v":1}`],
      'dispatch#0/dispatch': [`${T.go(-3.05)} Order {"orderid":"4191"} received`],
    },
    grounding: `Manifests: instana/robot-shop K8s/helm (kit system scripts/kit-systems/robot-shop.mjs); payment is Python/Flask under uWSGI (payment.ini), it checks the PayPal gateway (PAYMENT_GATEWAY, https://paypal.com by default) with requests, deletes the cart and publishes to RabbitMQ for dispatch.
      Fault: uWSGI reads any option from UWSGI_<OPTION> environment variables; a values override added UWSGI_HARAKIRI=2 (meant as 20). Every payment request slower than 2 s (the external gateway call) has its worker SIGKILLed ("*** HARAKIRI ON WORKER ... ***", "DAMN ! worker ... died, killed by signal 9"), and web's nginx logs "upstream prematurely closed connection". The container never restarts and /health answers in 1 ms, so payment stays Ready. The old and new payment ReplicaSets differ only by that env var.
      Deviations: the uWSGI banner is abbreviated; the harakiri value is the invented change. Decoy: a dispatch image bump (2.1.1) five hours earlier that is healthy.`,
  }),
];
