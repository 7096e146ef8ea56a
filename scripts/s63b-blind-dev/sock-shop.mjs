// Batch s63b (blind dev): one Sock Shop scenario for the scenario kit (scripts/s2-scenario-kit.mjs).
// An in-house catalogue build rolled out before its catalogue-db schema migration: Ready, every list query fails.
import { createHash } from 'node:crypto';
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };

const hx = (s) => createHash('sha256').update(s).digest('hex');
const INCIDENT = '2026-05-06T16:25:00Z';
const T = clock(INCIDENT);
const ROLL = -23; // 16:02
const NEW_IMG = 'quay.io/socks-platform/catalogue:0.3.6-discounts';
const OLD_IMG = 'weaveworksdemos/catalogue:0.3.5';

// go-kit logfmt (log.DefaultTimestampUTC is RFC3339Nano, log.DefaultCaller file:line)
const nano = (min, seed) => T.isoMs(min).replace(/Z$/, `${String(parseInt(hx(seed).slice(0, 6), 16) % 1000000).padStart(6, '0')}Z`);
const took = (seed, base) => `${(base + (parseInt(hx(seed).slice(0, 4), 16) % 900) / 1000).toFixed(6).replace(/0+$/, '')}ms`;
const gk = (min, seed, caller, kv) => `ts=${nano(min, seed)} caller=${caller} ${kv}`;
const ERR = `"Error 1054: Unknown column 'sock.discount_price' in 'field list'"`;

const SOCKS = ['3395a43e-2d88-40de-b95f-e00e1502085b', '510a0d7e-8e83-4193-b483-e27e09ddc34d', 'a0a4f044-b040-410d-8ead-4de0446aec7e', 'd3588630-ad8e-49df-bbd7-3167f7efb246', '819e1fbf-8b7e-4f6d-811f-693534916a8b', 'zzz4f044-b040-410d-8ead-4de0446aec7e'];

const catalogueLog = () => {
  const st = ROLL + 0.6;
  const out = [
    'images: "./images/"',
    'pwd: "/" (<nil>)',
    'ls: ["./images/WAT.jpg" "./images/WAT2.jpg" "./images/bit_of_leg_1.jpeg" "./images/bit_of_leg_2.jpeg" "./images/catsocks.jpg" "./images/catsocks2.jpg" "./images/classic.jpg" "./images/classic2.jpg" "./images/colourful_socks.jpg" "./images/cross_1.jpeg" "./images/cross_2.jpeg" "./images/holy_1.jpeg" "./images/holy_2.jpeg" "./images/holy_3.jpeg" "./images/puma_1.jpeg" "./images/puma_2.jpeg" "./images/rugby_socks.jpg" "./images/sock.jpg" "./images/youtube_1.jpeg" "./images/youtube_2.jpeg"]',
    gk(st, 'start', 'main.go:126', 'transport=HTTP port=80'),
  ];
  const ev = [];
  for (let s = st + 0.5; s < -0.05; s += 0.05) ev.push({ min: s, kind: 'health' });
  for (let k = 0; k < 34; k++) ev.push({ min: ROLL + 1.4 + k * 0.62, kind: k % 5 === 3 ? 'get' : k % 5 === 4 ? 'tags' : 'list', k });
  ev.sort((a, b) => a.min - b.min);
  for (const e of ev) {
    const seed = `${e.kind}-${e.min}`;
    if (e.kind === 'health') out.push(gk(e.min, seed, 'logging.go:81', `method=Health result=2 took=${took(seed, 0.6)}`));
    else if (e.kind === 'list') {
      out.push(gk(e.min, seed + 'e', 'service.go:103', `databaseerror=${ERR}`));
      out.push(gk(e.min + 0.0001, seed, 'logging.go:35', `method=List tags= order=id pageNum=1 pageSize=${e.k % 2 ? 6 : 5} result=0 err="database connection error" took=${took(seed, 1.9)}`));
      out.push(gk(e.min + 0.0002, seed + 'c', 'logging.go:46', `method=Count tags= result=9 err=null took=${took(seed + 'c', 1.1)}`));
    } else if (e.kind === 'get') {
      const id = SOCKS[e.k % 5];
      out.push(gk(e.min, seed + 'e', 'service.go:172', `databaseerror=${ERR}`));
      out.push(gk(e.min + 0.0001, seed, 'logging.go:58', `method=Get id=${id} sock= err="not found" took=${took(seed, 1.4)}`));
    } else out.push(gk(e.min, seed, 'logging.go:70', `method=Tags result=11 err=null took=${took(seed, 0.9)}`));
  }
  return out;
};

