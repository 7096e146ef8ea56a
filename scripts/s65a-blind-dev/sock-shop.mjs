// Blind dev batch s65a, Sock Shop: one scenario spec for the scenario kit (scripts/s2-scenario-kit.mjs), built by
// scripts/s65a-build.mjs (which also writes the catalogue release's dnsPolicy/dnsConfig, a pod-spec field the kit cannot express).
import { clock, cs } from '../s2-scenario-kit.mjs';

export { system } from '../s2-scenarios/sock-shop.mjs';

const T = clock('2026-05-12T10:58:00Z');
// go-kit DefaultTimestampUTC is RFC3339Nano (trailing zeros trimmed); durations print as Go's time.Duration does.
const kit = (min, kv) => `ts=${T.isoMs(min).replace(/\.(\d{3})Z$/, (_, ms) => `.${ms}${String(Math.abs(Math.round(min * 7919)) % 1000000).padStart(6, '0')}`.replace(/0+$/, '') + 'Z')} ${kv}`;
const dur = (ms) => `${Number(ms.toFixed(6))}ms`;
// morgan("dev") as the front-end (Express) prints it: colour escapes around the status.
const morgan = (method, url, status, ms, len = '-') =>
  `\x1b[0m${method} ${url} \x1b[${status >= 500 ? 31 : status >= 400 ? 33 : status >= 300 ? 36 : 32}m${status} \x1b[0m${ms} ms - ${len}\x1b[0m`;

const ROLLOUT = -26;
const catalogueLog = [
  'images: "./images/"',
  'Abs(images): "/images" (<nil>)',
  'Getwd: "/" (<nil>)',
  'ls: ["./images/WAT.jpg" "./images/WAT2.jpg" "./images/bit_of_leg_1.jpeg" "./images/bit_of_leg_2.jpeg" "./images/catsocks.jpg" "./images/catsocks2.jpg" "./images/classic.jpg" "./images/classic2.jpg" "./images/colourful_socks.jpg" "./images/cross_1.jpeg" "./images/cross_2.jpeg" "./images/holy_1.jpeg" "./images/holy_2.jpeg" "./images/holy_3.jpeg" "./images/puma_1.jpeg" "./images/puma_2.jpeg" "./images/rugby_socks.jpg" "./images/sock.jpeg" "./images/youtube_1.jpeg" "./images/youtube_2.jpeg"]',
  kit(ROLLOUT + 0.55, 'caller=main.go:91 Error="Unable to connect to Database" DSN=0xc42000e3a0'),
  kit(ROLLOUT + 0.55, 'caller=main.go:119 transport=HTTP port=80'),
];
// Probes hit /health every 3 s (liveness and readiness); the page loads hit List / Count / Tags.
for (let m = ROLLOUT + 3.55; m < -0.2; m += 0.9) {
  catalogueLog.push(kit(m, `caller=logging.go:85 method=Health result=2 took=${dur(1.1 + (Math.abs(m * 13) % 9) / 10 + 0.000137)}`));
  catalogueLog.push(kit(m + 0.05, `caller=logging.go:85 method=Health result=2 took=${dur(1.3 + (Math.abs(m * 7) % 8) / 10 + 0.000211)}`));
  if (m > ROLLOUT + 3.6) {
    catalogueLog.push(kit(m + 0.2, `caller=logging.go:31 method=List tags= order=id pageNum=1 pageSize=6 result=0 err="database connection error" took=${dur(1.8 + (Math.abs(m * 11) % 7) / 10 + 0.000413)}`));
    catalogueLog.push(kit(m + 0.21, `caller=logging.go:46 method=Count tags= result=0 err="database connection error" took=${dur(1.2 + (Math.abs(m * 5) % 6) / 10 + 0.000089)}`));
    if (Math.round(m * 10) % 3 === 0) catalogueLog.push(kit(m + 0.4, `caller=logging.go:71 method=Tags result=0 err="database connection error" took=1.604119ms`));
  }
}

const frontLog = (offset) => {
  const out = [];
  for (let m = -42 + offset; m < -0.3; m += 1.7) {
    const broken = m > ROLLOUT + 3.6;
    out.push(morgan('GET', '/', 200, (3.1 + (offset % 2)).toFixed(3), '8688'));
    out.push(morgan('GET', '/catalogue?size=5', 200, broken ? '4.912' : '18.337', broken ? '-' : '-'));
    out.push(morgan('GET', '/cart', 200, '11.248'));
    if (Math.round(m) % 3 === 0) out.push(morgan('GET', '/category.html', 304, '1.102', '-'));
    out.push(morgan('GET', '/catalogue/size?tags=', 200, broken ? '3.774' : '9.561'));
    out.push(morgan('GET', '/catalogue?page=1&size=6&tags=', 200, broken ? '4.208' : '21.904'));
    out.push(morgan('GET', '/tags', 200, broken ? '2.991' : '7.415'));
    if (Math.round(m) % 4 === 1) out.push(morgan('POST', '/login', 200, '64.022', '-'));
    if (Math.round(m) % 5 === 2) out.push(morgan('GET', '/orders', 201, '38.417', '-'));
  }
  return ['Using the redis based session manager', 'App now running in production mode on port 8079', ...out];
};

const cartsLog = [];
for (let m = -40; m < -0.5; m += 2.3) {
  cartsLog.push(`${T.java(m)} DEBUG [carts,,,] 7 --- [p-nio-80-exec-${1 + (Math.round(-m) % 9)}] w.c.CartsController                     : Getting cart for customer 57a98d98e4b00679b4a830b2`);
}

