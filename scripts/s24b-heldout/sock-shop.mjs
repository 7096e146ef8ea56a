// Blind held-out scenario (batch s24b, split: test) for Sock Shop, in the kit's spec format (scripts/s2-scenario-kit.mjs):
// catalogue-db recreated by the descheduler after its root-password Secret was removed days earlier (config-missing).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };

const N0 = 'ip-10-0-1-23.eu-west-1.compute.internal';
const N2 = 'ip-10-0-3-91.eu-west-1.compute.internal';

const T1 = clock('2026-05-12T14:41:00Z');
const kit = (min, kv) => `ts=${T1.isoMs(min)} ${kv}`;
const took = (i) => `${(1.1 + (Math.abs(Math.round(i * 10)) % 7) * 0.37).toFixed(6)}ms`;

const catalogueLog = (offset) => {
  const out = [
    kit(-60 * 24 * 9 + 0.3, 'caller=main.go:93 transport=HTTP port=80'),
  ];
  for (let m = -40; m < -21.5; m += 2.5)
    out.push(kit(m + offset, `caller=logging.go:32 method=List tags= order=id pageNum=1 pageSize=6 result=6 err=null took=${took(m)}`),
      kit(m + offset + 0.02, `caller=logging.go:80 method=Tags result=12 err=null took=${took(m + 3)}`));
  let i = 0;
  for (let m = -21.3; m < -0.2; m += 1.4, i++) {
    out.push(
      kit(m + offset, `caller=service.go:80 database_error="dial tcp %SVCIP:catalogue-db%:3306: connect: connection refused"`),
      kit(m + offset + 0.001, `caller=logging.go:32 method=List tags= order=id pageNum=1 pageSize=6 result=0 err="database connection error" took=${took(i)}`),
    );
    if (i % 3 === 0)
      out.push(kit(m + offset + 0.01, `caller=service.go:213 database_error="dial tcp %SVCIP:catalogue-db%:3306: connect: connection refused"`),
        kit(m + offset + 0.011, `caller=logging.go:80 method=Tags result=0 err="database connection error" took=${took(i + 2)}`));
    if (i % 4 === 1) out.push(kit(m + offset + 0.3, `caller=logging.go:87 method=Health result=2 took=${took(i + 4)}`));
  }
  return out;
};

const frontEndLog = (offset) => {
  const out = [];
  for (let m = -30; m < -0.3; m += 1.7) {
    const broken = m > -21.4;
    out.push(
      `GET / 200 ${(3 + (Math.abs(m) % 4)).toFixed(3)} ms - 8688`,
      `GET /catalogue?page=1&size=6&tags= 200 ${(6 + (Math.abs(m) % 5)).toFixed(3)} ms - ${broken ? 86 : 2287}`,
      `GET /tags 200 ${(2 + (Math.abs(m) % 3)).toFixed(3)} ms - ${broken ? 86 : 107}`,
      `GET /cart 200 ${(9 + (Math.abs(m + offset) % 6)).toFixed(3)} ms - ${broken ? 2 : 315}`,
    );
  }
  return out;
};

