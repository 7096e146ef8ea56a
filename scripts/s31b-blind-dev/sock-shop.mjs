// Batch s31b (blind dev): one Sock Shop incident on the session-2 system definition (complete-demo.yaml at 9dff06f).
// catalogue-db recreated after a Secret rotation renamed the key its env reads: CreateContainerConfigError, empty catalogue.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };

const kit = (T, min, kv) => `ts=${T.isoMs(min)} caller=logging.go:${kv.startsWith('method=Health') ? 118 : kv.startsWith('method=Count') ? 64 : 38} ${kv}`;
const morgan = (method, path, status, ms, size) => `${method} ${path} ${status} ${ms.toFixed(3)} ms - ${size}`;

const T1 = clock('2026-04-14T14:41:00Z');
const CHANGE = -23; // 14:18: the pod is deleted "to pick up the rotated password"

function catalogueLog(T) {
  const out = [];
  for (let m = -45; m < 0; m += 0.75) {
    const broken = m >= CHANGE;
    const i = Math.round((m + 45) * 4);
    if (broken && Math.abs(m - CHANGE) < 0.8) {
      out.push(`[mysql] ${T.go(CHANGE + 0.05)} packets.go:37: unexpected EOF`);
      out.push(`[mysql] ${T.go(CHANGE + 0.05)} packets.go:37: unexpected EOF`);
    }
    const took = (x) => `${(x + (i % 7) * 0.137).toFixed(6)}ms`;
    if (broken) {
      out.push(kit(T, m, `method=List tags= order=id pageNum=1 pageSize=6 result=0 err="database connection error" took=${took(1.2)}`));
      if (i % 2 === 0) out.push(kit(T, m + 0.1, `method=Count tags= result=0 err="database connection error" took=${took(0.9)}`));
      if (i % 3 === 0) out.push(kit(T, m + 0.2, `method=Health result=2 took=${took(0.05)}`));
    } else {
      out.push(kit(T, m, `method=List tags= order=id pageNum=1 pageSize=6 result=6 err=null took=${took(2.4)}`));
      if (i % 2 === 0) out.push(kit(T, m + 0.1, `method=Count tags= result=9 err=null took=${took(1.1)}`));
      if (i % 3 === 0) out.push(kit(T, m + 0.2, `method=Health result=2 took=${took(0.04)}`));
    }
  }
  return out;
}

function frontEndLog(T) {
  const out = [];
  for (let m = -40; m < 0; m += 0.6) {
    const broken = m >= CHANGE;
    const i = Math.round((m + 40) * 5);
    out.push(morgan('GET', '/', 200, 1.8 + (i % 5) * 0.31, 8688));
    out.push(morgan('GET', '/catalogue?page=1&size=6&tags=', 200, (broken ? 3.1 : 11.4) + (i % 4) * 0.7, broken ? 99 : 2711));
    out.push(morgan('GET', '/catalogue/size?tags=', 200, (broken ? 2.6 : 6.2) + (i % 3) * 0.4, broken ? 99 : 12));
    if (i % 3 === 0) out.push(morgan('GET', '/cart', 200, 14.2 + (i % 6), 2));
    if (i % 4 === 0) out.push(morgan('GET', '/tags', 200, (broken ? 2.9 : 5.3) + (i % 3) * 0.5, broken ? 99 : 107));
    if (!broken && i % 5 === 0) out.push(morgan('GET', '/catalogue/images/holy_1.jpeg', 200, 4.1, 34588));
  }
  return out;
}

