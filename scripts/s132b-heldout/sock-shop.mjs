// Batch s132b (held-out) — Sock Shop scenario, written blind against the s2 system definition.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };

const T5 = clock('2026-08-19T07:52:00Z');
const gokit = (min, rest) => `ts=${T5.isoMs(min).replace(/\.(\d{3})Z$/, '.$1Z')} ${rest}`;
const s5 = {
  folder: 's132b-catalogue-db-secret-key',
  description: 'sock shop catalogue page empty / 500 since the node rotation this morning (~07:35). catlogue pods are up',
  incidentTime: '2026-08-19T07:52:00Z',
  expected: { component: 'catalogue-db', cause: 'config-missing' },
  difficulty: 'medium',
  traits: ['louder-dependents', 'typo', 'time-expression'],
  grounding: `
    Sock Shop complete-demo manifest: catalogue-db (MySQL, weaveworksdemos/catalogue-db:0.3.0) reads
    MYSQL_ROOT_PASSWORD from secretKeyRef catalogue-db/root-password; catalogue (Go, go-kit) connects to it at
    catalogue-db:3306. Deviation: upstream sets the password as a literal env value; here it comes from a Secret, and a
    secret re-creation during a credentials rotation left the Secret without the root-password key. Nothing shows
    while the old pod runs; when the node rotation evicts it, the new pod cannot start and the kubelet reports
    CreateContainerConfigError with "couldn't find key root-password in Secret sock-shop/catalogue-db" (the real
    kubelet message). The catalogue-db Service has no endpoints, catalogue logs MySQL dial errors and front-end logs
    500s from /catalogue.`,
  workloads: {
    'catalogue-db': {
      pods: [{ created: T5.iso(-17), containers: { 'catalogue-db': cs.waiting('CreateContainerConfigError', "couldn't find key root-password in Secret sock-shop/catalogue-db") } }],
      unavailableSince: -17,
      endpointsChanged: -17,
    },
  },
  events: [
    { on: 'rs:catalogue-db', reason: 'SuccessfulCreate', message: 'Created pod: catalogue-db-%RS%', first: -17, source: 'replicaset-controller' },
    { on: 'pod:catalogue-db#0', reason: 'Scheduled', message: 'Successfully assigned sock-shop/%POD% to %NODE%', first: -17, source: 'default-scheduler' },
    { on: 'pod:catalogue-db#0', reason: 'Pulled', message: 'Container image "weaveworksdemos/catalogue-db:0.3.0" already present on machine', first: -16.8, last: -0.6, count: 79, fieldPath: 'spec.containers{catalogue-db}' },
    { on: 'pod:catalogue-db#0', reason: 'Failed', message: "Error: couldn't find key root-password in Secret sock-shop/catalogue-db", first: -16.8, last: -0.6, count: 79, type: 'Warning', fieldPath: 'spec.containers{catalogue-db}' },
  ],
  logs: {
    'catalogue#0/catalogue': [
      gokit(-60 * 24 * 9 + 0.4, 'caller=main.go:112 transport=HTTP port=80'),
      gokit(-16.5, 'caller=logging.go:90 method=List tags= order=id pageNum=1 pageSize=6 result=0 err="dial tcp %SVCIP:catalogue-db%:3306: connect: connection refused" took=1.204ms'),
      gokit(-9.2, 'caller=logging.go:90 method=List tags= order=id pageNum=1 pageSize=6 result=0 err="dial tcp %SVCIP:catalogue-db%:3306: connect: connection refused" took=1.117ms'),
      gokit(-1.4, 'caller=logging.go:90 method=Count tags= result=0 err="dial tcp %SVCIP:catalogue-db%:3306: connect: connection refused" took=0.981ms'),
    ],
    'front-end#0/front-end': [
      'GET /catalogue?page=1&size=6 500 14.382 ms - 52',
      'GET /catalogue/size?tags= 500 9.117 ms - 52',
      'GET /cart 200 6.902 ms - 2',
      'GET /catalogue?page=1&size=6 500 11.604 ms - 52',
    ],
  },
};

export const scenarios = [s5];