export const scenarios = [
  {
    folder: 's24b-catalogue-db-secret-missing',
    incidentTime: '2026-05-12T14:41:00Z',
    description: 'shop page shows no socks at all, catalogue empty since ~14:20. front-end looks up??',
    expected: { component: 'catalogue-db', cause: 'config-missing' },
    difficulty: 'medium',
    traits: ['time-expression', 'decoy'],
    grounding: `
      complete-demo.yaml (9dff06f) as the session-2 system has it: catalogue-db (weaveworksdemos/catalogue-db:0.3.0) takes
      MYSQL_ROOT_PASSWORD from secretKeyRef catalogue-db/root-password; catalogue connects to catalogue-db:3306 and its
      /health answers 200 even when the DB ping fails (catalogue service.go Health), so catalogue stays Ready.
      Incident: the Secret was removed five days earlier when the team moved credentials to a differently named synced
      Secret; the running catalogue-db pod kept its resolved env. At 14:19 the descheduler (LowNodeUtilization) evicted
      it; the replacement on another node sits in CreateContainerConfigError, 'secret "catalogue-db" not found' (the
      kubelet text), phase Pending, so the catalogue-db Service has no endpoints and catalogue's sqlx calls get
      'connect: connection refused' (catalogue service.go logs "database error", returns ErrDBConnection "database
      connection error"). front-end pipes catalogue's error body through with 200 (helpers.simpleHttpRequest), so its
      morgan lines show 200 with tiny bodies. Decoy: a healthy user rollout restart 45 minutes before.
      Expected: catalogue-db config-missing (the Secret it needs does not exist).`,
    workloads: {
      'catalogue-db': {
        pods: [{
          node: N2,
          created: T1.iso(-21.6),
          phase: 'Pending',
          readyTransition: T1.iso(-21.6),
          containers: { 'catalogue-db': cs.waiting('CreateContainerConfigError', 'secret "catalogue-db" not found') },
        }],
        unavailableSince: -21.6,
        endpointsChanged: -21.7,
      },
      user: {
        rollout: { at: -45, revision: 6 },
        patch: { podAnnotations: { 'kubectl.kubernetes.io/restartedAt': T1.iso(-45) } },
      },
    },
    events: [
      { on: 'pod:catalogue-db#0', reason: 'Scheduled', message: `Successfully assigned sock-shop/%POD% to ${N2}`, source: 'default-scheduler', first: -21.6 },
      { on: 'pod:catalogue-db#0', reason: 'Pulled', message: 'Container image "weaveworksdemos/catalogue-db:0.3.0" already present on machine', first: -21.5, last: -0.4, count: 97, fieldPath: 'spec.containers{catalogue-db}' },
      { on: 'pod:catalogue-db#0', type: 'Warning', reason: 'Failed', message: 'Error: secret "catalogue-db" not found', first: -21.5, last: -0.4, count: 97, fieldPath: 'spec.containers{catalogue-db}' },
      { on: 'rs:catalogue-db', reason: 'SuccessfulCreate', message: 'Created pod: %NEWPOD%', first: -21.6 },
      { on: 'deploy:user', reason: 'ScalingReplicaSet', message: 'Scaled up replica set user-%NEW% to 1', first: -45 },
      { on: 'deploy:user', reason: 'ScalingReplicaSet', message: 'Scaled down replica set user-%OLD% to 0 from 1', first: -44.4 },
      { on: 'pod:user#0', reason: 'Scheduled', message: 'Successfully assigned sock-shop/%POD% to %NODE%', source: 'default-scheduler', first: -45 },
      { on: 'pod:user#0', reason: 'Pulled', message: 'Container image "weaveworksdemos/user:0.4.7" already present on machine', first: -44.9, fieldPath: 'spec.containers{user}' },
      { on: 'pod:user#0', reason: 'Created', message: 'Created container user', first: -44.9, fieldPath: 'spec.containers{user}' },
      { on: 'pod:user#0', reason: 'Started', message: 'Started container user', first: -44.9, fieldPath: 'spec.containers{user}' },
    ],
    logs: {
      'catalogue#0/catalogue': catalogueLog(0),
      'front-end#0/front-end': frontEndLog(0),
      'front-end#1/front-end': frontEndLog(0.4),
      'user#0/user': [
        `ts=${T1.isoMs(-44.8)} caller=main.go:76 transport=HTTP port=80`,
        ...[-40, -31, -22, -13, -4].map((m) => `ts=${T1.isoMs(m)} caller=logging.go:39 method=Login result=true took=2.914301ms`),
      ],
    },
  },
];

// Events the kit cannot write (the evicted pod no longer exists): the descheduler's eviction and the kubelet stopping it.
export const extraEvents = {
  's24b-catalogue-db-secret-missing': [
    { pod: 'catalogue-db-old', node: N0, reason: 'Descheduled', type: 'Normal', component: 'sigs.k8s.io/descheduler', message: `pod evicted from ${N0} node by sigs.k8s.io/descheduler`, at: -21.7 },
    { pod: 'catalogue-db-old', node: N0, reason: 'Killing', type: 'Normal', component: 'kubelet', message: 'Stopping container catalogue-db', at: -21.7, fieldPath: 'spec.containers{catalogue-db}' },
  ],
};
