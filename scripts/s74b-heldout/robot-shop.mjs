// Blind held-out batch s74b: one Robot Shop scenario (split: test), as a compact spec for the scenario kit
// (scripts/s2-scenario-kit.mjs) on scripts/kit-systems/robot-shop.mjs (withDefaults, defaultPvcs, pino helper).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, defaultPvcs, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const INC = '2026-05-19T10:12:00Z';
const T = clock(INC);
const RS = (n) => `robotshop/rs-${n}:2.1.0`;

export const scenarios = [
  withDefaults({
    folder: 's74b-robotshop-one-customer-slow-catalogue',
    description: 'customer emailed that product pages on robot shop were "really slow" this morning around 9. can someone check catalog is ok? nobody else complained',
    incidentTime: INC,
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'partial-name', 'time-expression'],
    grounding: `
      Manifest facts (instana/robot-shop K8s/helm at 55292e2): catalogue is the Node.js service on 8080 reading MongoDB
      (MONGO_URL mongodb://mongodb:27017/catalogue) behind web's nginx proxy_pass; shipping (Java) and ratings (PHP) have
      readiness probes with failureThreshold 30. No fault: a single customer's complaint about an hour before the snapshot;
      every pod is Running and Ready, every Service has endpoints, catalogue logs only its usual request lines at ordinary
      latencies and mongodb its routine connection lines. Benign noise on purpose: web was rolled yesterday (image
      2.1.0 -> 2.1.1, healthy), shipping restarted once four days ago and
      printed readiness failures while its JVM warmed up, and ratings' startup readiness failures are days old. Deviations
      from upstream: web's 2.1.1 tag is a hypothetical patch build.`,
    workloads: {
      web: {
        containers: { web: { image: RS('web').replace('2.1.0', '2.1.1') } },
        rollout: { at: -60 * 20, revision: 3, oldContainers: { web: { image: RS('web') } } },
      },
      shipping: {
        pods: [
          {
            containers: {
              shipping: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 4), last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 4 - 0.1) } }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'deploy:web', reason: 'ScalingReplicaSet', message: 'Scaled up replica set web-%NEW% to 1', first: -60 * 20 },
      { on: 'deploy:web', reason: 'ScalingReplicaSet', message: 'Scaled down replica set web-%OLD% to 0 from 1', first: -60 * 20 + 0.5 },
    ],
    logs: {
      'catalogue#0/catalogue': [
        pino(T, -75.2, 'info', '%POD%', 'request completed', '"req":{"id":10231,"method":"GET","url":"/product/HAL-1","remoteAddress":"::ffff:%IPOF:web#0%","remotePort":51322},"res":{"statusCode":200},"responseTime":14,'),
        pino(T, -74.9, 'info', '%POD%', 'request completed', '"req":{"id":10232,"method":"GET","url":"/products","remoteAddress":"::ffff:%IPOF:web#0%","remotePort":51330},"res":{"statusCode":200},"responseTime":9,'),
        pino(T, -74.8, 'info', '%POD%', 'request completed', '"req":{"id":10233,"method":"GET","url":"/categories","remoteAddress":"::ffff:%IPOF:web#0%","remotePort":51331},"res":{"statusCode":200},"responseTime":6,'),
        pino(T, -2.3, 'info', '%POD%', 'request completed', '"req":{"id":11874,"method":"GET","url":"/product/STAN-1","remoteAddress":"::ffff:%IPOF:web#0%","remotePort":52918},"res":{"statusCode":200},"responseTime":11,'),
      ],
      'mongodb#0/mongodb': [
        `{"t":{"$date":"${T.isoMs(-60 * 24 * 9).replace('Z', '+00:00')}"},"s":"I",  "c":"NETWORK",  "id":23016,   "ctx":"listener","msg":"Waiting for connections","attr":{"port":27017,"ssl":"off"}}`,
      ],
      'shipping#0/shipping': [
        `${T.java(-60 * 24 * 4 + 0.9)}  INFO 1 --- [           main] com.instana.robotshop.shipping.Main      : Started Main in 52.411 seconds (JVM running for 54.902)`,
      ],
      'web#0/web': [
        `${T.iso(-75.1).slice(0, 10).replaceAll('-', '/')} ${T.iso(-75.1).slice(11, 19)} [warn] 22#22: *48211 an upstream response is buffered to a temporary file /var/cache/nginx/proxy_temp/7/31/0000000317 while reading upstream, client: 10.1.1.84, server: localhost, request: "GET /api/catalogue/images/HAL-1.jpg HTTP/1.1", upstream: "http://%SVCIP:catalogue%:8080/images/HAL-1.jpg", host: "robotshop.example.com"`,
      ],
    },
  }),
];
