// Blind held-out batch s108b: Robot Shop scenario spec for the scenario kit (scripts/s2-scenario-kit.mjs).
// System from scripts/kit-systems/robot-shop.mjs (instana/robot-shop K8s/helm at 55292e2); built by scripts/s108b-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';
export { system, defaultPvcs };

const T = clock('2026-04-21T07:34:00Z');
const web = (min, code, req, up) => `10.1.1.84 - - [21/Apr/2026:${T.go(min).slice(-8)} +0000] "${req}" ${code} ${code === 502 ? 157 : 412} "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36" "-"`;
const nginxErr = (min, n) => `${T.go(min)} [error] 31#31: *${n} connect() failed (111: Connection refused) while connecting to upstream, client: 10.1.1.84, server: localhost, request: "POST /api/user/login HTTP/1.1", upstream: "http://%SVCIP:user%:8080/login", host: "shop.robot-shop.example"`;

export const scenarios = [
  withDefaults({
    folder: 's108b-login-broken-morning',
    incidentTime: '2026-04-21T07:34:00Z',
    description: 'nobody can log in to robotshop, accounts folks pls check, started maybe 10 min ago',
    expected: { component: 'user', cause: 'oom-killed' },
    alsoAcceptable: [{ component: 'user', cause: 'crash-loop' }, { component: 'user', cause: 'resource-exhaustion' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'team-name', 'time-expression', 'decoy'],
    grounding: `
      robot-shop user/server.js answers GET /users with usersCollection.find().toArray() - the whole collection in one
      array. A CRM sync (outside the cluster) started polling /api/user/users every minute at 07:20 against a user
      collection grown to ~180k documents; each call pushes the Node.js process past the chart's 100Mi limit and the
      kernel OOM killer ends it (OOMKilled, exit 137, no last log line), then CrashLoopBackOff. The Service user has no
      ready endpoint, so web's nginx logs connect() failed (111) for /api/user/. Decoy: mongodb restarted three days
      ago after an OOM kill and has been fine since. Deviations from upstream: the user count and the external poller.`,
    workloads: {
      user: {
        pods: [{
          containers: { user: cs.crashLoop({ restarts: 6, exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-3.1), finishedAt: T.iso(-2.4), container: 'user' }) },
          readyTransition: T.iso(-2.4),
        }],
        unavailableSince: -2.4,
        endpointsChanged: -2.4,
      },
      mongodb: {
        pods: [{ containers: { mongodb: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 71), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 71 - 0.2) } }) } }],
      },
    },
    events: [
      { on: 'pod:user#0', reason: 'Pulled', message: 'Container image "robotshop/rs-user:2.1.0" already present on machine', fieldPath: 'spec.containers{user}', first: -13, last: -3.2, count: 6 },
      { on: 'pod:user#0', reason: 'Started', message: 'Started container user', fieldPath: 'spec.containers{user}', first: -13, last: -3.1, count: 6 },
      { on: 'pod:user#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container user in pod %POD%_robot-shop(%PODUID%)', fieldPath: 'spec.containers{user}', first: -11, last: -0.3, count: 24 },
    ],
    logs: {
      'user#0/user/previous': [
        pino(T, -3.1, 'info', '%POD%', 'MongoDB connected'),
        pino(T, -3.05, 'info', '%POD%', 'Started on port 8080'),
        pino(T, -2.95, 'info', '%POD%', 'request completed', '"req":{"id":1,"method":"GET","url":"/health"},"res":{"statusCode":200},"responseTime":3,'),
        pino(T, -2.9, 'info', '%POD%', 'request completed', '"req":{"id":2,"method":"POST","url":"/login"},"res":{"statusCode":200},"responseTime":41,'),
      ],
      'web#0/web': [
        web(-20, 200, 'POST /api/user/login HTTP/1.1'),
        web(-14, 200, 'GET /api/user/uniqueid HTTP/1.1'),
        nginxErr(-9, 18831), web(-9, 502, 'POST /api/user/login HTTP/1.1'),
        nginxErr(-4, 19420), web(-4, 502, 'POST /api/user/login HTTP/1.1'),
        nginxErr(-1, 19877), web(-1, 502, 'POST /api/user/login HTTP/1.1'),
        web(-0.8, 200, 'GET /api/catalogue/products HTTP/1.1'),
      ],
      'mongodb#0/mongodb': [
        `{"t":{"$date":"${T.isoMs(-30)}"},"s":"I",  "c":"NETWORK",  "id":22943,   "ctx":"listener","msg":"Connection accepted","attr":{"remote":"10.1.2.61:41820","connectionId":3112,"connectionCount":7}}`,
        `{"t":{"$date":"${T.isoMs(-3.1)}"},"s":"I",  "c":"NETWORK",  "id":22943,   "ctx":"listener","msg":"Connection accepted","attr":{"remote":"10.1.2.61:41994","connectionId":3188,"connectionCount":8}}`,
      ],
    },
  }),
];
