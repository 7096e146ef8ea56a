// s15 blind dev scenario for Sock Shop: a spec for the kit (scripts/s2-scenario-kit.mjs) on the session-2 system definition
// in scripts/s2-scenarios/sock-shop.mjs; built by scripts/s15-build-blind-dev.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };

const range = (from, to, step) => {
  const out = [];
  for (let m = from; m < to; m += step) out.push(Math.round(m * 100) / 100);
  return out;
};
const T = clock('2026-10-30T19:47:00Z');
const SPIKE = -21;
/** go-kit logfmt with ts (RFC3339Nano) and caller, as catalogue's main.go builds its logger. */
const gk = (m, caller, kv) =>
  `ts=${T.isoMs(m).replace('Z', `${String(Math.round(Math.abs(m) * 7919) % 1000000).padStart(6, '0')}Z`)} caller=${caller} ${kv}`;

const catalogueLogs = (i, start) => {
  const L = [];
  L.push(gk(start, 'main.go:89', 'transport=HTTP port=80'));
  let n = 0;
  for (const m of range(Math.max(start + 0.2, -45), -0.1, i === 0 ? 0.08 : 0.1)) {
    n++;
    const bad = m > SPIKE + 4 && n % 3 !== 0;
    if (bad) {
      L.push(gk(m, 'service.go:92', 'databaseerror="Error 1040: Too many connections"'));
      L.push(
        gk(
          m,
          'logging.go:32',
          `method=List tags= order=id pageNum=1 pageSize=6 result=0 err="database connection error" took=${(1.2 + (n % 5) * 0.31).toFixed(6)}ms`,
        ),
      );
    } else {
      L.push(
        gk(
          m,
          'logging.go:32',
          `method=List tags= order=id pageNum=1 pageSize=6 result=6 err=null took=${((m > SPIKE ? 48 + (n % 40) : 2 + (n % 3)) + ((n * 0.137) % 1)).toFixed(6)}ms`,
        ),
      );
    }
    if (n % 5 === 0) {
      if (bad) {
        L.push(gk(m + 0.01, 'service.go:130', 'databaseerror="Error 1040: Too many connections"'));
        L.push(
          gk(
            m + 0.01,
            'logging.go:48',
            `method=Count tags= result=0 err="database connection error" took=1.1${n % 10}0412ms`,
          ),
        );
      } else
        L.push(gk(m + 0.01, 'logging.go:48', `method=Count tags= result=9 err=null took=1.8${n % 10}1204ms`));
    }
    if (n % 11 === 0) L.push(gk(m + 0.02, 'logging.go:82', 'method=Health result=2 took=0.8412ms'));
  }
  return L;
};
const frontLogs = (i) => {
  const L = [];
  let n = 0;
  for (const m of range(-45, -0.1, m0(i))) {
    n++;
    const bad = m > SPIKE + 4 && n % 3 !== 0;
    L.push(
      `GET /catalogue?page=1&size=6 ${bad ? 500 : 200} ${(bad ? 3 : m > SPIKE ? 55 : 6) + (n % 7)}.${String((n * 37) % 1000).padStart(3, '0')} ms - ${bad ? 0 : 2918}`,
    );
    if (n % 4 === 0)
      L.push(
        `GET /catalogue/size?tags= ${bad ? 500 : 200} ${2 + (n % 5)}.${String((n * 53) % 1000).padStart(3, '0')} ms - ${bad ? 0 : 10}`,
      );
    if (n % 6 === 0)
      L.push(`GET /cart 200 ${8 + (n % 9)}.${String((n * 11) % 1000).padStart(3, '0')} ms - 2`);
  }
  return L;
};
function m0(i) {
  return i === 0 ? 0.09 : 0.11;
}
const dbLogs = () => {
  const L = [];
  const my = (m, id, lvl, msg) =>
    `${T.isoMs(m).replace('Z', '')}${String((id * 13) % 1000).padStart(3, '0')}Z ${id} [${lvl}] ${msg}`;
  L.push(my(-60 * 24 * 9 + 0.3, 0, 'Note', 'mysqld: ready for connections.'));
  L.push(
    `Version: '5.7.25'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server (GPL)`,
  );
  let id = 48811;
  for (const m of range(SPIKE + 5, -0.2, 0.9)) {
    id += 37;
    L.push(
      my(
        m,
        id,
        'Note',
        `Aborted connection ${id} to db: 'socksdb' user: 'catalogue_user' host: '%IPOF:catalogue#${id % 4}%' (Got an error reading communication packets)`,
      ),
    );
  }
  return L;
};