// morgan "dev" (front-end/server.js app.use(morgan("dev", {}))): colours are always on.
const color = (st) => (st >= 500 ? 31 : st >= 400 ? 33 : st >= 300 ? 36 : 32);
const morgan = (path, st, ms, len) => `\x1b[0mGET ${path} \x1b[${color(st)}m${st} \x1b[0m${ms.toFixed(3)} ms - ${len}\x1b[0m`;
const frontEnd = (which) => {
  const out = [];
  for (let k = 0; k < 46; k++) {
    const min = -60 + k * 1.3 + which * 0.37;
    const bad = min > ROLL + 1.2;
    const seed = `fe${which}-${k}`;
    const ms = 3 + (parseInt(hx(seed).slice(0, 4), 16) % 700) / 100;
    const kind = k % 4;
    if (kind === 0 || kind === 2) {
      out.push(morgan('/catalogue?page=1&size=6&tags=', bad ? 500 : 200, ms, bad ? 85 : 2206));
      out.push(morgan('/catalogue/size?tags=', 200, ms / 2, 12));
      out.push(morgan('/tags', 200, ms / 2.5, 107));
    } else if (kind === 1) {
      out.push(morgan(`/catalogue/${SOCKS[k % 5]}`, bad ? 404 : 200, ms, bad ? 67 : 368));
      out.push(morgan('/cart', 200, ms * 1.6, 2));
    } else {
      out.push(morgan('/', 304, ms / 3, '-'));
      out.push(morgan('/login', 200, ms * 2.1, '-'));
      out.push(morgan('/customers/57a98d98e4b00679b4a830b2', 200, ms * 1.4, 212));
    }
  }
  return out.map((l) => l.replace(/- -$/, '- -'));
};

export const scenarios = [
  {
    folder: 's63b-catalogue-release-ahead-of-schema',
    incidentTime: INCIDENT,
    description: 'sock shop catalogue page is empty since about 4pm, tag filters still load fine - fe team',
    expected: { component: 'catalogue', cause: 'bad-deploy-rollout' },
    difficulty: 'medium',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'decoy', 'time-expression', 'team-name'],
    workloads: {
      catalogue: {
        rollout: { at: ROLL, revision: 4, oldContainers: { catalogue: { image: OLD_IMG } } },
        containers: { catalogue: { image: NEW_IMG } },
      },
      carts: {
        pods: [{
          containers: {
            carts: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 - 40), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9 + 0.3), finishedAt: T.iso(-60 * 24 * 3 - 40.1) } }),
          },
        }],
      },
    },
    events: [
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled up replica set catalogue-%NEW% to 1', first: ROLL },
      { on: 'pod:catalogue#0', reason: 'Scheduled', message: 'Successfully assigned sock-shop/%POD% to %NODE%', first: ROLL + 0.5, source: 'default-scheduler' },
      { on: 'pod:catalogue#0', reason: 'Pulling', message: `Pulling image "${NEW_IMG}"`, first: ROLL + 0.52, fieldPath: 'spec.containers{catalogue}' },
      { on: 'pod:catalogue#0', reason: 'Pulled', message: `Successfully pulled image "${NEW_IMG}" in 3.412s (3.412s including waiting). Image size: 9873104 bytes.`, first: ROLL + 0.58, fieldPath: 'spec.containers{catalogue}' },
      { on: 'pod:catalogue#0', reason: 'Created', message: 'Created container catalogue', first: ROLL + 0.58, fieldPath: 'spec.containers{catalogue}' },
      { on: 'pod:catalogue#0', reason: 'Started', message: 'Started container catalogue', first: ROLL + 0.6, fieldPath: 'spec.containers{catalogue}' },
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled down replica set catalogue-%OLD% to 0 from 1', first: ROLL + 3.7 },
    ],
    logs: {
      'catalogue#0/catalogue': catalogueLog(),
      'front-end#0/front-end': frontEnd(0),
      'front-end#1/front-end': frontEnd(1),
    },
    grounding: `
      Manifest: microservices-demo/microservices-demo deploy/kubernetes/complete-demo.yaml at 9dff06f (catalogue command /app,
      args -port=80, readiness and liveness on /health, catalogue-db weaveworksdemos/catalogue-db:0.3.0 with database socksdb).
      Code: microservices-demo/catalogue service.go (List and Get run baseQuery through sqlx; on error they log
      "database error" and return ErrDBConnection / ErrNotFound; Health only pings the database, so the pod stays Ready;
      Count and Tags use their own queries), logging.go (the go-kit logfmt middleware lines), cmd/cataloguesvc/main.go
      (startup prints, "transport=HTTP port=80"). go-logfmt drops the space of the key "database error".
      Fault: the classic deploy-before-migration release. At 16:02 the catalog team rolled out an in-house build
      quay.io/socks-platform/catalogue:0.3.6-discounts whose baseQuery also selects sock.discount_price; the ALTER TABLE for
      catalogue-db was scheduled for the next change window and never ran. MySQL answers every List/Get with
      "Error 1054: Unknown column 'sock.discount_price' in 'field list'": the front-end's /catalogue calls get 500 and item
      pages 404, /tags and /catalogue/size still answer. The new pod is Running and Ready, nothing restarts; the old and the
      new ReplicaSet differ only in the image.
      Deviations: the in-house image and its tag are invented; catalogue-db is untouched upstream 0.3.0.
      Decoy: carts was OOMKilled three days ago (one restart, Running since).
      Expected: catalogue / bad-deploy-rollout.
    `,
  },
];
