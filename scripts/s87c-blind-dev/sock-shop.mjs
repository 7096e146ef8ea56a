// Blind dev batch s87c: one Sock Shop scenario (catalogue-db scaled to zero by a cost clean-up; catalogue stays Ready).
// System part imported from scripts/s2-scenarios/sock-shop.mjs; snapshot built by scripts/s87c-build.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };
const T = clock('2026-05-19T14:07:00Z');
// go-kit logfmt of the catalogue service (logging.go middleware).
const cat = (min, kv) => `ts=${T.isoMs(min)} caller=logging.go:${kv.startsWith('method=List') ? 28 : kv.startsWith('method=Count') ? 43 : 64} ${kv}`;
const catalogue = [
  `ts=${T.isoMs(-60 * 24 * 6 + 0.1)} caller=main.go:89 transport=HTTP port=80`,
  cat(-40, 'method=List tags= order= pageNum=1 pageSize=6 result=6 err=null took=2.913061ms'),
  cat(-40, 'method=Count tags= result=9 err=null took=1.104228ms'),
  cat(-31, 'method=Get id=3395a43e-2d88-40de-b95f-e00e1502085b sock=3395a43e-2d88-40de-b95f-e00e1502085b err=null took=1.622907ms'),
  cat(-22, 'method=List tags= order= pageNum=1 pageSize=6 result=0 err="database connection error" took=1.000812934s'),
  cat(-22, 'method=Count tags= result=0 err="database connection error" took=1.001133571s'),
  cat(-17, 'method=Get id=a0a4f044-b040-410d-8ead-4de0446aec7e sock= err="database connection error" took=1.000934713s'),
  cat(-12, 'method=List tags=brown order= pageNum=1 pageSize=6 result=0 err="database connection error" took=1.000722108s'),
  cat(-6, 'method=List tags= order= pageNum=1 pageSize=6 result=0 err="database connection error" took=1.001006345s'),
  cat(-2, 'method=Count tags= result=0 err="database connection error" took=1.000871245s'),
];
const fe = (min, method, path, status, ms, bytes) => `${method} ${path} ${status} ${ms.toFixed(3)} ms - ${bytes}`;
const frontEnd = [
  'Using the redis based session manager',
  'App now running in production mode on port 8079',
  fe(-40, 'GET', '/catalogue?page=1&size=6', 200, 9.814, 2012),
  fe(-31, 'GET', '/catalogue/3395a43e-2d88-40de-b95f-e00e1502085b', 200, 6.221, 311),
  fe(-22, 'GET', '/catalogue?page=1&size=6', 500, 1009.771, 47),
  fe(-22, 'GET', '/catalogue/size?tags=', 500, 1006.340, 47),
  fe(-19, 'GET', '/cart', 200, 14.502, 2),
  fe(-12, 'GET', '/catalogue?page=1&size=6&tags=brown', 500, 1008.12, 47),
  fe(-9, 'GET', '/orders', 200, 41.773, 1450),
  fe(-6, 'GET', '/catalogue?page=1&size=6', 500, 1010.004, 47),
  fe(-2, 'GET', '/catalogue/size?tags=', 500, 1005.587, 47),
];
export const scenarios = [
  {
    folder: 's87c-catalogue-db-scaled-to-zero',
    incidentTime: '2026-05-19T14:07:00Z',
    description: 'socks page is blank on the shop since about 13:45 — catalogue svc looks healthy in k9s?? commerce team pls check',
    expected: { component: 'catalogue-db', cause: 'no-endpoints' },
    alsoAcceptable: [{ component: 'catalogue-db', cause: 'dependency-down' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'louder-dependents', 'callers-only', 'team-name', 'time-expression'],
    workloads: {
      'catalogue-db': { replicas: 0, pods: [], endpointsChanged: -23 },
    },
    events: [
      { on: 'deploy:catalogue-db', reason: 'ScalingReplicaSet', message: 'Scaled down replica set catalogue-db-%NEW% to 0 from 1', source: 'deployment-controller', first: -23.2 },
    ],
    logs: {
      'catalogue#0/catalogue': catalogue,
      'front-end#0/front-end': frontEnd,
    },
    grounding: `
      Fault: the catalogue-db Deployment was scaled to 0 replicas at 13:43:48 (an off-hours cost clean-up job that scales
      down Deployments whose name ends in -db in non-prod namespaces ran against the shop; the pattern follows the
      "scaled to zero" case of no-endpoints and public reports of kube-downscaler / cost-saving scripts hitting the wrong
      namespace). The Service catalogue-db keeps its ClusterIP with no endpoints, so the Go catalogue service (its /health
      only reports, never fails its HTTP status) stays Ready and answers every List/Count/Get with "database connection
      error" after its 1s dial timeout; front-end turns that into 500s on /catalogue. Nothing else changed: carts, orders
      and user paths keep working. Deviations from upstream (complete-demo.yaml at 9dff06f): catalogue-db spec.replicas 0.
      Log formats: go-kit logfmt of catalogue's logging middleware; front-end (Express + morgan "dev" lines).
    `,
  },
];
