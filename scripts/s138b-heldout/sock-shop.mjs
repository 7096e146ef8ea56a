// Blind held-out batch s138b, Sock Shop.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';
export { system };

const IT = '2026-06-03T14:27:00Z';
const T = clock(IT);
const logfmt = (min, method, extra) => `ts=${T.isoMs(min).replace(/\.(\d{3})Z$/, '.$1Z')} caller=logging.go:${method === 'List' ? 24 : method === 'Count' ? 39 : 53} method=${method} ${extra}`;
const dbErr = (ip) => `err="dial tcp ${ip}:3306: connect: connection refused"`;
const nodeFe = (min, msg) => msg;

export const scenarios = [
  {
    folder: 's138b-catalogue-empty-after-drain',
    incidentTime: IT,
    description: 'sockshop catalog page is empty / "cannot load socks" for ~15 min. platform did node patching on eu-west-1b this afternoon',
    expected: { component: 'catalogue-db', cause: 'config-missing' },
    difficulty: 'medium',
    traits: ['louder-dependents', 'decoy', 'time-expression', 'partial-name'],
    grounding: `
      complete-demo.yaml's catalogue-db takes MYSQL_ROOT_PASSWORD from secretKeyRef catalogue-db/root-password (deviation
      from upstream, which inlines the value; the kit's system carries the secretKeyRef). The Secret was removed during a
      namespace clean-up days ago, which nobody noticed while the old pod kept running; when the node was drained for patching
      at ~14:10 the replacement pod could not be started: the kubelet reports CreateContainerConfigError 'secret "catalogue-db"
      not found' (the real kubelet message for a missing secretKeyRef). The catalogue Service has no ready endpoints, so
      catalogue (Go, go-kit logfmt) gets connection refused on 3306 and front-end returns 500 for /catalogue. Decoy: carts
      was OOM-killed three days ago and has run fine since; node cordon/drain events on the patched node (the snapshot is taken mid-drain: the node is cordoned and its other pods are still
      waiting to be evicted one by one).
    `,
    nodes: { 'ip-10-0-2-148.eu-west-1.compute.internal': { unschedulable: true, taints: [{ key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule', timeAdded: T.iso(-17.5) }] } },
    workloads: {
      'catalogue-db': {
        pods: [{ node: 'ip-10-0-1-23.eu-west-1.compute.internal', created: T.iso(-16.8), ready: false, readyTransition: T.iso(-16.8), containers: { 'catalogue-db': cs.waiting('CreateContainerConfigError', 'secret "catalogue-db" not found') } }],
        unavailableSince: -16.8,
      },
      carts: {
        pods: [{ containers: { carts: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 - 42), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 42.2) } }) } }],
      },
    },
    events: [
      { on: 'node:ip-10-0-2-148.eu-west-1.compute.internal', reason: 'NodeNotSchedulable', message: 'Node ip-10-0-2-148.eu-west-1.compute.internal status is now: NodeNotSchedulable', first: -17.5, last: -17.5 },
      { on: 'rs:catalogue-db', reason: 'SuccessfulCreate', message: 'Created pod: catalogue-db-%RS%', first: -16.8, last: -16.8 },
      { on: 'pod:catalogue-db#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned sock-shop/%POD% to ip-10-0-1-23.eu-west-1.compute.internal', first: -16.8, last: -16.8 },
      { on: 'pod:catalogue-db#0', reason: 'Pulled', message: 'Container image "weaveworksdemos/catalogue-db:0.3.0" already present on machine', fieldPath: 'spec.containers{catalogue-db}', first: -16.7, last: -0.6, count: 78 },
      { on: 'pod:catalogue-db#0', reason: 'Failed', type: 'Warning', message: 'Error: secret "catalogue-db" not found', fieldPath: 'spec.containers{catalogue-db}', first: -16.7, last: -0.6, count: 78 },
    ],
    logs: {
      'catalogue#0/catalogue': [
        `ts=${T.isoMs(-60 * 24 * 2)} caller=main.go:90 transport=HTTP port=80`,
        logfmt(-25, 'List', 'tags= order=id pageNum=1 pageSize=6 result=6 err=null took=2.913871ms'),
        logfmt(-22, 'Count', 'tags= result=9 err=null took=1.18205ms'),
        logfmt(-16.5, 'List', `tags= order=id pageNum=1 pageSize=6 result=0 ${dbErr('%SVCIP:catalogue-db%')} took=1.021544ms`),
        logfmt(-14, 'Count', `tags= result=0 ${dbErr('%SVCIP:catalogue-db%')} took=884.31µs`),
        logfmt(-9.2, 'Get', `id=3395a43e-2d88-40de-b95f-e00e1502085b sock={ID: Name: Description: ImageURL:[] ImageURL_1: ImageURL_2: Price:0 Count:0 Tags:[] TagString:} ${dbErr('%SVCIP:catalogue-db%')} took=1.3348ms`),
        logfmt(-4.1, 'List', `tags=brown order=id pageNum=1 pageSize=6 result=0 ${dbErr('%SVCIP:catalogue-db%')} took=966.02µs`),
        logfmt(-1.2, 'List', `tags= order=id pageNum=1 pageSize=6 result=0 ${dbErr('%SVCIP:catalogue-db%')} took=1.107µs`),
      ],
      'front-end#0/front-end': [
        'GET /catalogue?page=1&size=6 200 12.419 ms - 1820',
        'GET /cart 200 9.882 ms - 2',
        'Error with log in: Error: socket hang up',
        'GET /catalogue?page=1&size=6 500 6.031 ms - 63',
        'GET /catalogue/size?tags= 500 4.410 ms - 63',
        'GET /catalogue?page=1&size=6 500 5.207 ms - 63',
        'GET /cart 200 8.004 ms - 2',
      ],
      'front-end#1/front-end': [
        'GET /catalogue?page=1&size=6 200 10.771 ms - 1820',
        'GET /catalogue/3395a43e-2d88-40de-b95f-e00e1502085b 500 7.902 ms - 63',
        'GET /catalogue?tags=brown&page=1&size=6 500 5.668 ms - 63',
        'GET /orders 200 33.120 ms - 2',
      ],
      'carts#0/carts': [
        `${T.java(-60 * 24 * 3 - 41)}  INFO [bootstrap,,,] 7 --- [           main] w.s.c.ServletWebServerApplicationContext : Root WebApplicationContext: initialization completed in 5312 ms`,
        `${T.java(-60 * 24 * 3 - 40)}  INFO [bootstrap,,,] 7 --- [           main] works.weave.socks.cart.CartApplication   : Started CartApplication in 41.02 seconds (JVM running for 43.77)`,
      ],
      'carts#0/carts/previous': [
        `${T.java(-60 * 24 * 3 - 43)}  WARN [carts,,,] 7 --- [p-nio-80-exec-9] o.s.web.servlet.PageNotFound             : Request method 'HEAD' not supported`,
      ],
    },
  },
];
