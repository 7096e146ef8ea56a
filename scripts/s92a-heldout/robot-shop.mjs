// Batch s92a held-out scenario for Stan's Robot Shop (split: test), written blind with the session-2 kit.
// System: scripts/kit-systems/robot-shop.mjs (instana/robot-shop K8s/helm at 55292e2) with its withDefaults and PVCs.
import { clock } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';
export { system, defaultPvcs };

const T = clock('2026-05-16T09:35:00Z');
const req = (min, method, url, status, ms) => pino(T, min, 'info', '%POD%', 'request completed', `"req":{"id":${Math.floor(1000 + min * -7)},"method":"${method}","url":"${url}","headers":{"host":"user:8080","x-forwarded-for":"203.0.113.44"},"remoteAddress":"::ffff:%IPOF:web#0%","remotePort":49552},"res":{"statusCode":${status}},"responseTime":${ms},`);

export const scenarios = [
  withDefaults({
    folder: 's92a-customer-login-ticket',
    incidentTime: '2026-05-16T09:35:00Z',
    description: 'support ticket: customer (r.kowalski) cant log into robot shop since this morning, says password is 100% right. is login broken?',
    difficulty: 'medium',
    traits: ['no-fault', 'time-expression'],
    grounding: `
      No fault: a single customer's failed logins. Robot Shop's user service answers POST /login with 404 "name not
      found" for an unknown name and 401 "incorrect password" otherwise; its log shows that one account name with a
      typo getting 404 while other logins (and registrations) answer 200 through the same pods, and web, cart,
      catalogue and redis/mongodb are all healthy. Manifest facts as upstream (rs-* 2.1.0 images, INSTANA_AGENT_HOST,
      port 8080, resources, redis StatefulSet with its gp2 claim). Deviation: the customer and the log lines are invented;
      pino request lines follow express-pino-logger's shape.`,
    logs: {
      'user#0/user': [
        pino(T, -60 * 30, 'info', '%POD%', 'MongoDB connected'),
        pino(T, -60 * 30, 'info', '%POD%', 'Redis connected'),
        pino(T, -60 * 30, 'info', '%POD%', 'Started on port 8080'),
        pino(T, -95, 'info', '%POD%', 'login r.kowalsky'),
        req(-95, 'POST', '/login', 404, 4),
        pino(T, -61, 'info', '%POD%', 'login user'),
        req(-61, 'POST', '/login', 200, 6),
        pino(T, -40, 'info', '%POD%', 'login r.kowalsky'),
        req(-40, 'POST', '/login', 404, 3),
        pino(T, -22, 'info', '%POD%', 'register m.tanaka'),
        req(-22, 'POST', '/register', 200, 11),
        pino(T, -12, 'info', '%POD%', 'login m.tanaka'),
        req(-12, 'POST', '/login', 200, 5),
        pino(T, -6, 'info', '%POD%', 'login r.kowalsky'),
        req(-6, 'POST', '/login', 404, 4),
        req(-2, 'GET', '/uniqueid', 200, 2),
      ],
      'cart#0/cart': [
        pino(T, -60 * 30, 'info', '%POD%', 'Redis connected'),
        pino(T, -60 * 30, 'info', '%POD%', 'started on port 8080'),
        pino(T, -12, 'info', '%POD%', 'new cart m.tanaka'),
      ],
      'web#0/web': [
        `203.0.113.44 - - [16/May/2026:07:55:12 +0000] "POST /api/user/login HTTP/1.1" 404 14 "http://shop.example.com/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36"`,
        `198.51.100.7 - - [16/May/2026:08:34:02 +0000] "POST /api/user/login HTTP/1.1" 200 96 "http://shop.example.com/" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4)"`,
        `203.0.113.44 - - [16/May/2026:08:55:31 +0000] "POST /api/user/login HTTP/1.1" 404 14 "http://shop.example.com/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36"`,
        `203.0.113.44 - - [16/May/2026:09:29:06 +0000] "POST /api/user/login HTTP/1.1" 404 14 "http://shop.example.com/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36"`,
      ],
    },
  }),
];
