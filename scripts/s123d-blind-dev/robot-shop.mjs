// Blind dev batch s123d (no-fault incidents): one Robot Shop scenario on the kit system definition (withDefaults, pino).
// A Sydney customer finds the shipping quote huge: shipping prices by distance from the shop's UK location, by design.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const T = clock('2026-05-15T19:10:00Z');
const sb = (min, level, thread, logger, msg) => `${T.java(min)}  ${level.padStart(5)} 1 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const ship = [sb(-17.6, 'INFO', 'main', 'com.instana.robotshop.shipping.ShippingServiceApplication', 'Starting ShippingServiceApplication using Java 1.8.0_282 on %POD% with PID 1'),
  sb(-16.9, 'INFO', 'main', 'o.s.b.w.embedded.tomcat.TomcatWebServer', 'Tomcat started on port(s): 8080 (http) with context path \'\''),
  sb(-16.9, 'INFO', 'main', 'com.instana.robotshop.shipping.ShippingServiceApplication', 'Started ShippingServiceApplication in 41.87 seconds (JVM running for 43.2)')];
for (let m = -16; m < -1; m += 1.4) ship.push(sb(m, 'INFO', 'http-nio-8080-exec-3', 'c.i.r.shipping.Controller', m > -6 && m < -4 ? 'shipping calc for 2151863 = 16932.0 km, cost 847.44' : 'shipping calc for 1316542 = 74.3 km, cost 11.45'));
const web = [];
for (let m = -50; m < -1; m += 1.2) {
  const t = T.iso(m).replace(/^(\d+)-(\d+)-(\d+)T(.*)Z$/, (_, y, mo, d, hms) => `${d}/May/${y}:${hms} +0000`);
  if (m > -18.5 && m < -16.8) web.push(`10.1.0.${Math.abs(Math.round(m * 3)) % 200} - - [${t}] "GET /api/shipping/calc/1316542 HTTP/1.1" 502 157 "http://shop.example.com/" "Mozilla/5.0"`, `${T.go(m)} [error] 24#24: *${Math.abs(Math.round(m * 97))} connect() failed (111: Connection refused) while connecting to upstream, client: 10.1.0.77, server: localhost, request: "GET /api/shipping/calc/1316542 HTTP/1.1", upstream: "http://%SVCIP:shipping%:8080/calc/1316542", host: "shop.example.com"`);
  else web.push(`10.1.0.${Math.abs(Math.round(m * 3)) % 200} - - [${t}] "GET /api/catalogue/products HTTP/1.1" 200 2816 "http://shop.example.com/" "Mozilla/5.0"`);
}

export const scenarios = [
  withDefaults({
    folder: 's123d-shipping-quote-sydney',
    incidentTime: '2026-05-15T19:10:00Z',
    description: 'cust in Sydney says shipping quote is like $847 for one robot?? shiping calc broken? EU orders look normal',
    difficulty: 'hard',
    traits: ['no-fault', 'decoy', 'typo'],
    workloads: {
      shipping: { pods: [{ containers: { shipping: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-17.8), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9 + 0.3), finishedAt: T.iso(-18) } }) }, readyTransition: T.iso(-16.8) }] },
    },
    events: [
      { on: 'pod:shipping#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: Get "http://%PODIP%:8080/health": dial tcp %PODIP%:8080: connect: connection refused', fieldPath: 'spec.containers{shipping}', first: -17.7, last: -16.9, count: 9 },
      { on: 'pod:shipping#0', reason: 'Pulled', message: 'Container image "robotshop/rs-shipping:2.1.0" already present on machine', fieldPath: 'spec.containers{shipping}', first: -17.9 },
      { on: 'pod:shipping#0', reason: 'Started', message: 'Started container shipping', fieldPath: 'spec.containers{shipping}', first: -17.8 },
    ],
    logs: { 'shipping#0/shipping': ship, 'web#0/web': web },
    grounding: `
      No fault. Robot Shop's shipping service (instana/robot-shop shipping, Calculator.java) prices a delivery from the
      great-circle distance between the shop's fixed location in the UK and the chosen city, so a Sydney quote is ~17,000 km
      and hundreds of dollars while European quotes are small: designed behaviour.
      Decoy, loud and inside the hour: shipping (JVM, 1000Mi limit) was OOMKilled once 18 minutes ago, failed its readiness
      probe during the ~42 s Spring Boot start and web's nginx logged 502 / connect() refused toward shipping for those
      seconds; it has answered every calc since (the Sydney quote itself is in its log, computed normally).
      Deviations: shipping's calc log line is written in Spring Boot's shape, wording approximated; the store host name is invented.
    `,
  }),
];
