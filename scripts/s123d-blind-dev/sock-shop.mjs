// Blind dev batch s123d (no-fault incidents): one Sock Shop scenario on the session-2 system definition.
// One customer is logged out on every basket visit: a cookie-deleting browser extension on her side; decoys in the hour.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };

const T = clock('2026-05-13T10:25:00Z');
const spring = (min, level, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [carts,,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;

const fe1 = ['npm info it worked if it ends with ok', 'npm info using npm@3.10.10', 'npm info using node@v6.9.4', 'npm info lifecycle microservices-demo-front-end@0.0.1~prestart: microservices-demo-front-end@0.0.1', 'npm info lifecycle microservices-demo-front-end@0.0.1~start: microservices-demo-front-end@0.0.1', '', '> microservices-demo-front-end@0.0.1 start /usr/src/app', '> node server.js', '', 'Using redis for session store', 'App now running in production mode on port 8079'];
for (let m = -24; m < -1; m += 0.9) {
  fe1.push(`GET /catalogue?page=1&size=6&tags= 200 ${(18 + Math.abs(Math.round(m * 7) % 9)).toFixed(3)} ms - 1935`);
  if (m > -18.6 && m < -15.4) fe1.push('Error: connect ECONNREFUSED %SVCIP:carts%:80', '    at Object.exports._errnoException (util.js:1026:11)', '    at exports._exceptionWithHostPort (util.js:1049:20)', '    at TCPConnectWrap.afterConnect [as oncomplete] (net.js:1085:14)', `GET /cart 500 ${(3 + Math.abs(Math.round(m * 5) % 2)).toFixed(3)} ms - 51`, 'POST /cart 500 4.118 ms - 51');
  else fe1.push(`GET /cart 200 ${(10 + Math.abs(Math.round(m * 3) % 5)).toFixed(3)} ms - 2`);
  fe1.push('GET /customers/57a98d98e4b00679b4a830b2 200 9.204 ms - 210', 'GET / 304 2.210 ms - -');
  if (Math.abs(Math.round(m * 10)) % 7 === 0) fe1.push('GET /login 401 22.637 ms - -');
}

const carts = [spring(-17.9, 'INFO', 'main', 'works.weave.socks.cart.CartApplication', 'Starting CartApplication v0.4.8 on %POD% with PID 7 (/usr/src/app/app.jar started by myuser in /usr/src/app)'),
  spring(-17.1, 'INFO', 'main', 'o.s.b.c.e.t.TomcatEmbeddedServletContainer', 'Tomcat started on port(s): 80 (http)'),
  spring(-17.0, 'INFO', 'main', 'works.weave.socks.cart.CartApplication', 'Started CartApplication in 52.337 seconds (JVM running for 55.1)')];

export const scenarios = [
  {
    folder: 's123d-basket-logout-one-customer',
    incidentTime: '2026-05-13T10:25:00Z',
    description: 'customer (ticket 4471) says sockshop logs her out every time she opens the basket, since yesterday evening. other users fine, works in incognito on her side apparently. session db or front end?',
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'time-expression'],
    workloads: {
      carts: { pods: [{ containers: { carts: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-18), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9 + 0.3), finishedAt: T.iso(-18.2) } }) }, readyTransition: T.iso(-16.6) }] },
      'front-end': {
        rollout: { at: -26, revision: 6, oldReplicas: 0, oldContainers: { 'front-end': { env: [{ name: 'SESSION_REDIS', value: 'true' }] } } },
        containers: { 'front-end': { image: 'weaveworksdemos/front-end:0.3.12', env: [{ name: 'SESSION_REDIS', value: 'true' }, { name: 'NODE_ENV', value: 'production' }] } },
      },
    },
    events: [
      { on: 'deploy:front-end', reason: 'ScalingReplicaSet', message: 'Scaled up replica set front-end-%NEW% to 1', first: -26 },
      { on: 'deploy:front-end', reason: 'ScalingReplicaSet', message: 'Scaled down replica set front-end-%OLD% to 1 from 2', first: -25 },
      { on: 'deploy:front-end', reason: 'ScalingReplicaSet', message: 'Scaled up replica set front-end-%NEW% to 2 from 1', first: -25 },
      { on: 'deploy:front-end', reason: 'ScalingReplicaSet', message: 'Scaled down replica set front-end-%OLD% to 0 from 1', first: -24 },
      { on: 'pod:front-end#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: Get "http://%PODIP%:8079/": dial tcp %PODIP%:8079: connect: connection refused', fieldPath: 'spec.containers{front-end}', first: -25.8, last: -25.6, count: 2 },
      { on: 'pod:carts#0', reason: 'Pulled', message: 'Container image "weaveworksdemos/carts:0.4.8" already present on machine', fieldPath: 'spec.containers{carts}', first: -18.1 },
      { on: 'pod:carts#0', reason: 'Started', message: 'Started container carts', fieldPath: 'spec.containers{carts}', first: -18 },
    ],
    logs: {
      'front-end#0/front-end': fe1,
      'front-end#1/front-end': fe1.slice(0, 11).concat(['GET /cart 200 9.882 ms - 2', 'GET /login 200 31.004 ms - 37', 'GET /cart 200 8.117 ms - 2']),
      'carts#0/carts': carts,
    },
    grounding: `
      No fault. The front-end (weaveworksdemos/front-end 0.3.12, express-session with the Redis store when SESSION_REDIS=true)
      keeps the login in the md.sid session cookie and a logged_in cookie; a customer whose browser deletes the site's cookies
      (a Cookie AutoDelete-style extension; works in a private window, every other user fine, session-db untouched) loses her
      session on her side. Nothing in the cluster is wrong now.
      Decoys, loud and inside the hour: carts (JVM, 500Mi limit) OOMKilled once 18 minutes ago and back after its ~52 s Spring
      start, with a burst of ECONNREFUSED / GET /cart 500 lines in the new front-end pod's morgan log for those minutes; a
      front-end rollout 26 minutes ago (one env var, NODE_ENV=production, added; same image) whose first new pod failed its
      readiness probe twice while node started. The old front-end pods are gone (their logs are not in the snapshot).
      Deviations: the NODE_ENV env var is this release's change; morgan "dev" lines and npm start lines follow the image's shape.
    `,
  },
];