const starts = [-60 * 24 * 9, SPIKE + 1.2, SPIKE + 1.3, SPIKE + 3.4];
const spec = {
  folder: 's15-catalogue-db-too-many-connections',
  description:
    'sock shop catalogue is mostly empty / socks grid fails to load for a lot of ppl since the promo email went out ~20 mins ago. cart + login seem ok',
  incidentTime: '2026-10-30T19:47:00Z',
  expected: { component: 'catalogue-db', cause: 'resource-exhaustion' },
  alsoAcceptable: [{ component: 'catalogue', cause: 'resource-exhaustion' }],
  difficulty: 'hard',
  traits: ['pods-ready', 'decoy', 'time-expression'],
  grounding: `
    Manifest facts (microservices-demo/microservices-demo deploy/kubernetes/complete-demo.yaml at 9dff06f): catalogue (Go,
    weaveworksdemos/catalogue:0.3.5) reads socksdb on catalogue-db:3306 through sqlx/database/sql, whose pool has no
    SetMaxOpenConns in catalogue's main.go (unbounded); catalogue-db is a MySQL 5.7 image with the default max_connections
    of 151; catalogue's /health probe answers 200 whatever the database says. The fault follows the classic MySQL
    "Error 1040: Too many connections" outage (MySQL reference manual B.3.2.5, many public post-mortems): a promo email
    at 19:26 multiplies catalogue traffic, an HPA the team added (deviation: upstream ships none; minReplicas 1, maxReplicas 4
    on CPU) scales catalogue from 1 to 4 pods, and four unbounded pools together open more connections than catalogue-db
    allows. From 19:30 most List/Count queries fail: service.go logs the driver error (go-kit drops the space of its key
    "database error") and the logging middleware logs err="database connection error"; front-end answers 500 on /catalogue.
    catalogue-db stays Running and Ready (no probe) and logs aborted connections. The exhausted resource is catalogue-db's
    connection slots; naming catalogue's unbounded pool as the exhausted resource is also accepted. Decoys: the HPA scale-up
    looks like a healthy reaction, and carts was OOMKilled two days ago. Deviations: 4 catalogue pods from the HPA, front-end
    morgan lines abridged, MySQL 5.7.25 reported by the image.`,
  workloads: {
    catalogue: {
      replicas: 4,
      // readinessProbe initialDelaySeconds 180: a new pod turns Ready about three minutes after it starts
      pods: starts.map((s) => ({ created: T.iso(s), readyTransition: T.iso(s + 3.1) })),
    },
    carts: {
      pods: [
        {
          containers: {
            carts: cs.restartedRunning({
              restarts: 1,
              startedAt: T.iso(-60 * 24 * 2 + 0.5),
              last: {
                exitCode: 137,
                reason: 'OOMKilled',
                startedAt: T.iso(-60 * 24 * 9),
                finishedAt: T.iso(-60 * 24 * 2 + 0.4),
              },
            }),
          },
        },
      ],
    },
  },
  hpas: [
    {
      name: 'catalogue',
      spec: {
        scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'catalogue' },
        minReplicas: 1,
        maxReplicas: 4,
        metrics: [
          {
            type: 'Resource',
            resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 60 } },
          },
        ],
      },
      status: {
        lastScaleTime: T.iso(SPIKE + 3.2),
        currentReplicas: 4,
        desiredReplicas: 4,
        currentMetrics: [
          {
            type: 'Resource',
            resource: { name: 'cpu', current: { averageUtilization: 71, averageValue: '71m' } },
          },
        ],
        conditions: [
          {
            type: 'AbleToScale',
            status: 'True',
            lastTransitionTime: T.iso(SPIKE + 3.2),
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
          {
            type: 'ScalingLimited',
            status: 'True',
            lastTransitionTime: T.iso(SPIKE + 3.2),
            reason: 'TooManyReplicas',
            message: 'the desired replica count is more than the maximum replica count',
          },
        ],
      },
    },
  ],
  events: [
    {
      on: 'hpa:catalogue',
      reason: 'SuccessfulRescale',
      message: 'New size: 3; reason: cpu resource utilization (percentage of request) above target',
      first: SPIKE + 1.1,
    },
    {
      on: 'hpa:catalogue',
      reason: 'SuccessfulRescale',
      message: 'New size: 4; reason: cpu resource utilization (percentage of request) above target',
      first: SPIKE + 3.2,
    },
    {
      on: 'deploy:catalogue',
      reason: 'ScalingReplicaSet',
      message: 'Scaled up replica set catalogue-%NEW% to 3 from 1',
      first: SPIKE + 1.1,
    },
    {
      on: 'deploy:catalogue',
      reason: 'ScalingReplicaSet',
      message: 'Scaled up replica set catalogue-%NEW% to 4 from 3',
      first: SPIKE + 3.2,
    },
    {
      on: 'pod:catalogue#1',
      reason: 'Scheduled',
      source: 'default-scheduler',
      message: 'Successfully assigned sock-shop/%POD% to %NODE%',
      first: SPIKE + 1.2,
    },
    {
      on: 'pod:catalogue#2',
      reason: 'Scheduled',
      source: 'default-scheduler',
      message: 'Successfully assigned sock-shop/%POD% to %NODE%',
      first: SPIKE + 1.3,
    },
    {
      on: 'pod:catalogue#3',
      reason: 'Scheduled',
      source: 'default-scheduler',
      message: 'Successfully assigned sock-shop/%POD% to %NODE%',
      first: SPIKE + 3.4,
    },
  ],
  logs: {
    'catalogue#0/catalogue': catalogueLogs(0, starts[0]),
    'catalogue#1/catalogue': catalogueLogs(1, starts[1]),
    'catalogue#2/catalogue': catalogueLogs(2, starts[2]),
    'catalogue#3/catalogue': catalogueLogs(3, starts[3]),
    'catalogue-db#0/catalogue-db': dbLogs(),
    'front-end#0/front-end': frontLogs(0),
    'front-end#1/front-end': frontLogs(1),
  },
};

export const scenarios = [spec];
