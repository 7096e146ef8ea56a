// Blind dev batch s115a, Robot Shop: an nginx proxy_read_timeout of 1s in web's new ConfigMap cuts slow shipping calls.
// Spec module for scripts/s2-scenario-kit.mjs (built by scripts/s115a-build.mjs).
import { clock } from '../s2-scenario-kit.mjs';
import { withDefaults } from '../kit-systems/robot-shop.mjs';
export { system, defaultPvcs } from '../kit-systems/robot-shop.mjs';

const T = clock('2025-04-02T09:40:00Z');
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ngx = (min) => T.go(min);
const acc = (min, path, status, rt) => { const [d, t] = T.java(min).split(' '); const [y, m, dd] = d.split('-'); return `10.1.2.41 - - [${dd}/${MON[Number(m) - 1]}/${y}:${t.slice(0, 8)} +0000] "GET ${path} HTTP/1.1" ${status} ${status === 504 ? 167 : 412} "http://shop.robotshop.example/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36" rt=${rt}`; };
const timeout = (min, n) => `${ngx(min)} [error] 29#29: *${n} upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.1.2.41, server: localhost, request: "GET /api/shipping/calc/4521 HTTP/1.1", upstream: "http://%SVCIP:shipping%:8080/calc/4521", host: "shop.robotshop.example", referrer: "http://shop.robotshop.example/"`;
const spring = (min, level, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} 1 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const conf = { name: 'nginx-conf', configMap: { name: 'web-nginx-conf', defaultMode: 420 } };

export const scenarios = [
  withDefaults({
    folder: 's115a-web-nginx-read-timeout-shipping',
    incidentTime: '2025-04-02T09:40:00Z',
    description: 'robotshop checkout stuck at the shipping step, "calculate" spins then fails (504). shiping svc looks slow? cart + catalogue fine',
    expected: { component: 'web', cause: 'config-error' },
    alsoAcceptable: [{ component: 'web', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'typo', 'partial-name', 'decoy'],
    grounding: `
      Manifest facts: robot-shop helm (55292e2) web is nginx (rs-web:2.1.0) proxying /api/<svc>/ to each Service on
      8080; shipping (Spring Boot, rs-shipping) answers /calc/<cityId> after a city lookup in MySQL and a distance
      computation, which upstream takes 1-2 s on a cold lookup (its readiness probe has timeoutSeconds 1 on /health only).
      Fault (deviation: the team mounts its own default.conf from ConfigMap web-nginx-conf): a web rollout 50 minutes
      before added the mount with "proxy_read_timeout 1s;" meant for the /api/ratings block but placed at server level,
      so nginx answers 504 "upstream timed out (110: Connection timed out) while reading response header" for
      /api/shipping/calc while fast APIs keep working. shipping logs the same requests completing in ~1.4 s. Pods all Ready.
      Decoys: shipping has an old restart (exit 143 during last week's node patching) and logs a HikariCP housekeeper
      warning; the description blames shipping. Old and new web ReplicaSets differ only in the added volume/volumeMount.`,
    workloads: {
      web: {
        containers: { web: { volumeMounts: [{ name: 'nginx-conf', mountPath: '/etc/nginx/conf.d/default.conf', subPath: 'default.conf' }] } },
        patch: { volumes: [conf] },
        rollout: { at: -50, oldContainers: { web: { volumeMounts: undefined } }, oldPatch: { volumes: undefined } },
      },
      shipping: {
        pods: [{ containers: { shipping: { state: { running: { startedAt: T.iso(-60 * 24 * 5) } }, lastState: { terminated: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 12), finishedAt: T.iso(-60 * 24 * 5 - 0.5), containerID: '%CID%' } }, ready: true, started: true, restartCount: 1 } } }],
      },
    },
    events: [
      { on: 'deploy:web', reason: 'ScalingReplicaSet', message: 'Scaled up replica set web-%NEW% to 1', first: -50 },
      { on: 'deploy:web', reason: 'ScalingReplicaSet', message: 'Scaled down replica set web-%OLD% to 0 from 1', first: -49.3 },
      { on: 'pod:web#0', reason: 'Scheduled', message: 'Successfully assigned robot-shop/%POD% to %NODE%', source: 'default-scheduler', first: -49.5 },
      { on: 'pod:web#0', reason: 'Pulled', message: 'Container image "robotshop/rs-web:2.1.0" already present on machine', fieldPath: 'spec.containers{web}', first: -49.5 },
      { on: 'pod:web#0', reason: 'Created', message: 'Created container web', fieldPath: 'spec.containers{web}', first: -49.4 },
      { on: 'pod:web#0', reason: 'Started', message: 'Started container web', fieldPath: 'spec.containers{web}', first: -49.4 },
    ],
    logs: {
      'web#0/web': [
        `${ngx(-49.4)} [notice] 1#1: using the "epoll" event method`,
        `${ngx(-49.4)} [notice] 1#1: nginx/1.21.6`,
        `${ngx(-49.4)} [notice] 1#1: start worker processes`,
        acc(-12.4, '/api/catalogue/products', 200, '0.021'),
        acc(-12.1, '/api/cart/cart/anonymous-5521', 200, '0.014'),
        timeout(-11.8, 4419), acc(-11.8, '/api/shipping/calc/4521', 504, '1.001'),
        acc(-6.3, '/api/catalogue/categories', 200, '0.009'),
        timeout(-6.0, 4733), acc(-6.0, '/api/shipping/calc/4521', 504, '1.000'),
        timeout(-1.6, 5102), acc(-1.6, '/api/shipping/calc/4521', 504, '1.001'),
      ],
      'shipping#0/shipping': [
        spring(-60 * 24 * 5 + 1, 'INFO', 'main', 'com.instana.robotshop.shipping.ShippingServiceApplication', 'Started ShippingServiceApplication in 21.73 seconds (JVM running for 23.402)'),
        spring(-300, 'WARN', 'l-1 housekeeper', 'com.zaxxer.hikari.pool.HikariPool', 'HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=1m2s).'),
        spring(-11.8, 'INFO', 'nio-8080-exec-4', 'c.i.r.shipping.Controller', 'Calc for 4521 took 1398 ms'),
        spring(-6.0, 'INFO', 'nio-8080-exec-7', 'c.i.r.shipping.Controller', 'Calc for 4521 took 1412 ms'),
        spring(-1.6, 'INFO', 'nio-8080-exec-2', 'c.i.r.shipping.Controller', 'Calc for 4521 took 1377 ms'),
      ],
    },
  }),
];
