// Blind held-out batch s124a: one Sock Shop scenario (split test) for the scenario kit (scripts/s2-scenario-kit.mjs).
// System part of scripts/s2-scenarios/sock-shop.mjs; grounding notes in the scenario.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };
const I = '2026-05-21T15:05:00Z';
const T = clock(I);
const N3 = 'ip-10-0-3-91.eu-west-1.compute.internal';
const kit = (min, kv) => `ts=${T.isoMs(min)} ${kv}`;

export const scenarios = [
  {
    folder: 's124a-catalogue-db-secret-gone',
    incidentTime: I,
    description: 'shop page shows no socks since lunch, cart + login fine. platform team did a secrets cleanup today fyi',
    expected: { component: 'catalogue-db', cause: 'config-missing' },
    alsoAcceptable: [{ component: 'catalogue-db', cause: 'dependency-down' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'team-name'],
    workloads: {
      'catalogue-db': {
        pods: [{ node: N3, created: T.iso(-38), containers: { 'catalogue-db': cs.waiting('CreateContainerConfigError', 'secret "catalogue-db" not found') } }],
        endpointsChanged: -38,
        unavailableSince: -38,
      },
    },
    events: [
      { on: 'rs:catalogue-db', reason: 'SuccessfulCreate', message: 'Created pod: catalogue-db-%RS%', first: -38, last: -38 },
      { on: 'pod:catalogue-db#0', source: 'default-scheduler', reason: 'Scheduled', message: `Successfully assigned sock-shop/%POD% to ${N3}`, first: -38, last: -38 },
      { on: 'pod:catalogue-db#0', reason: 'Pulled', message: 'Container image "weaveworksdemos/catalogue-db:0.3.0" already present on machine', first: -37.8, last: -0.9, count: 176 },
      { on: 'pod:catalogue-db#0', type: 'Warning', reason: 'Failed', message: 'Error: secret "catalogue-db" not found', first: -37.8, last: -0.9, count: 176 },
    ],
    logs: {
      'catalogue#0/catalogue': [
        kit(-60 * 24 * 9, 'caller=main.go:114 transport=HTTP port=80'),
        kit(-45.2, 'caller=logging.go:62 method=List tags= order= pageNum=1 pageSize=6 result=6 err=null took=1.91ms'),
        kit(-38.4, 'caller=logging.go:62 method=List tags= order= pageNum=1 pageSize=6 result=0 err="database connection error" took=2.43ms'),
        kit(-38.4, 'caller=logging.go:62 method=Tags result=0 err="database connection error" took=1.12ms'),
        kit(-20.1, 'caller=logging.go:62 method=Count tags= result=0 err="database connection error" took=1.36ms'),
        kit(-2.0, 'caller=logging.go:62 method=List tags= order= pageNum=1 pageSize=6 result=0 err="database connection error" took=1.8ms'),
        kit(-1.5, 'caller=logging.go:84 method=Health result=2 took=1.04ms'),
      ],
      'front-end#0/front-end': [
        'Using the redis based session manager',
        'App now running in production mode on port 8079',
        'GET /catalogue?size=6 500 5.201 ms - 49',
        'GET /catalogue/size?tags= 500 3.114 ms - 49',
        'GET /cart 200 14.002 ms - 2',
      ],
      'front-end#1/front-end': [
        'Using the redis based session manager',
        'App now running in production mode on port 8079',
        'GET /login 200 31.552 ms - -',
        'GET /catalogue?page=1&size=6 500 4.870 ms - 49',
      ],
    },
    grounding: `
      Manifest facts: catalogue-db takes MYSQL_ROOT_PASSWORD from secretKeyRef catalogue-db/root-password (as the kit's
      sock-shop system has it); catalogue reads it over catalogue-db:3306. Fault follows the
      kubelet behaviour for a missing Secret referenced by env (CreateContainerConfigError, Event "Error: secret ... not found",
      documented in kubernetes/kubernetes issues on secret cleanup jobs): the Secret was removed by a cleanup, which the running pod
      did not notice; when its pod was recreated (the node it ran on was recycled earlier) the container cannot be created, the
      Service has no endpoints and catalogue answers "database connection error" (its Go kit logging). The front-end lines are
      its morgan log. No other deviation.
    `,
  },
];
