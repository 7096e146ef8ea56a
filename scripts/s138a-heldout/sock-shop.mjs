import { clock, cs } from '../s2-scenario-kit.mjs';
export { system } from '../s2-scenarios/sock-shop.mjs';

const T = clock('2026-06-03T09:48:00Z');
const NODE_B = 'ip-10-0-2-148.eu-west-1.compute.internal';
const NODE_C = 'ip-10-0-3-91.eu-west-1.compute.internal';
const cat = [];
for (let m = -45; m < -0.4; m += 0.8) {
  const bad = m > -21.5;
  cat.push(`ts=${T.isoMs(m)} caller=logging.go:80 method=List tags= order=id pageNum=1 pageSize=6 result=${bad ? 0 : 6} err=${bad ? '"database connection error"' : 'null'} took=${bad ? '1.0021s' : '1.84ms'}`);
  if (!bad) cat.push(`ts=${T.isoMs(m + 0.1)} caller=logging.go:72 method=Count tags= result=9 err=null took=912.4µs`);
  else cat.push(`ts=${T.isoMs(m + 0.1)} caller=logging.go:31 method=Health result=2 took=2.3ms`);
}
cat.splice(10, 0, `ts=${T.isoMs(-37)} caller=logging.go:31 method=Health result=2 took=1.1ms`);
const fe = [];
for (let m = -40; m < -0.5; m += 1.1) {
  fe.push(`Request received: /catalogue?size=5, undefined`);
  if (m > -21) {
    fe.push(`Error: Internal Server Error`);
    fe.push(`    at Request._callback (/usr/src/app/api/catalogue/index.js:18:17)`);
    fe.push(`GET /catalogue?size=5 500 ${1004 + Math.round(-m)}.318 ms - 59`);
  } else fe.push(`GET /catalogue?size=5 200 ${6 + Math.round(-m) % 4}.201 ms - 1142`);
  fe.push(`GET /cart 200 ${11 + Math.round(-m) % 5}.774 ms - 2`);
}

export const scenarios = [
  {
    folder: 's138a-catalogue-empty-after-node-rotate',
    incidentTime: '2026-06-03T09:48:00Z',
    description: 'sockshop catalog page empty / 500 for ~25 min. platform rotated nodes in eu-west-1b this morning, cataloge svc itself is up',
    expected: { component: 'catalogue-db', cause: 'config-missing' },
    difficulty: 'medium',
    traits: ['louder-dependents', 'decoy', 'typo', 'time-expression', 'bad-credentials'],
    grounding: `
      Manifest (complete-demo.yaml as modelled by the kit): catalogue-db reads MYSQL_ROOT_PASSWORD from Secret catalogue-db key root-password;
      catalogue (Go) reads socksdb on catalogue-db:3306 and answers "database connection error" when the DB cannot be reached; front-end
      calls catalogue. Fault: a secrets-rotation job recreated Secret catalogue-db with a renamed key; the running pod kept its old env,
      but the node rotation in eu-west-1b drained it ~22 minutes ago and the replacement pod on another node cannot start: the kubelet
      reports CreateContainerConfigError "couldn't find key root-password in Secret sock-shop/catalogue-db" (the exact kubelet wording),
      a well-known pattern from Kubernetes issues about secretKeyRef keys renamed under a running workload. The catalogue-db Service has no
      endpoints as a consequence, so catalogue and front-end log errors while their pods stay Ready. Decoy: carts has one old OOMKilled
      restart from three days ago. Deviations: upstream complete-demo.yaml sets MYSQL_ROOT_PASSWORD as a literal; the kit models a Secret.
    `,
    workloads: {
      'catalogue-db': {
        pods: [{ node: NODE_C, created: T.iso(-21.8), readyTransition: T.iso(-21.8), ready: false, containers: { 'catalogue-db': cs.waiting('CreateContainerConfigError', "couldn't find key root-password in Secret sock-shop/catalogue-db") } }],
        unavailableSince: -22,
        endpointsChanged: -22,
      },
      carts: {
        pods: [{ containers: { carts: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 - 12), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 12.3) } }) } }],
      },
    },
    events: [
      { on: 'node:' + NODE_B, reason: 'NodeNotSchedulable', message: `Node ${NODE_B} status is now: NodeNotSchedulable`, first: -23, last: -23 },
      { on: 'rs:catalogue-db', reason: 'SuccessfulCreate', message: 'Created pod: %POD%', first: -21.8, last: -21.8 },
      { on: 'pod:catalogue-db#0', reason: 'Scheduled', source: 'default-scheduler', message: `Successfully assigned sock-shop/%POD% to ${NODE_C}`, first: -21.8, last: -21.8 },
      { on: 'pod:catalogue-db#0', reason: 'Pulled', message: 'Container image "weaveworksdemos/catalogue-db:0.3.0" already present on machine', first: -21.7, last: -0.6, count: 98, fieldPath: 'spec.containers{catalogue-db}' },
      { on: 'pod:catalogue-db#0', reason: 'Failed', type: 'Warning', message: "Error: couldn't find key root-password in Secret sock-shop/catalogue-db", first: -21.7, last: -0.6, count: 98, fieldPath: 'spec.containers{catalogue-db}' },
    ],
    logs: {
      'catalogue#0/catalogue': cat,
      'front-end#0/front-end': fe,
      'front-end#1/front-end': fe.filter((_, i) => i % 3 !== 1),
    },
  },
];
