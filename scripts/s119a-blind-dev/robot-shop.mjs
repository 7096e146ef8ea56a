// Blind dev batch s119a: Robot Shop spec (system from scripts/kit-systems/robot-shop.mjs).
// shipping release moved to Spring Boot 3.2, which no longer matches trailing-slash URLs; web's calls get 404.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, defaultPvcs as pvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export const system = base;
export const defaultPvcs = pvcs;
const T = clock('2025-05-14T14:35:00Z');
const boot3 = (min, level, thread, logger, msg) => `${T.isoMs(min)}  ${level.padStart(5)} 1 --- [shipping] [${thread.padStart(15)}] ${logger.padEnd(40).slice(0, 40)} : ${msg}`;
const clf = (min) => { const d = new Date(Date.parse(T.isoMs(min))); const mon = ['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][d.getUTCMonth()]; const p = (n) => String(n).padStart(2, '0'); return `${p(d.getUTCDate())}/${mon}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`; };
const acc = (min, ip, req, status, bytes, ua = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36') => `${ip} - - [${clf(min)}] "${req} HTTP/1.1" ${status} ${bytes} "http://shop.robotshop.example/" "${ua}"`;
const uid1 = '9d6c2f1e-4b3a-4c5d-8e7f-0a1b2c3d4e5f';

export const scenarios = [
  withDefaults({
    folder: 's119a-shipping-trailing-slash-404',
    incidentTime: '2025-05-14T14:35:00Z',
    description: 'robotshop: shipping step at checkout is broken since about 2pm - choose country then nothing loads, quote never shows. catalogue + basket still work. fulfilment team pls look',
    expected: { component: 'shipping', cause: 'bad-deploy-rollout' },
    difficulty: 'hard',
    traits: ['rollout-regression', 'pods-ready', 'decoy', 'team-name', 'time-expression'],
    grounding: `
      Fault shape: Spring Framework 6 (Spring Boot 3) turned trailing-slash matching off by default (spring-framework issue 28552,
      Spring Boot 3.0 migration guide): "/calc/{id}/" no longer maps to "/calc/{id}", and since Boot 3.2 the miss is logged by
      DefaultHandlerExceptionResolver as NoResourceFoundException and answered 404. Upstream robot-shop shipping is Spring Boot 2
      (image robotshop/rs-shipping:2.1.0). Deviation: a release 2.2.0 rebuilt on Spring Boot 3.2 was rolled out at 13:58 UTC
      (only the image tag differs between the ReplicaSets); the web front end's AngularJS client is assumed to call the
      shipping codes/match/calc endpoints with a trailing slash, as the nginx access lines show. Pods stay Ready (/health has
      no slash), nothing restarts. Decoys: mysql has an OOMKilled restart from 3 days ago; ratings logs routine PHP notices;
      web's nginx is the loud one with 404s.
    `,
    workloads: {
      shipping: {
        containers: { shipping: { image: 'robotshop/rs-shipping:2.2.0' } },
        rollout: { at: -37, oldContainers: { shipping: { image: 'robotshop/rs-shipping:2.1.0' } } },
      },
      mysql: {
        pods: [{ containers: { mysql: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.3) } }) } }],
      },
    },
    events: [
      { on: 'deploy:shipping', reason: 'ScalingReplicaSet', message: 'Scaled up replica set shipping-%NEW% to 1', first: -37 },
      { on: 'deploy:shipping', reason: 'ScalingReplicaSet', message: 'Scaled down replica set shipping-%OLD% to 0 from 1', first: -35.6 },
      { on: 'pod:shipping#0', reason: 'Pulled', message: 'Successfully pulled image "robotshop/rs-shipping:2.2.0" in 6.214s (6.214s including waiting). Image size: 187342115 bytes.', first: -36.8, fieldPath: 'spec.containers{shipping}' },
      { on: 'pod:shipping#0', reason: 'Started', message: 'Started container shipping', first: -36.7, fieldPath: 'spec.containers{shipping}' },
      { on: 'pod:shipping#0', reason: 'Unhealthy', message: 'Readiness probe failed: Get "http://%PODIP%:8080/health": dial tcp %PODIP%:8080: connect: connection refused', type: 'Warning', first: -36.6, last: -36.0, count: 6, fieldPath: 'spec.containers{shipping}' },
    ],
    logs: {
      'shipping#0/shipping': [
        boot3(-36.65, 'INFO', 'main', 'c.i.r.shipping.ShippingServiceApplication', 'Starting ShippingServiceApplication v2.2.0 using Java 17.0.11 with PID 1 (/opt/shipping/shipping.jar started by root in /opt/shipping)'),
        boot3(-36.4, 'INFO', 'main', 'o.s.b.w.embedded.tomcat.TomcatWebServer', 'Tomcat initialized with port 8080 (http)'),
        boot3(-36.1, 'INFO', 'main', 'com.zaxxer.hikari.HikariDataSource', 'HikariPool-1 - Start completed.'),
        boot3(-35.95, 'INFO', 'main', 'o.s.b.w.embedded.tomcat.TomcatWebServer', "Tomcat started on port 8080 (http) with context path ''"),
        boot3(-35.94, 'INFO', 'main', 'c.i.r.shipping.ShippingServiceApplication', 'Started ShippingServiceApplication in 42.731 seconds (process running for 44.02)'),
        boot3(-34.0, 'INFO', 'http-nio-8080-exec-1', 'o.a.c.c.C.[Tomcat].[localhost].[/]', "Initializing Spring DispatcherServlet 'dispatcherServlet'"),
        boot3(-12.3, 'WARN', 'http-nio-8080-exec-4', '.w.s.m.s.DefaultHandlerExceptionResolver', 'Resolved [org.springframework.web.servlet.resource.NoResourceFoundException: No static resource codes.]'),
        boot3(-12.1, 'WARN', 'http-nio-8080-exec-6', '.w.s.m.s.DefaultHandlerExceptionResolver', 'Resolved [org.springframework.web.servlet.resource.NoResourceFoundException: No static resource codes.]'),
        boot3(-4.2, 'WARN', 'http-nio-8080-exec-2', '.w.s.m.s.DefaultHandlerExceptionResolver', 'Resolved [org.springframework.web.servlet.resource.NoResourceFoundException: No static resource match/gb/london.]'),
        boot3(-1.1, 'WARN', 'http-nio-8080-exec-9', '.w.s.m.s.DefaultHandlerExceptionResolver', 'Resolved [org.springframework.web.servlet.resource.NoResourceFoundException: No static resource codes.]'),
      ],
      'web#0/web': [
        acc(-12.31, '10.1.2.17', 'GET /api/catalogue/products', 200, 2391),
        acc(-12.3, '10.1.2.17', 'GET /api/shipping/codes/', 404, 153),
        acc(-12.1, '10.1.3.88', 'GET /api/shipping/codes/', 404, 153),
        acc(-8.0, '10.1.1.40', 'GET /api/cart/cart/' + uid1, 200, 412),
        acc(-4.2, '10.1.3.88', 'GET /api/shipping/match/gb/london/', 404, 153),
        acc(-1.1, '10.1.2.17', 'GET /api/shipping/codes/', 404, 153),
        acc(-0.9, '10.1.2.17', 'GET /api/ratings/api/fetch/HAL-1', 200, 41),
      ],
      'cart#0/cart': [
        pino(T, -8.0, 'info', 'cart-6c9f8d5b7-x2kqz', 'request completed', `"req":{"id":412,"method":"GET","url":"/cart/${uid1}","remoteAddress":"::ffff:10.1.1.40"},"res":{"statusCode":200},"responseTime":3,`),
      ],
      'ratings#0/ratings': [
        `[${new Date(Date.parse(T.isoMs(-3))).toUTCString().replace('GMT', '')}] [php7:notice] [pid 23] [client 10.1.1.40:51234] PHP Notice:  Undefined index: HTTP_X_INSTANA_T in /var/www/html/api.php on line 17`,
      ],
    },
  }),
];
