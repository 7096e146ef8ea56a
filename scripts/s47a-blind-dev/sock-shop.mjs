// Batch s47a (blind dev): one Sock Shop incident on the session-2 system definition (complete-demo.yaml at 9dff06f).
// A catalogue build that expects a schema migration nobody ran: the pods are Ready, every list query fails.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/sock-shop.mjs';

export const system = base;

const spring = (T, min, level, app, thread, logger, msg) =>
  `${T.java(min)} ${level.padStart(5)} [${app},,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const kit = (T, min, kv) => `ts=${T.isoMs(min)} ${kv}`;

const s1 = (() => {
  const incidentTime = '2026-03-18T10:52:00Z';
  const T = clock(incidentTime);
  const IMG_NEW = '584712903361.dkr.ecr.eu-west-1.amazonaws.com/sock-shop/catalogue:0.3.6';
  const ERR = "Error 1054: Unknown column 'sock.discount_pct' in 'field list'";
  // catalogue: the new pod logs the DB error on every list/count/get since it took traffic (10:19).
  const catLogs = [kit(T, -33.4, 'caller=main.go:126 transport=HTTP port=80')];
  let m = -33.1;
  const reqs = [
    ['List', 'tags= order=id pageNum=1 pageSize=6'],
    ['Count', 'tags='],
    ['Tags', ''],
    ['List', 'tags= order=id pageNum=1 pageSize=5'],
    ['Get', 'id=03fef6ac-1896-4ce8-bd69-b798f85c6e0b'],
    ['List', 'tags=brown order=id pageNum=1 pageSize=6'],
  ];
  let i = 0;
  while (m < -0.3) {
    const [method, args] = reqs[i % reqs.length];
    if (method === 'Tags') {
      catLogs.push(kit(T, m, `caller=logging.go:82 method=Tags result=11 err=null took=1.2${(i * 7) % 90}31ms`));
    } else {
      catLogs.push(kit(T, m, `caller=service.go:${method === 'Get' ? 118 : method === 'Count' ? 103 : 89} database error="${ERR}"`));
      catLogs.push(kit(T, m + 0.001, `caller=logging.go:${method === 'Get' ? 72 : method === 'Count' ? 62 : 51} method=${method} ${args}${method === 'Get' ? '' : ' result=0'} err="database connection error" took=${(1.1 + (i % 5) * 0.37).toFixed(6)}ms`));
    }
    m += 0.9 + (i % 3) * 0.35;
    i++;
  }
  // front-end (Node/express, morgan "dev"): catalogue's error body relayed with a 200 (simpleHttpRequest); cart, tags fine.
  const fe = (k) => {
    const out = [];
    let t = -44;
    let j = 0;
    while (t < -0.2) {
      const broken = t > -33;
      const rows = [
        broken ? `GET /catalogue?page=1&size=6&tags= 200 ${(8 + j % 7).toFixed(3)} ms - 92` : `GET /catalogue?page=1&size=6&tags= 200 ${(11 + j % 9).toFixed(3)} ms - 2417`,
        `GET /cart 200 ${(6 + j % 5).toFixed(3)} ms - 2`,
        broken ? `GET /catalogue/size?tags= 200 ${(5 + j % 4).toFixed(3)} ms - 92` : `GET /catalogue/size?tags= 200 ${(4 + j % 4).toFixed(3)} ms - 12`,
        `GET /tags 200 ${(3 + j % 3).toFixed(3)} ms - 98`,
        `GET /customers/57a98d98e4b00679b4a830af 200 ${(9 + j % 6).toFixed(3)} ms - 246`,
      ];
      out.push(rows[(j + k) % rows.length]);
      t += 0.55 + ((j + k) % 4) * 0.2;
      j++;
    }
    return out;
  };
  return {
    folder: 's47a-catalogue-missing-column',
    incidentTime,
    description: 'shop catalogue page is empty, no socks showing since ~10:20, front-end looks up',
    expected: { component: 'catalogue', cause: 'bad-deploy-rollout' },
    difficulty: 'medium',
    traits: ['pods-ready', 'rollout-regression', 'time-expression', 'decoy'],
    grounding: `
      Sock Shop catalogue (Go, go-kit) reads socks with a fixed SELECT over socksdb.sock/sock_tag/tag (catalogue service.go);
      its /health only pings the database, so a build whose query names a column the schema lacks stays Ready while every
      List/Count/Get fails with go-sql-driver/mysql's "Error 1054: Unknown column ... in 'field list'" and the handler
      answers 500 {"error":"database connection error"} (ErrDBConnection, which wrongly points at the database). The classic
      "code shipped before the migration" incident: the team's catalogue 0.3.6 (own ECR image, adds sock.discount_pct) was
      rolled out at 10:18 while the migration job for catalogue-db was still waiting for review. front-end (express, morgan
      "dev" access lines) proxies /catalogue and /catalogue/size through helpers.simpleHttpRequest, which relays
      catalogue's 92-byte error body with a 200, so its access log looks healthy and the page renders no socks; cart,
      tags and customers are normal.
      catalogue-db (weaveworksdemos/catalogue-db:0.3.0, MySQL 5.7) is healthy and logs nothing new. Decoy: carts was
      OOMKilled three days ago and has run since. Deviation from upstream: catalogue image from the team's ECR mirror, tag
      0.3.6 (upstream weaveworksdemos/catalogue:0.3.5); the readiness/liveness delays of upstream (180/300 s) kept.
    `,
    workloads: {
      catalogue: {
        rollout: { at: -34.5, revision: 5, oldContainers: { catalogue: { image: 'weaveworksdemos/catalogue:0.3.5' } } },
        containers: { catalogue: { image: IMG_NEW } },
        pods: [{ created: T.iso(-34.2), containers: { catalogue: cs.running(T.iso(-33.6)) }, readyTransition: T.iso(-30.5) }],
        deployAnnotations: { 'kubernetes.io/change-cause': 'ci: catalogue 0.3.6 (discounts) pipeline #1482' },
        endpointsChanged: -30.5,
      },
      carts: {
        pods: [{ containers: { carts: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 72 + 0.4), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 72) } }) } }],
      },
    },
    events: [
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled up replica set catalogue-%NEW% to 1', first: -34.5 },
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled down replica set catalogue-%OLD% to 0 from 1', first: -30.4 },
      { on: 'pod:catalogue#0', reason: 'Scheduled', message: 'Successfully assigned sock-shop/%POD% to %NODE%', source: 'default-scheduler', first: -34.2 },
      { on: 'pod:catalogue#0', reason: 'Pulling', message: `Pulling image "${IMG_NEW}"`, first: -34.1 },
      { on: 'pod:catalogue#0', reason: 'Pulled', message: `Successfully pulled image "${IMG_NEW}" in 2.114s (2.114s including waiting). Image size: 11734628 bytes.`, first: -33.7 },
      { on: 'pod:catalogue#0', reason: 'Created', message: 'Created container catalogue', first: -33.7 },
      { on: 'pod:catalogue#0', reason: 'Started', message: 'Started container catalogue', first: -33.6 },
    ],
    logs: {
      'catalogue#0/catalogue': catLogs,
      'front-end#0/front-end': fe(0),
      'front-end#1/front-end': fe(2),
      'catalogue-db#0/catalogue-db': [
        `${T.isoMs(-60 * 24 * 9 + 0.3).replace('Z', '000Z')} 0 [Note] mysqld (mysqld 5.7.15) starting as process 1 ...`,
        `${T.isoMs(-60 * 24 * 9 + 0.4).replace('Z', '000Z')} 0 [Note] InnoDB: Completed initialization of buffer pool`,
        `${T.isoMs(-60 * 24 * 9 + 0.5).replace('Z', '000Z')} 0 [Note] mysqld: ready for connections.`,
        "Version: '5.7.15'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server (GPL)",
      ],
      'carts#0/carts': [
        spring(T, -60 * 72 + 0.9, 'INFO', 'carts', 'main', 'works.weave.socks.cart.CartApplication', 'Started CartApplication in 38.716 seconds (JVM running for 41.203)'),
        spring(T, -3.2, 'INFO', 'carts', 'nio-80-exec-4', 'w.w.s.cart.controllers.ItemsController', 'Adding item to cart: Item{id=\'null\', itemId=\'03fef6ac-1896-4ce8-bd69-b798f85c6e0b\', quantity=1, unitPrice=99.99}'),
      ],
    },
  };
})();

export const scenarios = [s1];
