// Blind held-out batch s96b: one Stan's Robot Shop scenario (split test) as a compact spec for the scenario kit
// (scripts/s2-scenario-kit.mjs); the system is scripts/kit-systems/robot-shop.mjs, defaults through withDefaults.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const I = '2026-07-14T08:12:00Z';
const T = clock(I);
const OOM_AT = -60 * 24 * 3 - 137; // Friday evening
const nginx = (min, path, status, bytes, ua = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36') => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  const p = (n) => String(n).padStart(2, '0');
  return `10.1.2.137 - - [${p(d.getUTCDate())}/${mon}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000] "GET ${path} HTTP/1.1" ${status} ${bytes} "http://shop.robotshop.example/" "${ua}"`;
};

export const scenarios = [
  withDefaults({
    folder: 's96b-cart-restart-alert',
    description: 'weekend alert "KubePodRestarted rs-cart OOMKilled" still firing on the dashboard this morning - is basket broken? can someone from basket check',
    incidentTime: I,
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'partial-name', 'team-name'],
    workloads: {
      cart: {
        pods: [{ containers: { cart: cs.restartedRunning({ restarts: 1, startedAt: T.iso(OOM_AT + 0.05), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(OOM_AT) } }) } }],
      },
    },
    events: [],
    logs: {
      'cart#0/cart': [
        pino(T, OOM_AT + 0.06, 'info', '%POD%', 'Started on port 8080'),
        pino(T, OOM_AT + 0.07, 'info', '%POD%', 'Redis READY'),
        pino(T, -41.3, 'info', '%POD%', 'request completed', '"req":{"id":4417,"method":"GET","url":"/cart/3f1a9c2e","headers":{"host":"cart:8080"}},"res":{"statusCode":200},"responseTime":3,'),
        pino(T, -17.8, 'info', '%POD%', 'request completed', '"req":{"id":4418,"method":"GET","url":"/add/3f1a9c2e/Watson/1","headers":{"host":"cart:8080"}},"res":{"statusCode":200},"responseTime":14,'),
        pino(T, -6.2, 'info', '%POD%', 'request completed', '"req":{"id":4419,"method":"GET","url":"/cart/3f1a9c2e","headers":{"host":"cart:8080"}},"res":{"statusCode":200},"responseTime":2,'),
      ],
      'cart#0/cart/previous': [
        pino(T, OOM_AT - 0.9, 'info', '%POD%', 'request completed', '"req":{"id":91532,"method":"GET","url":"/cart/anonymous-7","headers":{"host":"cart:8080"}},"res":{"statusCode":200},"responseTime":4,'),
      ],
      'web#0/web': [
        nginx(-41.3, '/api/cart/cart/3f1a9c2e', 200, 312),
        nginx(-17.8, '/api/cart/add/3f1a9c2e/Watson/1', 200, 344),
        nginx(-6.2, '/api/cart/cart/3f1a9c2e', 200, 344),
        nginx(-6.1, '/api/catalogue/products', 200, 2261),
      ],
      'catalogue#0/catalogue': [
        pino(T, -6.1, 'info', '%POD%', 'request completed', '"req":{"id":2210,"method":"GET","url":"/products","headers":{"host":"catalogue:8080"}},"res":{"statusCode":200},"responseTime":5,'),
      ],
    },
    grounding: `
      instana/robot-shop K8s/helm (55292e2): cart is one replica of robotshop/rs-cart:2.1.0 (Node.js, pino logs) with a 100Mi
      memory limit, keeping carts in redis. The cart container was OOMKilled once three days before the incident (exit 137) and has
      run cleanly since: the restart counter stays at 1, the kubelet events of that restart have long expired, and the current
      logs show cart, catalogue and the web proxy answering 200. A restart-count alert that keeps showing a stale restart is the
      usual source of this question (kube-state-metrics restarts counter; the alert fires on the increase and the dashboard keeps
      it). Nothing is wrong in the cluster now: a no-fault scenario. Deviations from upstream: none; log lines are written in the
      services' formats (pino, nginx combined), not copied from a run.
    `,
  }),
];
