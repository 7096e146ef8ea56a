// Blind dev batch s105c: a Robot Shop scenario (system from scripts/kit-systems/robot-shop.mjs, used through withDefaults).
// shipping's CART_ENDPOINT given a scheme by a values change: the URL becomes http://http://cart:8080/... and every confirm 404s.
import { clock } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';
export { system, defaultPvcs };

const I = '2026-05-21T08:47:00Z';
const T = clock(I);
const boot = (min, level, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} 1 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const base = system.workloads.find((w) => w.name === 'shipping').containers[0];
const env = (v) => [{ name: 'CART_ENDPOINT', value: v }, { name: 'DB_HOST', value: 'mysql' }];

const ship = [
  boot(-31.5, 'INFO', 'main', 'com.instana.robotshop.shipping.Main', 'Starting Main v1.0 using Java 16.0.2 on %POD% with PID 1 (/opt/shipping/shipping.jar started by root in /opt/shipping)'),
  boot(-31.2, 'INFO', 'main', 'o.s.b.w.embedded.tomcat.TomcatWebServer', 'Tomcat initialized with port(s): 8080 (http)'),
  boot(-30.6, 'INFO', 'main', 'com.zaxxer.hikari.HikariDataSource', 'HikariPool-1 - Start completed.'),
  boot(-30.1, 'INFO', 'main', 'o.s.b.w.embedded.tomcat.TomcatWebServer', 'Tomcat started on port(s): 8080 (http) with context path \'\''),
  boot(-30.1, 'INFO', 'main', 'com.instana.robotshop.shipping.Main', 'Started Main in 14.212 seconds (JVM running for 15.804)'),
];
const web = [];
for (const m of [-27.3, -22.9, -18.4, -14.0, -10.6, -7.7, -4.2, -1.8]) {
  const n = Math.round(-m * 37) % 9 + 1;
  ship.push(boot(m - 0.02, 'INFO', `nio-8080-exec-${n}`, 'c.i.r.shipping.Controller', `Calc for ${[4, 12, 87, 201, 33, 9, 150, 64][n % 8]}`));
  ship.push(boot(m, 'INFO', `nio-8080-exec-${n}`, 'c.i.r.shipping.Controller', 'shipping confirm {"location":"Cheltenham, United Kingdom","cost":"18.64","distance":"169.42"}'));
  ship.push(boot(m + 0.01, 'WARN', `nio-8080-exec-${n}`, 'c.i.robotshop.shipping.CartHelper', 'http client exception'));
  ship.push('java.net.UnknownHostException: http: Name or service not known',
    '\tat java.base/java.net.Inet6AddressImpl.lookupAllHostAddr(Native Method)',
    '\tat java.base/java.net.InetAddress$PlatformNameService.lookupAllHostAddr(InetAddress.java:933)',
    '\tat java.base/java.net.InetAddress.getAllByName0(InetAddress.java:1519)',
    '\tat org.apache.http.impl.conn.SystemDefaultDnsResolver.resolve(SystemDefaultDnsResolver.java:45)',
    '\tat org.apache.http.impl.conn.DefaultHttpClientConnectionOperator.connect(DefaultHttpClientConnectionOperator.java:112)',
    '\tat org.apache.http.impl.client.CloseableHttpClient.execute(CloseableHttpClient.java:83)',
    '\tat com.instana.robotshop.shipping.CartHelper.addToCart(CartHelper.java:38)',
    '\tat com.instana.robotshop.shipping.Controller.confirm(Controller.java:117)');
  ship.push(boot(m + 0.02, 'WARN', `nio-8080-exec-${n}`, '.w.s.m.a.ResponseStatusExceptionResolver', 'Resolved [org.springframework.web.server.ResponseStatusException: 404 NOT_FOUND "cart not found"]'));
  web.push(`10.1.2.${40 + n} - - [${new Date(Date.parse(T.isoMs(m))).toUTCString().replace(/^\w+, (\d+) (\w+) (\d+) ([\d:]+) GMT$/, '$1/$2/$3:$4 +0000')}] "POST /api/shipping/confirm/anonymous-${1000 + n * 7} HTTP/1.1" 404 107 "http://robot-shop.example.com/" "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36"`);
}
const cart = [
  pino(T, -60 * 24 * 9 + 0.4, 'info', '%POD%', 'Redis READY', ''),
  pino(T, -60 * 24 * 9 + 0.4, 'info', '%POD%', 'Started on port 8080', ''),
];
for (const m of [-20.1, -12.5, -5.0, -0.7]) cart.push(pino(T, m, 'info', '%POD%', 'request completed', `"req":{"id":${Math.round(-m * 91)},"method":"GET","url":"/cart/anonymous-1${Math.round(-m * 3)}","remoteAddress":"::ffff:%IPOF:web#0%"},"res":{"statusCode":200},"responseTime":3,`));

