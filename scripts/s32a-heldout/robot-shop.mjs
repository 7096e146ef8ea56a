// Batch s32a held-out scenario for Stan's Robot Shop (split: test), written blind; built by scripts/s32a-build.mjs with the
// kit and the kit system definition scripts/kit-systems/robot-shop.mjs (withDefaults, default PVCs).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const T = clock('2026-06-03T19:22:00Z');
// Spring Boot 2 default console pattern (logback).
const sb = (min, lvl, thread, logger, msg) => `${T.java(min)}  ${lvl.padStart(5)} 1 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const boot = (t0, dur) => [
  sb(t0, 'INFO', 'main', 'c.i.r.s.ShippingServiceApplication', 'Starting ShippingServiceApplication v1.0 on %POD% with PID 1 (/shipping/shipping.jar started by root in /shipping)'),
  sb(t0 + 0.01, 'INFO', 'main', 'c.i.r.s.ShippingServiceApplication', 'No active profile set, falling back to default profiles: default'),
  sb(t0 + dur * 0.35, 'INFO', 'main', 'o.s.b.w.embedded.tomcat.TomcatWebServer', 'Tomcat initialized with port(s): 8080 (http)'),
  sb(t0 + dur * 0.6, 'INFO', 'main', 'com.zaxxer.hikari.HikariDataSource', 'HikariPool-1 - Starting...'),
  sb(t0 + dur * 0.65, 'INFO', 'main', 'com.zaxxer.hikari.HikariDataSource', 'HikariPool-1 - Start completed.'),
  sb(t0 + dur, 'INFO', 'main', 'o.s.b.w.embedded.tomcat.TomcatWebServer', "Tomcat started on port(s): 8080 (http) with context path ''"),
  sb(t0 + dur + 0.01, 'INFO', 'main', 'c.i.r.s.ShippingServiceApplication', `Started ShippingServiceApplication in ${(dur * 60).toFixed(3)} seconds (JVM running for ${(dur * 60 + 4.8).toFixed(3)})`),
];
const calc = (a, b, step) => {
  const out = [];
  for (let m = a; m < b; m += step) out.push(sb(m, 'INFO', `http-nio-8080-exec-${1 + (Math.round(m * 13) % 10)}`, 'c.i.robotshop.shipping.Controller', `Calculation for ${[3175, 1204, 48211, 27745, 902][Math.round(m * 7) & 3]}`));
  return out;
};
const shutdown = (min) => [
  sb(min, 'INFO', 'extShutdownHook', 'o.s.s.concurrent.ThreadPoolTaskExecutor', "Shutting down ExecutorService 'applicationTaskExecutor'"),
  sb(min + 0.005, 'INFO', 'extShutdownHook', 'j.LocalContainerEntityManagerFactoryBean', "Closing JPA EntityManagerFactory for persistence unit 'default'"),
  sb(min + 0.008, 'INFO', 'extShutdownHook', 'com.zaxxer.hikari.HikariDataSource', 'HikariPool-1 - Shutdown initiated...'),
  sb(min + 0.01, 'INFO', 'extShutdownHook', 'com.zaxxer.hikari.HikariDataSource', 'HikariPool-1 - Shutdown completed.'),
];
const ng = (min) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  return `${String(d.getUTCDate()).padStart(2, '0')}/${mon}/${d.getUTCFullYear()}:${T.iso(min).slice(11, 19)} +0000`;
};
const webLog = () => {
  const out = [];
  const ua = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36';
  for (let m = -60; m < -34; m += 1.7) {
    out.push(`10.1.2.137 - - [${ng(m)}] "GET /api/catalogue/products HTTP/1.1" 200 2874 "-" "${ua}"`);
    out.push(`10.1.3.206 - - [${ng(m + 0.3)}] "GET /api/shipping/calc/3175 HTTP/1.1" 200 63 "-" "${ua}"`);
  }
  let k = 0;
  for (let m = -34; m < -0.2; m += 0.55, k++) {
    out.push(`10.1.2.137 - - [${ng(m)}] "GET /api/catalogue/products HTTP/1.1" 200 2874 "-" "${ua}"`);
    if (k % 5 === 0) out.push(`10.1.3.206 - - [${ng(m + 0.1)}] "GET /api/shipping/calc/1204 HTTP/1.1" 200 63 "-" "${ua}"`);
    else if (k % 3 === 0) {
      out.push(`${T.go(m + 0.15)} [error] 29#29: *${81200 + k * 7} upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.1.3.206, server: localhost, request: "GET /api/shipping/calc/27745 HTTP/1.1", upstream: "http://%SVCIP:shipping%:8080/calc/27745", host: "shop.robot-shop.example"`);
      out.push(`10.1.3.206 - - [${ng(m + 0.15)}] "GET /api/shipping/calc/27745 HTTP/1.1" 504 167 "-" "${ua}"`);
    } else {
      out.push(`${T.go(m + 0.2)} [error] 29#29: *${81200 + k * 7} connect() failed (111: Connection refused) while connecting to upstream, client: 10.1.1.84, server: localhost, request: "GET /api/shipping/codes HTTP/1.1", upstream: "http://%SVCIP:shipping%:8080/codes", host: "shop.robot-shop.example"`);
      out.push(`10.1.1.84 - - [${ng(m + 0.2)}] "GET /api/shipping/codes HTTP/1.1" 502 157 "-" "${ua}"`);
    }
  }
  return out;
};

const liveness = {
  httpGet: { path: '/health', port: 8080, scheme: 'HTTP' },
  initialDelaySeconds: 45,
  timeoutSeconds: 1,
  periodSeconds: 10,
  successThreshold: 1,
  failureThreshold: 3,
};