export const scenarios = [
  {
    folder: 's65a-catalogue-dnspolicy-default',
    description: 'catalog page on the sock shop shows no socks since about 10:35 — cart and login still work. is catalogue-db down?',
    incidentTime: '2026-05-12T10:58:00Z',
    expected: { component: 'catalogue', cause: 'network-fault' },
    alsoAcceptable: [
      { component: 'catalogue', cause: 'bad-deploy-rollout' },
      { component: 'catalogue', cause: 'config-error' },
    ],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'time-expression', 'partial-name', 'decoy'],
    grounding: `
      Fault: a catalogue release at 10:32 that only changed the pod's DNS settings — dnsPolicy: Default with dnsConfig
      options ndots:2 (an attempt to cut search-path lookups). dnsPolicy Default is not the Kubernetes default (that is
      ClusterFirst): the pod inherits the node's resolv.conf (on EKS the VPC resolver 10.0.0.2, search
      eu-west-1.compute.internal), so the cluster name catalogue-db in the DSN flag default
      catalogue_user:default_password@tcp(catalogue-db:3306)/socksdb (microservices-demo/catalogue cmd/cataloguesvc/main.go)
      no longer resolves. The Kubernetes docs' "DNS for Services and Pods" warns that "Default" is not the default policy;
      the confusion is a common public report.
      The Go service does not fail at start: main.go pings the DB "only for logging purposes" and logs Error="Unable to
      connect to Database" with DSN printed as a pointer; /health answers 200 with catalogue-db status "err" (service.go
      Health), so liveness and readiness keep passing and the pod stays Ready with no restart. List/Count/Tags return
      ErrDBConnection ("database connection error") through the go-kit logging middleware (logging.go); the service's own
      "database error" lines use a key with a space, which the go-logfmt of the time rejects (ErrInvalidKey) so the line is
      dropped — an assumption about the 0.3.5 image's vendored logger: the lookup error itself never reaches the log. The front-end relays the catalogue's error body with status 200 (helpers.simpleHttpRequest
      -> respondSuccessBody), so its morgan lines stay green: nobody is loud, the shop just shows no socks.
      catalogue-db (MySQL) is untouched, Running and Ready, no restarts: the obvious suspect is not the culprit. The
      old and new ReplicaSets differ only in dnsPolicy/dnsConfig (written by scripts/s65a-build.mjs after the kit).
      Decoy: one front-end pod restarted two days ago (OOMKilled at its 1000Mi limit), unrelated and long over.
      Deviations from upstream: the release itself (upstream sets no dnsPolicy); cluster, nodes and IPs as in SOURCES.md.
    `,
    workloads: {
      // readiness initialDelaySeconds 180: the new pod is Ready (and the old one goes) about three minutes after it starts.
      catalogue: { rollout: { at: ROLLOUT, revision: 4 }, pods: [{ node: 'ip-10-0-2-148.eu-west-1.compute.internal', readyTransition: T.iso(ROLLOUT + 3.55) }], endpointsChanged: ROLLOUT + 3.6 },
      'front-end': {
        pods: [
          { node: 'ip-10-0-1-23.eu-west-1.compute.internal' },
          {
            node: 'ip-10-0-3-91.eu-west-1.compute.internal',
            containers: {
              'front-end': cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-60 * 51),
                last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 51 - 0.2) },
              }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled up replica set catalogue-%NEW% to 1', first: ROLLOUT },
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled down replica set catalogue-%OLD% to 0 from 1', first: ROLLOUT + 3.6 },
      { on: 'rs:catalogue', reason: 'SuccessfulCreate', message: 'Created pod: catalogue-%RS%', first: ROLLOUT, source: 'replicaset-controller' },
      { on: 'pod:catalogue#0', reason: 'Scheduled', message: 'Successfully assigned sock-shop/%POD% to %NODE%', first: ROLLOUT + 0.5, source: 'default-scheduler' },
      { on: 'pod:catalogue#0', reason: 'Pulled', message: 'Container image "weaveworksdemos/catalogue:0.3.5" already present on machine', first: ROLLOUT + 0.5, fieldPath: 'spec.containers{catalogue}' },
      { on: 'pod:catalogue#0', reason: 'Created', message: 'Created container catalogue', first: ROLLOUT + 0.5, fieldPath: 'spec.containers{catalogue}' },
      { on: 'pod:catalogue#0', reason: 'Started', message: 'Started container catalogue', first: ROLLOUT + 0.55, fieldPath: 'spec.containers{catalogue}' },
    ],
    logs: {
      'catalogue#0/catalogue': catalogueLog,
      'front-end#0/front-end': frontLog(0),
      'front-end#1/front-end': frontLog(0.8),
      'carts#0/carts': cartsLog,
      'catalogue-db#0/catalogue-db': [
        '2026-05-03T10:58:41.112804Z 0 [Note] mysqld (mysqld 5.7.17) starting as process 1 ...',
        '2026-05-03T10:58:41.871993Z 0 [Note] InnoDB: Buffer pool(s) load completed at 260503 10:58:41',
        "2026-05-03T10:58:41.902117Z 0 [Note] Server hostname (bind-address): '*'; port: 3306",
        "2026-05-03T10:58:41.902361Z 0 [Note] IPv6 is available.",
        "2026-05-03T10:58:41.941820Z 0 [Note] mysqld: ready for connections.",
        "Version: '5.7.17'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server (GPL)",
        `${T.isoMs(ROLLOUT + 3.65).replace('Z', '000Z')} 412 [Note] Aborted connection 412 to db: 'socksdb' user: 'catalogue_user' host: '10.0.1.187' (Got an error reading communication packets)`,
      ],
    },
  },
];
