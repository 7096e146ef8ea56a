// Blind dev batch s93b: Sock Shop scenario (system part of scripts/s2-scenarios/sock-shop.mjs).
// A Ready catalogue release issues one tag query per sock (N+1); catalogue-db looks busy, the front-end is slow and loud.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };

const T = clock('2026-05-13T10:52:00Z');
const NEW = 'ghcr.io/sockshop-platform/catalogue:0.3.6-tagfilter.2';
const OLD = 'weaveworksdemos/catalogue:0.3.5';
const kit = (min, kv) => `ts=${T.isoMs(min)} caller=logging.go:${kv.startsWith('method=Health') ? 81 : 40} ${kv}`;
const list = (min, took, tags = '', size = 6, err = 'null') => kit(min, `method=List tags=${tags} order=id pageNum=1 pageSize=${size} result=${err === 'null' ? size : 0} err=${err} took=${took}`);
const morgan = (path, status, ms, len) => `\x1b[0mGET ${path} \x1b[${status >= 500 ? 31 : 32}m${status} \x1b[0m${ms} ms - ${len}\x1b[0m`;
const my = (min, id, note) => `${T.isoMs(min).replace('Z', '')}000Z ${id} [Note] ${note}`;

export const scenarios = [
  {
    folder: 's93b-catalogue-release-n-plus-one',
    incidentTime: '2026-05-13T10:52:00Z',
    description: 'sock listing page takes 10-20s or times out since this morning, sometimes empty grid. login and carts still work. is catalog db overloaded??',
    expected: { component: 'catalogue', cause: 'bad-deploy-rollout' },
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'decoy', 'partial-name', 'time-expression'],
    grounding: `
      Sock Shop deploy/kubernetes/complete-demo.yaml at 9dff06f: the front-end calls catalogue over http://catalogue/catalogue; catalogue
      (Go, go-kit, sqlx over go-sql-driver/mysql) reads socksdb on catalogue-db:3306; its /health checks the database and answers 200
      while the database answers, so its pods stay Ready.
      Fault (release that is Ready but misbehaves, the N+1 query shape common in ORM post-mortems): at 09:40 the team rolled catalogue from
      weaveworksdemos/catalogue:0.3.5 to an in-house build ${NEW} that filters tags in Go and loads each sock's tags with a separate
      query (one SELECT per sock, per image, instead of the upstream GROUP_CONCAT join). The old and new ReplicaSet differ only in the image.
      List and Count now take seconds; catalogue-db's CPU is saturated by thousands of tiny queries and it logs aborted connections when
      catalogue's pool drops sockets, so it looks like the culprit. The front-end (Express with morgan) shows 5-20 s /catalogue calls and
      500s when the catalogue request errors with "context deadline exceeded".
      Deviation: the in-house image tag and its behaviour are invented for the scenario; upstream catalogue has no such release.
      Decoy: orders was OOMKilled three days ago and restarted once; catalogue-db "Aborted connection" notes.`,
    workloads: {
      catalogue: {
        rollout: { at: -72, revision: 4, oldContainers: { catalogue: { image: OLD } } },
        containers: { catalogue: { image: NEW } },
      },
      orders: {
        pods: [{
          containers: {
            orders: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 70), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 70 - 0.3) } }),
          },
        }],
      },
    },
    events: [
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled up replica set catalogue-%NEW% to 1', first: -72, last: -72 },
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled down replica set catalogue-%OLD% to 0 from 1', first: -71, last: -71 },
      { on: 'pod:catalogue#0', reason: 'Pulled', message: `Successfully pulled image "${NEW}" in 2.913s (2.913s including waiting). Image size: 9812344 bytes.`, first: -71.8, last: -71.8 },
      { on: 'pod:catalogue#0', reason: 'Started', message: 'Started container catalogue', fieldPath: 'spec.containers{catalogue}', first: -71.7, last: -71.7 },
      { on: 'pod:catalogue#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: Get "http://%PODIP%:80/health": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', fieldPath: 'spec.containers{catalogue}', first: -38, last: -9, count: 4 },
    ],
    logs: {
      'catalogue#0/catalogue': [
        kit(-71.6, 'method=Health result=2 took=2.114ms').replace('caller=logging.go:81', 'caller=main.go:97 transport=HTTP port=80').replace('method=Health result=2 took=2.114ms', 'msg="Listening"'),
        kit(-70, 'method=Health result=2 took=3.02ms'),
        list(-60, '1.912s'),
        kit(-60, 'method=Count tags= result=9 err=null took=1.404s'),
        list(-45, '6.231s'),
        list(-38, '9.884s', 'brown'),
        kit(-37.9, 'method=Health result=2 took=1.204s'),
        list(-30, '14.512s'),
        kit(-29.9, 'method=Count tags= result=9 err=null took=7.118s'),
        list(-21, '19.006s', 'sport'),
        list(-20, '30.001s', '', 6, '"context deadline exceeded"'),
        kit(-19.8, 'method=Get id=03fef6ac-1896-4ce8-bd69-b798f85c6e0b sock=03fef6ac-1896-4ce8-bd69-b798f85c6e0b err=null took=2.871s'),
        list(-11, '17.662s'),
        list(-5, '30.002s', '', 6, '"context deadline exceeded"'),
        list(-2, '21.338s'),
      ],
      'catalogue-db#0/catalogue-db': [
        my(-60 * 24 * 9, 0, 'mysqld: ready for connections.\nVersion: \'5.7.18\'  socket: \'/var/run/mysqld/mysqld.sock\'  port: 3306  MySQL Community Server (GPL)').replace(' 0 [Note]', ' 0 [Note]'),
        my(-35, 14211, 'Aborted connection 14211 to db: \'socksdb\' user: \'catalogue_user\' host: \'%IPOF:catalogue#0%\' (Got an error reading communication packets)'),
        my(-20, 15033, 'Aborted connection 15033 to db: \'socksdb\' user: \'catalogue_user\' host: \'%IPOF:catalogue#0%\' (Got an error reading communication packets)'),
        my(-5, 15870, 'Aborted connection 15870 to db: \'socksdb\' user: \'catalogue_user\' host: \'%IPOF:catalogue#0%\' (Got an error reading communication packets)'),
      ],
      'front-end#0/front-end': [
        morgan('/catalogue?page=1&size=6', 200, '212.481', '2231'),
        morgan('/catalogue/size?tags=', 200, '1433.902', '12'),
        morgan('/catalogue?page=1&size=6', 200, '9921.330', '2231'),
        morgan('/cart', 200, '18.204', '2'),
        morgan('/catalogue?page=1&size=6', 500, '30044.118', '0'),
        morgan('/login', 200, '61.337', '0'),
        morgan('/catalogue?page=1&size=6', 200, '17702.909', '2231'),
        morgan('/catalogue?page=1&size=6', 500, '30039.622', '0'),
      ],
      'front-end#1/front-end': [
        morgan('/catalogue?tags=sport&page=1&size=6', 200, '19050.771', '1802'),
        morgan('/cart', 200, '15.003', '412'),
        morgan('/catalogue?page=1&size=6', 200, '21390.004', '2231'),
      ],
    },
  },
];