export const scenarios = [
  withDefaults({
    folder: 's32a-shipping-liveness-timeout',
    split: 'test',
    incidentTime: '2026-06-03T19:22:00Z',
    description: 'robot shop checkout hangs on the shipping step, customers cant get a quote for the last half hour',
    expected: { component: 'shipping', cause: 'probe-failure' },
    alsoAcceptable: [{ component: 'shipping', cause: 'crash-loop' }],
    difficulty: 'medium',
    traits: ['cpu-starvation', 'time-expression', 'decoy'],
    grounding: `
      instana/robot-shop K8s/helm shipping.yaml: rs-shipping:2.1.0 (Spring Boot, Tomcat on 8080, HikariCP to mysql/cities),
      resources 100m/500Mi requests, 200m/1000Mi limits, readinessProbe /health (timeout 1s, period 5s, failureThreshold 30).
      Deviation (the incident's cause): three days earlier the fulfilment team added a livenessProbe on /health with
      initialDelaySeconds 45, timeoutSeconds 1, periodSeconds 10, failureThreshold 3 (revision 4; quiet traffic then, no restart).
      At the evening peak the JVM, throttled at its 200m limit, answers /health in more than a second; the kubelet logs
      "Liveness probe failed ... context deadline exceeded (Client.Timeout exceeded while awaiting headers)" and "Container
      shipping failed liveness probe, will be restarted", shipping exits 143 on SIGTERM (Spring shutdown hook lines), restarts
      take about 70 s under the CPU limit, and the cycle repeats with back-off. web's nginx logs 504 (upstream timed out) while
      the JVM is saturated and 502 (connect() failed (111: Connection refused)) while shipping has no ready endpoint.
      Decoys: a healthy cart rollout 50 minutes earlier; ratings restarted once two days ago.`,
    workloads: {
      shipping: {
        containers: { shipping: { livenessProbe: liveness } },
        rollout: { at: -60 * 24 * 3, revision: 4, oldContainers: { shipping: { livenessProbe: undefined } } },
        unavailableSince: -1.4,
        endpointsChanged: -1.4,
        pods: [
          {
            created: T.iso(-60 * 24 * 3 + 0.5),
            ready: false,
            readyTransition: T.iso(-1.4),
            containers: {
              shipping: cs.restartedRunning({
                restarts: 7,
                startedAt: T.iso(-1.3),
                ready: false,
                last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-6.1), finishedAt: T.iso(-1.4) },
              }),
            },
          },
        ],
      },
      cart: { rollout: { at: -50, revision: 5 } },
      ratings: {
        pods: [
          {
            containers: {
              ratings: cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-60 * 47),
                last: { exitCode: 255, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 47 - 0.2) },
              }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'pod:shipping#0', reason: 'Unhealthy', type: 'Warning', fieldPath: 'spec.containers{shipping}', message: 'Liveness probe failed: Get "http://%PODIP%:8080/health": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: -34.5, last: -1.5, count: 23 },
      { on: 'pod:shipping#0', reason: 'Killing', fieldPath: 'spec.containers{shipping}', message: 'Container shipping failed liveness probe, will be restarted', first: -34.2, last: -1.4, count: 7 },
      { on: 'pod:shipping#0', reason: 'Unhealthy', type: 'Warning', fieldPath: 'spec.containers{shipping}', message: 'Readiness probe failed: Get "http://%PODIP%:8080/health": dial tcp %PODIP%:8080: connect: connection refused', first: -33.9, last: -0.3, count: 61 },
      { on: 'pod:shipping#0', reason: 'Unhealthy', type: 'Warning', fieldPath: 'spec.containers{shipping}', message: 'Readiness probe failed: Get "http://%PODIP%:8080/health": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: -34.8, last: -2.1, count: 19 },
      { on: 'pod:shipping#0', reason: 'BackOff', type: 'Warning', fieldPath: 'spec.containers{shipping}', message: 'Back-off restarting failed container shipping in pod %POD%(%PODUID%)', first: -22, last: -1.35, count: 9 },
      { on: 'pod:shipping#0', reason: 'Pulled', fieldPath: 'spec.containers{shipping}', message: 'Container image "robotshop/rs-shipping:2.1.0" already present on machine', first: -34.1, last: -1.3, count: 7 },
      { on: 'pod:shipping#0', reason: 'Started', fieldPath: 'spec.containers{shipping}', message: 'Started container shipping', first: -34.1, last: -1.3, count: 7 },
      { on: 'deploy:cart', reason: 'ScalingReplicaSet', message: 'Scaled up replica set cart-%NEW% to 1', first: -50 },
      { on: 'deploy:cart', reason: 'ScalingReplicaSet', message: 'Scaled down replica set cart-%OLD% to 0 from 1', first: -49.6 },
    ],
    logs: {
      'shipping#0/shipping': boot(-1.3, 1.15),
      'shipping#0/shipping/previous': [
        ...boot(-6.1, 1.2),
        ...calc(-4.8, -2.0, 0.21),
        ...shutdown(-1.42),
      ],
      'web#0/web': webLog(),
      'cart#0/cart': [
        `{"level":"info","time":${Date.parse(T.isoMs(-49.4))},"pid":1,"hostname":"%POD%","msg":"Redis connected","v":1}`,
        `{"level":"info","time":${Date.parse(T.isoMs(-49.4))},"pid":1,"hostname":"%POD%","msg":"started on port 8080","v":1}`,
      ],
    },
  }),
];
