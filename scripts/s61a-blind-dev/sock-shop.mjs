// Blind dev batch s61a: one Sock Shop scenario for the scenario kit (scripts/s2-scenario-kit.mjs), on the session-2
// system definition of scripts/s2-scenarios/sock-shop.mjs (its system part only); built by scripts/s61a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };

// ---- s61a-catalogue-price-cents-release: bad-deploy-rollout on catalogue ----
const INC = '2026-05-06T10:58:00Z';
const T = clock(INC);
const ROLL = -21; // 10:37
const NEW_IMG = 'ghcr.io/sockshop-eng/catalogue:0.3.6';
// go-kit logfmt with ts=DefaultTimestampUTC (RFC3339Nano) and caller=DefaultCaller.
const ns = (min, k) => `${T.iso(min).replace('Z', '')}.${String(100000000 + ((k * 48271) % 899999999)).slice(0, 9)}Z`;
// time.Duration's String(): sub-millisecond values in µs.
const took = (k, base) => { const us = base * 1000 + ((k * 7919) % 900) + (k % 97) / 1000; return us < 1000 ? `${us.toFixed(3)}µs` : `${(us / 1000).toFixed(6)}ms`; };
const kit = (min, k, caller, kv) => `ts=${ns(min, k)} caller=${caller} ${kv}`;
const ERR = `"Error 1054 (42S22): Unknown column 'sock.price_cents' in 'field list'"`;

const cat = [
  kit(ROLL + 0.82, 1, 'main.go:92', 'transport=HTTP port=80'),
];
// readiness (3s) and liveness probes hit /health from the start of probing (initialDelay 180s / 300s)
let k = 2;
for (let m = ROLL + 3.6; m < -0.05; m += 0.05) {
  k++;
  cat.push(kit(m, k, 'logging.go:84', `method=Health result=2 took=${took(k, 0.2)}`));
  if (k % 9 === 0) {
    const page = (k % 2) + 1;
    cat.push(kit(m + 0.01, k + 1, 'service.go:99', `databaseerror=${ERR}`));
    cat.push(kit(m + 0.01, k + 2, 'logging.go:31', `method=List tags= order= pageNum=${page} pageSize=6 result=0 err="database connection error" took=${took(k, 0.9)}`));
    cat.push(kit(m + 0.011, k + 3, 'service.go:132', `databaseerror=${ERR}`));
    cat.push(kit(m + 0.011, k + 4, 'logging.go:45', `method=Count tags= result=0 err="database connection error" took=${took(k + 1, 0.6)}`));
    cat.push(kit(m + 0.012, k + 5, 'logging.go:66', `method=Tags result=11 err=null took=${took(k + 2, 0.4)}`));
  }
  if (k % 23 === 0) {
    cat.push(kit(m + 0.02, k + 6, 'service.go:176', `databaseerror=${ERR}`));
    cat.push(kit(m + 0.02, k + 7, 'logging.go:56', `method=Get id=03fef6ac-1896-4ce8-bd69-b798f85c6e0b sock=03fef6ac-1896-4ce8-bd69-b798f85c6e0b err="not found" took=${took(k + 3, 0.8)}`));
  }
}

// front-end: morgan("dev") with its ANSI colours; the /catalogue proxy answers 200 with whatever catalogue returned.
const E = '\x1b';
const morgan = (method, url, status, ms, len) => `${E}[0m${method} ${url} ${E}[${status >= 500 ? 31 : status >= 400 ? 33 : status >= 300 ? 36 : 32}m${status}${E}[0m ${ms} ms - ${len}${E}[0m`;
const fe = [`App now running in production mode on port 8079`];
for (let m = ROLL - 9; m < -0.1; m += 0.9) {
  const broken = m > ROLL + 3.55;
  fe.push(morgan('GET', '/', 200, (2 + (Math.abs(Math.round(m * 10)) % 30) / 10).toFixed(3), 8688));
  fe.push(morgan('GET', '/catalogue?page=1&size=6', 200, (broken ? 3.1 : 9.4).toFixed(3), broken ? 90 : 2217));
  fe.push(morgan('GET', '/catalogue/size', 200, (broken ? 2.4 : 4.8).toFixed(3), broken ? 90 : 11));
  fe.push(morgan('GET', '/tags', 200, '3.702', 107));
  fe.push(morgan('GET', '/cart', 200, '14.226', 2));
  fe.push(morgan('GET', '/customers/57a98d98e4b00679b4a830af', 200, '11.018', 281));
}

