// Blind held-out batch s110a: one Sock Shop scenario for the scenario kit (scripts/s2-scenario-kit.mjs), on the
// system part of scripts/s2-scenarios/sock-shop.mjs; built by scripts/s110a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };

const T = clock('2026-06-03T10:55:00Z');
const kit = (min, kv) => `ts=${T.isoMs(min)} ${kv}`;
const refused = (min) => [
  `Error: connect ECONNREFUSED %SVCIP:catalogue%:80`,
  '    at Object.exports._errnoException (util.js:1018:11)',
  '    at exports._exceptionWithHostPort (util.js:1041:20)',
  '    at TCPConnectWrap.afterConnect [as oncomplete] (net.js:1090:14)',
];
const fe = [];
for (const m of [-24, -21, -19, -17]) fe.push(`GET /catalogue?size=6&page=1 200 ${(18 + (m % 5)).toFixed(3)} ms - 1712`, `GET /catalogue/size? 200 6.${-m} ms - 12`);
for (const m of [-13.8, -12.1, -9.6, -7.3, -5.0, -2.2, -0.9]) fe.push(...refused(m), `GET /catalogue?size=6&page=1 500 ${(3 + (-m % 2)).toFixed(3)} ms - 39`, `GET /tags 500 2.${Math.round(-m * 10)} ms - 39`);

export const scenarios = [
  {
    folder: 's110a-sock-shop-empty-catalogue',
    incidentTime: '2026-06-03T10:55:00Z',
    description: 'sock shop shows no socks at all since about 10:40 - catalog page empty, cart and login still work',
    expected: { component: 'catalogue', cause: 'no-endpoints' },
    alsoAcceptable: [{ component: 'catalogue', cause: 'config-error' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'callers-only', 'louder-dependents', 'time-expression', 'partial-name', 'decoy'],
    workloads: {
      catalogue: { serviceSelector: { name: 'catalogue', 'app.kubernetes.io/part-of': 'sock-shop' }, endpointsChanged: -14.2 },
      // decoy: orders was OOM-killed three days ago and has run since
      orders: {
        pods: [{ containers: { orders: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.1) } }) } }],
      },
    },
    events: [],
    logs: {
      'front-end#0/front-end': fe,
      'front-end#1/front-end': fe.filter((_, i) => i % 2 === 0 || i > 10),
      'catalogue#0/catalogue': [
        kit(-20.6, 'caller=logging.go:62 method=List tags= order=id pageNum=1 pageSize=6 result=6 err=null took=1.804376ms'),
        kit(-20.5, 'caller=logging.go:85 method=Count tags= result=9 err=null took=795.113µs'),
        kit(-16.9, 'caller=logging.go:62 method=List tags= order=id pageNum=1 pageSize=6 result=6 err=null took=1.552011ms'),
        kit(-16.8, 'caller=logging.go:85 method=Count tags= result=9 err=null took=702.48µs'),
        kit(-15.2, 'caller=logging.go:93 method=Tags result=11 err=null took=655.302µs'),
        kit(-9.0, 'caller=logging.go:131 method=Health result=2 took=4.118µs'),
        kit(-6.0, 'caller=logging.go:131 method=Health result=2 took=3.907µs'),
        kit(-3.0, 'caller=logging.go:131 method=Health result=2 took=4.266µs'),
        kit(-0.1, 'caller=logging.go:131 method=Health result=2 took=3.651µs'),
      ],
      'catalogue-db#0/catalogue-db': [
        `${T.iso(-60 * 24 * 9).replace('Z', '.000000Z')} 0 [Note] mysqld: ready for connections.`,
        "Version: '5.7.44'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server (GPL)",
      ],
      'orders#0/orders/previous': [
        `${T.java(-60 * 24 * 3 - 0.3)}  WARN [orders,,,] 7 --- [nio-80-exec-9] o.s.web.servlet.PageNotFound             : Request method 'GET' not supported`,
      ],
    },
    grounding: `
      Sock Shop (microservices-demo complete-demo.yaml at 9dff06f). The catalogue Service was re-applied from a kustomize
      overlay whose commonLabels added app.kubernetes.io/part-of: sock-shop; the Service's selector took the new label but
      the Deployment's selector is immutable, so that part of the apply failed and the pods keep only name: catalogue
      (the well-known kustomize commonLabels/immutable-selector pitfall). The Service selects no pod: Endpoints have no
      subsets, kube-proxy rejects connections to the ClusterIP, and the Node.js front-end logs ECONNREFUSED and answers
      500 on /catalogue and /tags. The catalogue pods stay Ready and only log kubelet health checks after 10:41.
      Deviations from upstream: the catalogue Service selector (and its labels, which the kit writes as the pod labels).
      Decoy: orders was OOM-killed three days ago.
    `,
  },
];