export const scenarios = [
  {
    folder: 's31b-catalogue-db-secret-key-renamed',
    incidentTime: '2026-04-14T14:41:00Z',
    description: 'sock shop catalogue page shows no socks at all since ~14:20, front page is empty',
    expected: { component: 'catalogue-db', cause: 'config-missing' },
    difficulty: 'medium',
    traits: ['time-expression', 'decoy'],
    grounding: `
      The session-2 Sock Shop system (complete-demo.yaml at 9dff06f) gives catalogue-db MYSQL_ROOT_PASSWORD from
      secretKeyRef catalogue-db/root-password and MYSQL_DATABASE socksdb; catalogue reaches it at catalogue-db:3306 through
      its built-in DSN. The fault follows the common Secret-rotation incident: an External Secrets / sealed-secret change
      renamed the key to mysql-root-password; the running pod keeps its env, so nothing breaks until the pod is recreated.
      At 14:18 an engineer deleted the catalogue-db pod "to pick up the new password" (a single replica, so the Service has
      no serving pod from then on); the replacement stays Pending with CreateContainerConfigError and the kubelet's
      "Error: couldn't find key root-password in Secret sock-shop/catalogue-db" event, as the kubelet writes it.
      catalogue (Go, go-kit logfmt middleware, go-sql-driver/mysql) logs "unexpected EOF" from its pooled connections and
      then err="database connection error" on every List/Count while its /health stays 200, so it stays Ready; the
      front-end (Express, morgan "dev") proxies catalogue's error bodies with status 200, so only its response sizes change.
      Decoys: a healthy carts rollout two hours earlier and a queue-master container restarted three days ago.
      No secrets.json exists in a snapshot, so the Secret's current keys are not visible; the kubelet event names the key.
    `,
    workloads: {
      'catalogue-db': {
        pods: [
          {
            created: T1.iso(CHANGE + 0.02),
            phase: 'Pending',
            containers: {
              'catalogue-db': cs.waiting('CreateContainerConfigError', "couldn't find key root-password in Secret sock-shop/catalogue-db"),
            },
          },
        ],
        endpointsChanged: CHANGE,
        unavailableSince: CHANGE,
      },
      carts: { rollout: { at: -128 } },
      'queue-master': {
        pods: [
          {
            containers: {
              'queue-master': cs.restartedRunning({
                restarts: 1,
                startedAt: T1.iso(-60 * 24 * 3 - 37),
                last: { exitCode: 143, reason: 'Error', startedAt: T1.iso(-60 * 24 * 9), finishedAt: T1.iso(-60 * 24 * 3 - 37.5) },
              }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'rs:catalogue-db', reason: 'SuccessfulCreate', message: 'Created pod: catalogue-db-%RS%', first: CHANGE, source: 'replicaset-controller' },
      { on: 'pod:catalogue-db#0', reason: 'Scheduled', message: 'Successfully assigned sock-shop/%POD% to %NODE%', first: CHANGE + 0.01, source: 'default-scheduler' },
      { on: 'pod:catalogue-db#0', reason: 'Pulled', message: 'Container image "weaveworksdemos/catalogue-db:0.3.0" already present on machine', first: CHANGE + 0.05, last: -0.4, count: 104, fieldPath: 'spec.containers{catalogue-db}' },
      { on: 'pod:catalogue-db#0', reason: 'Failed', type: 'Warning', message: "Error: couldn't find key root-password in Secret sock-shop/catalogue-db", first: CHANGE + 0.05, last: -0.4, count: 104, fieldPath: 'spec.containers{catalogue-db}' },
    ],
    logs: {
      'catalogue#0/catalogue': catalogueLog(T1),
      'front-end#0/front-end': frontEndLog(T1),
      'front-end#1/front-end': frontEndLog(T1).filter((_, i) => i % 2 === 1),
      'carts#0/carts': [
        `${T1.java(-127.6)}  INFO [carts,,,] 7 --- [           main] works.weave.socks.cart.CartApplication   : Started CartApplication in 38.412 seconds (JVM running for 40.117)`,
        `${T1.java(-20.3)}  INFO [carts,,,] 7 --- [p-nio-80-exec-4] w.w.s.cart.controllers.CartsController   : Found cart for customer 57a98d98e4b00679b4a830b2`,
      ],
    },
    post: {
      // The kubelet's event names the pod the ReplicaSet created.
      'events.json': (list, ctx) => {
        const pod = ctx.read('pods.json').items.find((p) => p.metadata.name.startsWith('catalogue-db-'));
        for (const e of list.items) if (e.reason === 'SuccessfulCreate') e.message = `Created pod: ${pod.metadata.name}`;
      },
    },
  },
];