const cartsOom = cs.restartedRunning({
  restarts: 1,
  startedAt: T.iso(-60 * 24 * 2 + 0.3),
  last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9 + 0.4), finishedAt: T.iso(-60 * 24 * 2) },
});
const JAVA_OPTS_OLD = { name: 'JAVA_OPTS', value: '-Xms64m -Xmx128m -XX:+UseG1GC -Djava.security.egd=file:/dev/urandom -Dspring.zipkin.enabled=false' };
const JAVA_OPTS_NEW = { name: 'JAVA_OPTS', value: '-Xms64m -Xmx192m -XX:+UseG1GC -Djava.security.egd=file:/dev/urandom -Dspring.zipkin.enabled=false' };
const spring = (min, thread, logger, msg) => `${T.java(min)}  INFO [orders,,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;

export const scenarios = [
  {
    folder: 's61a-catalogue-price-cents-release',
    incidentTime: INC,
    description: 'shop front page shows no socks at all since about 10:40 - login, basket and orders still ok. commerce team on it?',
    expected: { component: 'catalogue', cause: 'bad-deploy-rollout' },
    difficulty: 'medium',
    traits: ['pods-ready', 'rollout-regression', 'time-expression', 'team-name', 'decoy'],
    grounding: `
      Manifest facts (complete-demo.yaml at 9dff06f): catalogue is one replica of weaveworksdemos/catalogue:0.3.5 with
      readiness/liveness on /health (initial delay 180 s / 300 s); microservices-demo/catalogue service.go answers /health
      from db.Ping() only, and List/Count log the driver error then return ErrDBConnection ("database connection error"),
      Get returns "not found". The front-end proxies /catalogue* with helpers.simpleHttpRequest and answers 200 with the
      body catalogue returned, so its morgan("dev") log shows 200s.
      Fault: the commerce team's own catalogue build 0.3.6 (ghcr.io/sockshop-eng/catalogue:0.3.6) reads prices from a new
      column sock.price_cents; the migration adding it was never run against catalogue-db (weaveworksdemos/catalogue-db:0.3.0,
      unchanged). The release rolled out at 10:37, the pod passed readiness (the ping still works) and the old ReplicaSet was
      scaled down; since then every List and Count fails with MySQL error 1054 (go-sql-driver/mysql >= 1.8 prints it as
      "Error 1054 (42S22): ..."; the rebuilt binary's go-logfmt drops the space of the "database error" key). Tags still
      work. The shape is the public "code released before its schema migration" failure of many post-mortems.
      Decoys: carts was OOMKilled two days ago (running since); orders rolled out this morning with a larger -Xmx and is
      healthy.
      Deviations from upstream: the catalogue image and its query; orders' JAVA_OPTS; logs written in go-kit logfmt, morgan
      dev and Spring Boot formats, not captured from a cluster.
    `,
    workloads: {
      catalogue: {
        containers: { catalogue: { image: NEW_IMG } },
        rollout: { at: ROLL, revision: 6, oldContainers: { catalogue: { image: 'weaveworksdemos/catalogue:0.3.5' } } },
        pods: [{ readyTransition: T.iso(ROLL + 3.55) }],
      },
      carts: { pods: [{ containers: { carts: cartsOom } }] },
      orders: {
        containers: { orders: { env: [JAVA_OPTS_NEW] } },
        rollout: { at: -60 * 5 - 12, revision: 3, oldContainers: { orders: { env: [JAVA_OPTS_OLD] } } },
      },
    },
    events: [
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled up replica set catalogue-%NEW% to 1', first: ROLL, last: ROLL },
      { on: 'pod:catalogue#0', reason: 'Scheduled', message: 'Successfully assigned sock-shop/%POD% to %NODE%', source: 'default-scheduler', first: ROLL + 0.5 },
      { on: 'pod:catalogue#0', reason: 'Pulling', message: `Pulling image "${NEW_IMG}"`, fieldPath: 'spec.containers{catalogue}', first: ROLL + 0.5 },
      { on: 'pod:catalogue#0', reason: 'Pulled', message: `Successfully pulled image "${NEW_IMG}" in 12.871s (12.871s including waiting). Image size: 9021466 bytes.`, fieldPath: 'spec.containers{catalogue}', first: ROLL + 0.72 },
      { on: 'pod:catalogue#0', reason: 'Created', message: 'Created container catalogue', fieldPath: 'spec.containers{catalogue}', first: ROLL + 0.78 },
      { on: 'pod:catalogue#0', reason: 'Started', message: 'Started container catalogue', fieldPath: 'spec.containers{catalogue}', first: ROLL + 0.8 },
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled down replica set catalogue-%OLD% to 0 from 1', first: ROLL + 3.6, last: ROLL + 3.6 },
    ],
    logs: {
      'catalogue#0/catalogue': cat,
      'front-end#0/front-end': fe,
      'orders#0/orders': [
        spring(-60 * 5 - 10.2, 'main', 'w.s.c.ServletWebServerApplicationContext', 'Root WebApplicationContext: initialization completed in 4121 ms'),
        spring(-60 * 5 - 9.8, 'main', 'o.s.b.w.embedded.tomcat.TomcatWebServer', "Tomcat started on port(s): 80 (http) with context path ''"),
        spring(-60 * 5 - 9.8, 'main', 'works.weave.socks.orders.OrderApplication', 'Started OrderApplication in 38.117 seconds (JVM running for 41.905)'),
      ],
    },
  },
];
