// Batch s134a held-out spec for Sock Shop (system definition reused from the session-2 module).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';
export { system };

const T = clock('2026-04-21T10:12:00Z');
const kit = (min, kv) => `ts=${T.isoMs(min)} ${kv}`;
const NODE0 = 'ip-10-0-1-23.eu-west-1.compute.internal';
const list = (min, took) => kit(min, `caller=logging.go:22 method=List tags= order= pageNum=1 pageSize=6 result=0 err="database connection error" took=${took}`);
const count = (min, took) => kit(min, `caller=logging.go:57 method=Count tags= result=0 err="database connection error" took=${took}`);

const ss1 = {
  folder: 's134a-catalogue-empty-after-node-recycle',
  incidentTime: '2026-04-21T10:12:00Z',
  description: 'sock shop catalog page shows no socks / 500 on /catalogue since about 09:58. catalouge pod itself is green, no restarts',
  expected: { component: 'catalogue-db', cause: 'config-missing' },
  difficulty: 'medium',
  traits: ['louder-dependents', 'typo', 'time-expression', 'decoy'],
  grounding: `
    Manifest facts (complete-demo.yaml): catalogue-db takes MYSQL_ROOT_PASSWORD from secretKeyRef catalogue-db/
    root-password (this deployment's variant of the upstream literal value), catalogue (Go, go-kit) reaches it at
    catalogue-db:3306 and answers "database connection error" when its sqlx pool cannot connect. Fault: a secret
    rotation job re-created Secret catalogue-db with the key renamed to mysql-root-password; the running pod kept its
    environment, but at 09:57 a node drain for kernel patching (cordon, drain, uncordon) deleted it and the replacement pod fails with
    CreateContainerConfigError "couldn't find key root-password in Secret sock-shop/catalogue-db" (the kubelet's real
    message). The catalogue-db Service has no ready endpoint; catalogue stays Ready (its /health does not check the DB)
    and logs the errors. Decoy: carts was OOMKilled three days ago and has run since. Deviations: the rotation job and
    the secretKeyRef are this deployment's, not upstream's.`,
  workloads: {
    'catalogue-db': {
      pods: [{ created: T.iso(-14.5), node: NODE0, containers: { 'catalogue-db': cs.waiting('CreateContainerConfigError', "couldn't find key root-password in Secret sock-shop/catalogue-db") } }],
    },
    carts: {
      pods: [{ containers: { carts: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 + 0.3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 8), finishedAt: T.iso(-60 * 24 * 3) } }) } }],
    },
  },
  events: [
    { on: 'pod:catalogue-db#0', source: 'default-scheduler', reason: 'Scheduled', message: 'Successfully assigned sock-shop/%POD% to %NODE%', first: -14.5 },
    { on: 'pod:catalogue-db#0', reason: 'Pulled', message: 'Container image "weaveworksdemos/catalogue-db:0.3.0" already present on machine', first: -14.3, last: -0.4, count: 66, fieldPath: 'spec.containers{catalogue-db}' },
    { on: 'pod:catalogue-db#0', reason: 'Failed', type: 'Warning', message: "Error: couldn't find key root-password in Secret sock-shop/catalogue-db", first: -14.3, last: -0.4, count: 66, fieldPath: 'spec.containers{catalogue-db}' },
  ],
  logs: {
    'catalogue#0/catalogue': [
      kit(-20, 'caller=logging.go:22 method=List tags= order= pageNum=1 pageSize=6 result=6 err=null took=2.114871ms'),
      kit(-19, 'caller=logging.go:57 method=Count tags= result=9 err=null took=1.09201ms'),
      kit(-14, 'caller=logging.go:22 method=List tags= order= pageNum=1 pageSize=6 result=6 err=null took=1.883102ms'),
      list(-13.6, '5.000912311s'), count(-13.5, '5.001193877s'),
      kit(-13, 'caller=logging.go:80 method=Get id=3395a43e-2d88-40de-b95f-e00e1502085b sock="{ID: Name: Description: ImageURL: Price:0 Count:0 Tags:}" err="database connection error" took=5.00077142s'),
      list(-9, '3.91034ms'), count(-8.9, '2.87714ms'), list(-5, '4.00211ms'), list(-1.2, '3.11092ms'), count(-1.1, '2.90031ms'),
      kit(-0.6, 'caller=logging.go:46 method=Health result=2 took=11.3µs'),
    ],
    'front-end#0/front-end': [
      'Request received: /catalogue?page=1&size=6, undefined',
      'Error with log in: undefined',
      'GET /catalogue?page=1&size=6 500 5012.771 ms - 25',
      'GET /catalogue/size?tags= 500 5004.118 ms - 25',
      'GET /catalogue?page=1&size=6 500 7.102 ms - 25',
      'GET /cart 200 11.020 ms - 2',
    ],
    'carts#0/carts': [
      `${T.java(-40)}  INFO [carts,,,] 7 --- [p-nio-80-exec-4] o.s.web.servlet.DispatcherServlet        : FrameworkServlet 'dispatcherServlet': initialization completed in 32 ms`,
    ],
  },
};

export const scenarios = [ss1];
