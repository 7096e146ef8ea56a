// Blind dev batch s101c, Robot Shop: a Chaos Mesh NetworkChaos corrupt action left on the user pods, so logins and
// sign-ups through web time out while user, mongodb and redis stay Ready and quiet (network-fault).
import { clock } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };
const IT = '2026-04-11T19:21:00Z';
const T = clock(IT);
const ngx = (min, n, req, path) =>
  `${T.go(min)} [error] 31#31: *${n} upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.1.2.41, server: localhost, request: "${req}", upstream: "http://%SVCIP:user%:8080${path}", host: "shop.robot-shop.example.com"`;
const acc = (min, req, st, bytes, rt) => {
  const d = new Date(Date.parse(IT) + min * 60000);
  const M = ['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][d.getUTCMonth()];
  return `10.1.2.41 - - [${String(d.getUTCDate()).padStart(2, '0')}/${M}/${d.getUTCFullYear()}:${T.java(min).slice(11, 19)} +0000] "${req}" ${st} ${bytes} "-" "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36" ${rt}`;
};
export const scenarios = [
  withDefaults({
    folder: 's101c-corrupt-chaos-user-pods',
    incidentTime: IT,
    description: 'robotshop: login spins forever and then 504, registrations same. browsing robots + ratings ok. started maybe 20 min ago',
    expected: { component: 'user', cause: 'network-fault' },
    difficulty: 'hard',
    traits: ['pods-ready', 'callers-only', 'louder-dependents', 'time-expression'],
    grounding: `
      Manifest: web (nginx) proxies /api/user/ to user:8080 (rs-web default.conf); user (Node.js, pino 5) keeps users in
      mongodb and anonymous ids in redis. Fault: a Chaos Mesh NetworkChaos, action corrupt (corrupt 60%, correlation 25,
      direction to) selecting service=user, applied from a resilience test and never deleted (chaos-mesh.org
      "Simulate Network Faults": corrupt). Corrupted segments fail the TCP checksum and are dropped by the receiver, so
      responses from user crawl through retransmissions: nginx hits proxy_read_timeout (60 s) and answers 504.
      The netem qdisc lives in the pod's network namespace, so nothing on the Pod changes; user stays Ready
      (no probe upstream) and logs nothing new. Deviation from upstream: none beyond the chaos experiment.`,
    events: [],
    logs: {
      'web#0/web': [
        acc(-30, 'GET /api/catalogue/products HTTP/1.1', 200, 2112, '0.011'),
        acc(-29.5, 'GET /api/user/uniqueid HTTP/1.1', 200, 44, '0.006'),
        acc(-28, 'GET /api/ratings/api/fetch/Watson HTTP/1.1', 200, 38, '0.021'),
        ngx(-19.0, 88213, 'POST /api/user/login HTTP/1.1', '/login'),
        acc(-19.0, 'POST /api/user/login HTTP/1.1', 504, 167, '60.001'),
        ngx(-16.2, 88342, 'GET /api/user/uniqueid HTTP/1.1', '/uniqueid'),
        acc(-16.2, 'GET /api/user/uniqueid HTTP/1.1', 504, 167, '60.000'),
        acc(-15.1, 'GET /api/catalogue/categories HTTP/1.1', 200, 63, '0.009'),
        ngx(-12.7, 88590, 'POST /api/user/register HTTP/1.1', '/register'),
        acc(-12.7, 'POST /api/user/register HTTP/1.1', 504, 167, '60.002'),
        acc(-9.8, 'GET /api/user/uniqueid HTTP/1.1', 200, 44, '37.412'),
        ngx(-6.3, 88811, 'POST /api/user/login HTTP/1.1', '/login'),
        acc(-6.3, 'POST /api/user/login HTTP/1.1', 504, 167, '60.001'),
        acc(-4.0, 'GET /api/catalogue/product/EMM HTTP/1.1', 200, 301, '0.008'),
        ngx(-2.2, 88977, 'POST /api/user/login HTTP/1.1', '/login'),
        acc(-2.2, 'POST /api/user/login HTTP/1.1', 504, 167, '60.000'),
      ],
      'user#0/user': [
        pino(T, -60 * 24 * 9, 'info', '%POD%', 'Started on port 8080'),
        pino(T, -60 * 24 * 9 + 0.1, 'info', '%POD%', 'Redis READY'),
        pino(T, -60 * 24 * 9 + 0.1, 'info', '%POD%', 'MongoDB connected'),
      ],
      'cart#0/cart': [
        pino(T, -60 * 24 * 9, 'info', '%POD%', 'Started on port 8080'),
        pino(T, -60 * 24 * 9 + 0.1, 'info', '%POD%', 'Redis READY'),
      ],
      'mongodb#0/mongodb': [
        `${T.isoMs(-40).replace('Z', '+0000')} I NETWORK  [conn1042] end connection 10.1.3.77:51344 (11 connections now open)`,
      ],
    },
  }),
];
