// Blind dev batch s57c: Stan's Robot Shop spec for the scenario kit (scripts/s2-scenario-kit.mjs), one scenario.
// mysql keeps a 2000ms netem delay on its pod interface after an aborted chaos run; shipping and ratings are the loud ones.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as rsSystem, defaultPvcs as rsPvcs, withDefaults } from '../kit-systems/robot-shop.mjs';

export const system = rsSystem;
export const defaultPvcs = rsPvcs;

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Common Log Format time, as Apache and nginx write it: 19/May/2026:14:50:03 +0000 */
const clf = (T, min) => {
  const d = new Date(T.isoMs(min));
  const p = (n) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
};
/** Spring Boot 2 default console pattern (shipping). */
const jitter = (min) => (Math.abs(Math.sin(min * 7919)) * 0.93) / 60;
const boot = (T, min, level, thread, logger, msg, exact = false) =>
  `${T.java(exact ? min : min + jitter(min))} ${level.padStart(5)} 1 --- [${thread.slice(-15).padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const CTRL = 'c.i.robotshop.shipping.Controller';
const citySql = (code) =>
  `select city0_.uuid as uuid1_0_, city0_.city as city2_0_, city0_.country_code as country_3_0_, city0_.latitude as latitude4_0_, city0_.longitude as longitud5_0_, city0_.name as name6_0_, city0_.region as region7_0_ from cities city0_ where city0_.country_code='${code}'`;

const T1 = clock('2026-05-19T15:12:00Z');
const RATINGS_NODE = 'ip-10-1-2-137.eu-west-1.compute.internal';
const FAULT = -23; // 14:49: the netem qdisc lands on mysql's eth0

function shippingLog(T) {
  const out = [
    boot(T, -60 * 24 * 9 + 0.4, 'INFO', 'main', 'c.i.r.s.ShippingServiceApplication', 'Started ShippingServiceApplication in 21.884 seconds (JVM running for 24.02)'),
  ];
  const ok = [[-41.2, 'gb'], [-37.9, 'us'], [-33.4, 'de'], [-29.8, 'gb'], [-26.1, 'fr']];
  ok.forEach(([m, code], i) => {
    out.push(boot(T, m, 'INFO', `http-nio-8080-exec-${(i % 9) + 1}`, CTRL, `cities by code ${code}`));
    out.push(boot(T, m + 0.2, 'INFO', `http-nio-8080-exec-${(i % 9) + 2}`, CTRL, `match code ${code} text lon`));
    out.push(boot(T, m + 0.5, 'INFO', `http-nio-8080-exec-${(i % 9) + 3}`, CTRL, `Calculation for ${31002 + i * 977}`));
  });
  const slow = [[-21.6, 'gb', 4127], [-18.3, 'us', 4093], [-15.2, 'de', 6211], [-12.7, 'gb', 4108], [-9.4, 'it', 4119], [-6.8, 'gb', 8304], [-3.9, 'es', 4101], [-1.2, 'gb', 4096]];
  slow.forEach(([m, code, ms], i) => {
    const th = `http-nio-8080-exec-${(i % 10) + 1}`;
    out.push(boot(T, m, 'INFO', th, CTRL, `cities by code ${code}`));
    out.push(boot(T, m + jitter(m) + (ms + 2) / 60000, 'ERROR', th, CTRL, `SlowQuery: ${ms} milliseconds. SQL: '${citySql(code)}'`, true));
    out.push(boot(T, m + 0.25, 'INFO', `http-nio-8080-exec-${((i + 4) % 10) + 1}`, CTRL, `Calculation for ${40113 + i * 1301}`));
  });
  return out.sort((a, b) => a.slice(0, 23).localeCompare(b.slice(0, 23)));
}

function ratingsLog(T) {
  const node = '10.1.2.137';
  const out = [];
  // kubelet readiness probes every 5s (sampled) and the web proxy's rating fetches; Apache logs each request when it completes
  for (let m = -45; m < FAULT; m += 2.5) out.push(`${node} - - [${clf(T, m)}] "GET /_health HTTP/1.1" 200 61 "-" "kube-probe/1.30"`);
  [-40.3, -36.1, -31.7, -27.2, -24.4].forEach((m, i) =>
    out.push(`%IPOF:web#0% - - [${clf(T, m)}] "GET /api/fetch/${['Watson', 'HPTD', 'STAN-1', 'EMM', 'Ewooid'][i]} HTTP/1.0" 200 48 "http://shop.robotshop.example/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36"`));
  // after 14:49 each request holds its PDO handshake ~6s; the probe gave up after 1s but Apache still logs 200
  for (let m = FAULT + 0.7; m < -0.2; m += 1.7) out.push(`${node} - - [${clf(T, m)}] "GET /_health HTTP/1.1" 200 61 "-" "kube-probe/1.30"`);
  [-22.3, -21.4, -20.8].forEach((m, i) =>
    out.push(`%IPOF:web#0% - - [${clf(T, m)}] "GET /api/fetch/${['RED', 'HPTD', 'Watson'][i]} HTTP/1.0" 200 48 "http://shop.robotshop.example/" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15"`));
  return out.sort((a, b) => parseClf(a) - parseClf(b));
}
const parseClf = (line) => {
  const m = /\[(\d\d)\/(\w{3})\/(\d{4}):(\d\d):(\d\d):(\d\d)/.exec(line);
  return Date.UTC(+m[3], MON.indexOf(m[2]), +m[1], +m[4], +m[5], +m[6]);
};

function webLog(T) {
  const lb = ['10.1.1.84', '10.1.3.206', '10.1.2.137'];
  const ua = '"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36"';
  const acc = (m, i, req, code, bytes) => `${lb[i % 3]} - - [${clf(T, m)}] "${req} HTTP/1.1" ${code} ${bytes} "http://shop.robotshop.example/" ${ua}`;
  const out = [];
  let n = 0;
  for (let m = -44; m < -19.6; m += 1.9, n++) {
    out.push({ m, l: acc(m, n, 'GET /api/catalogue/products', 200, 3814) });
    out.push({ m: m + 0.1, l: acc(m + 0.1, n, `GET /api/ratings/api/fetch/${['Watson', 'HPTD', 'STAN-1', 'EMM'][n % 4]}`, 200, 48) });
    if (n % 2 === 0) out.push({ m: m + 0.3, l: acc(m + 0.3, n, 'GET /api/shipping/cities/gb', 200, 21877) });
  }
  n = 0;
  for (let m = -19.4; m < -0.1; m += 1.6, n++) {
    const sku = ['Watson', 'HPTD', 'STAN-1', 'EMM', 'RED'][n % 5];
    out.push({ m, l: acc(m, n, 'GET /api/catalogue/products', 200, 3814) });
    out.push({ m: m + 0.05, l: `${T.go(m + 0.05)} [error] 31#31: *${48213 + n * 17} connect() failed (111: Connection refused) while connecting to upstream, client: ${lb[n % 3]}, server: localhost, request: "GET /api/ratings/api/fetch/${sku} HTTP/1.1", upstream: "http://%SVCIP:ratings%:80/api/fetch/${sku}", host: "shop.robotshop.example", referrer: "http://shop.robotshop.example/"` });
    out.push({ m: m + 0.051, l: acc(m + 0.051, n, `GET /api/ratings/api/fetch/${sku}`, 502, 157) });
    if (n % 2 === 0 && m + 0.2 < -0.1) out.push({ m: m + 0.2, l: acc(m + 0.2, n, 'GET /api/shipping/cities/gb', 200, 21877) });
  }
  return out.sort((a, b) => a.m - b.m).map((x) => x.l);
}

export const scenarios = [
  withDefaults({
    folder: 's57c-mysql-netem-delay-left-on-shipping-slow',
    description: 'shipping step at checkout takes 10+ sec and the star ratings vanished from product pages since about 14:50. fulfilment says nobody deployed anything',
    incidentTime: '2026-05-19T15:12:00Z',
    expected: { component: 'mysql', cause: 'network-fault' },
    difficulty: 'hard',
    traits: ['pods-ready', 'network-latency', 'louder-dependents', 'decoy', 'time-expression', 'team-name'],
    grounding: `
      Fault: a LitmusChaos pod-network-latency experiment (its documented default NETWORK_LATENCY=2000, JITTER=0) was run against
      the pods labelled service=mysql during a resilience game day; the helper pod that applies \`tc qdisc add dev eth0 root netem
      delay 2000ms\` inside the target's network namespace was deleted when the run was aborted, so the revert step never ran and
      the qdisc stayed on mysql's eth0 from 14:49 (the known "netem rules left behind when the chaos helper dies" failure of
      netem-based network chaos). The helper and the ChaosEngine live in the litmus namespace, outside this snapshot. Nothing in
      the robot-shop namespace restarted or rolled out; mysql stays Running and Ready (upstream mysql has no probes) and logs
      nothing after its start.
      Manifest facts (instana/robot-shop K8s/helm at 55292e2): mysql runs robotshop/rs-mysql-db:2.1.0 (mysql:5.7.30) with the
      NET_ADMIN capability; shipping reaches it through JDBC (jdbc:mysql://mysql/cities) and ratings through PDO
      (mysql:host=mysql;dbname=ratings); ratings' readiness probe is GET /_health on port 80 with timeoutSeconds 1, period 5s,
      failureThreshold 30.
      What each component shows (from the code): shipping's Controller.cities() logs "SlowQuery: N milliseconds. SQL: '…'" at
      ERROR when findByCode takes over 1s (shipping/src/main/java/com/instana/robotshop/shipping/Controller.java); each query now
      costs a Hikari isValid() round trip plus the query round trip, about 4s. ratings' HealthCheckService runs "SELECT 1 + 1
      FROM DUAL" over a fresh PDO connection per request: the MySQL handshake needs several server packets, so the 1s probe
      times out from the first probe after 14:49 and after 30 failures (about 150s) the pod turns NotReady — ratings' Endpoints
      empty, and web's nginx gets "connect() failed (111: Connection refused)" and answers 502 on /api/ratings/ (louder than
      mysql, and itself only a symptom). Apache still logs each probe as 200 when the slow request completes.
      Decoys: cart's OOMKill three days ago (restarted, fine since), a benign \`kubectl rollout restart\` of user 2h40 before.
      Deviations from upstream: the chaos run itself; the nginx host name shop.robotshop.example; Apache/nginx logs sampled.
      Expected mysql / network-fault: the path to mysql delays every packet; mysql itself is healthy. ratings' probe-failure and
      shipping's slow queries are consequences.
    `,
    workloads: {
      ratings: {
        pods: [{ node: RATINGS_NODE, readyTransition: T1.iso(-20.5), containers: { ratings: cs.running(T1.iso(-60 * 24 * 9 + 0.3), { ready: false }) } }],
        unavailableSince: -20.5,
        endpointsChanged: -20.5,
      },
      cart: {
        pods: [{ readyTransition: T1.iso(-60 * 24 * 3 + 0.3), containers: { cart: cs.restartedRunning({ restarts: 1, startedAt: T1.iso(-60 * 24 * 3 + 0.2), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T1.iso(-60 * 24 * 9 + 0.3), finishedAt: T1.iso(-60 * 24 * 3) } }) } }],
      },
      user: {
        patch: { podAnnotations: { 'kubectl.kubernetes.io/restartedAt': T1.iso(-160.2) } },
        rollout: { at: -160, oldPatch: { podAnnotations: undefined } },
      },
    },
    events: [
      { on: 'pod:ratings#0', reason: 'Unhealthy', type: 'Warning', fieldPath: 'spec.containers{ratings}', message: 'Readiness probe failed: Get "http://%PODIP%:80/_health": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: FAULT + 0.6, last: -0.1, count: 268 },
    ],
    logs: {
      'mysql#0/mysql': [
        `${T1.isoMs(-60 * 24 * 9 + 0.31).replace('Z', '402Z')} 0 [Warning] TIMESTAMP with implicit DEFAULT value is deprecated. Please use --explicit_defaults_for_timestamp server option (see documentation for more details).`,
        `${T1.isoMs(-60 * 24 * 9 + 0.311).replace('Z', '871Z')} 0 [Note] mysqld (mysqld 5.7.30) starting as process 1 ...`,
        `${T1.isoMs(-60 * 24 * 9 + 0.32).replace('Z', '254Z')} 0 [Note] InnoDB: Buffer pool(s) load completed at ${T1.iso(-60 * 24 * 9 + 0.32).slice(2, 10).replaceAll('-', '')} ${T1.iso(-60 * 24 * 9 + 0.32).slice(11, 19)}`,
        `${T1.isoMs(-60 * 24 * 9 + 0.33).replace('Z', '540Z')} 0 [Note] Server hostname (bind-address): '*'; port: 3306`,
        `${T1.isoMs(-60 * 24 * 9 + 0.33).replace('Z', '801Z')} 0 [Note] Server socket created on IP: '::'.`,
        `${T1.isoMs(-60 * 24 * 9 + 0.34).replace('Z', '474Z')} 0 [Note] Event Scheduler: Loaded 0 events`,
        `${T1.isoMs(-60 * 24 * 9 + 0.34).replace('Z', '874Z')} 0 [Note] mysqld: ready for connections.`,
        "Version: '5.7.30'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server (GPL)",
      ],
      'shipping#0/shipping': shippingLog(T1),
      'ratings#0/ratings': ratingsLog(T1),
      'web#0/web': webLog(T1),
    },
  }),
];