export const scenarios = [withDefaults({
  folder: 's105c-shipping-cart-endpoint-with-scheme',
  description: 'robotshop: customers stuck at shipping step - "cart not found" after picking a country. since the 08:15 helm upgrade? cart itself looks fine',
  incidentTime: I,
  expected: { component: 'shipping', cause: 'config-error' },
  alsoAcceptable: [{ component: 'shipping', cause: 'bad-deploy-rollout' }],
  difficulty: 'medium',
  traits: ['pods-ready', 'time-expression', 'partial-name'],
  workloads: {
    shipping: {
      rollout: { at: -32, revision: 4, oldContainers: { shipping: { env: env('cart:8080') } } },
      containers: { shipping: { env: env('http://cart:8080') } },
    },
  },
  events: [
    { on: 'deploy:shipping', reason: 'ScalingReplicaSet', message: 'Scaled up replica set shipping-%NEW% to 1', first: -32, last: -32 },
    { on: 'deploy:shipping', reason: 'ScalingReplicaSet', message: 'Scaled down replica set shipping-%OLD% to 0 from 1', first: -29.8, last: -29.8 },
    { on: 'pod:shipping#0', reason: 'Scheduled', message: 'Successfully assigned robot-shop/%POD% to %NODE%', source: 'default-scheduler', first: -31.9 },
    { on: 'pod:shipping#0', reason: 'Pulled', message: 'Container image "robotshop/rs-shipping:2.1.0" already present on machine', fieldPath: 'spec.containers{shipping}', first: -31.8 },
    { on: 'pod:shipping#0', reason: 'Created', message: 'Created container shipping', fieldPath: 'spec.containers{shipping}', first: -31.8 },
    { on: 'pod:shipping#0', reason: 'Started', message: 'Started container shipping', fieldPath: 'spec.containers{shipping}', first: -31.7 },
    { on: 'pod:shipping#0', reason: 'Unhealthy', message: 'Readiness probe failed: Get "http://%PODIP%:8080/health": dial tcp %PODIP%:8080: connect: connection refused', type: 'Warning', fieldPath: 'spec.containers{shipping}', first: -31.6, last: -30.2, count: 4 },
  ],
  logs: { 'shipping#0/shipping': ship, 'web#0/web': web, 'cart#0/cart': cart },
  grounding: `
    Manifest/code facts (instana/robot-shop at 55292e2): shipping (Spring Boot, Java) builds the cart URL as "http://" + CART_ENDPOINT + "/shipping/<id>" (default cart:8080) and CartHelper logs "http client exception" and returns an empty body on any error, which Controller.confirm turns into 404 "cart not found"; web (nginx) proxies /api/shipping/.
    Fault: a values change in the 08:15 helm upgrade set CART_ENDPOINT=http://cart:8080 on shipping (old ReplicaSet has cart:8080, the only template difference). The URL becomes http://http://cart:8080/..., host "http" does not resolve; shipping starts, passes /health and stays Ready. Cart, catalogue and user are healthy.
    The readiness failures during JVM start are normal noise of the rollout.
    Deviations: upstream sets no CART_ENDPOINT/DB_HOST env on shipping (the code defaults apply); this install sets both explicitly in its values, in both revisions. Stack line numbers illustrative.`,
})];
