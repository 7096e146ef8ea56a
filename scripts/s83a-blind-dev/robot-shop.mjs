// Blind dev batch s83a, Robot Shop: one scenario (shipping given a CART_ENDPOINT with a path, so every cart update 404s).
// System from scripts/kit-systems/robot-shop.mjs (instana/robot-shop K8s/helm 55292e2, images 2.1.0).
import { clock } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };
const T = clock('2026-05-13T16:20:00Z');
const sb = (min, level, thread, logger, msg) => `${T.java(min)}  ${level.padStart(5)} 1 --- [${thread}] ${logger.padEnd(40).slice(0, 40)} : ${msg}`;
const agent = [{ name: 'INSTANA_AGENT_HOST', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'status.hostIP' } } }];

export const scenarios = [
  withDefaults({
    folder: 's83a-shipping-cart-endpoint-path',
    incidentTime: '2026-05-13T16:20:00Z',
    description: 'robotshop: customers stuck at the shipping step, "confirm" does nothing. started after lunch. cart + catalog fine',
    expected: { component: 'shipping', cause: 'config-error' },
    alsoAcceptable: [{ component: 'shipping', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'callers-only', 'time-expression', 'partial-name', 'decoy'],
    grounding: `
      shipping (Spring Boot) builds the cart URL in CartHelper as "http://" + CART_ENDPOINT + "/shipping/" + id, with
      CART_ENDPOINT defaulting to cart:8080 (robot-shop shipping/src/.../ShippingServiceApplication and CartHelper).
      The fault: a values change for an ingress experiment set CART_ENDPOINT=cart:8080/api on the shipping Deployment
      (rolled at 13:05); the value is read lazily per request, never validated, so shipping starts and stays Ready while
      every POST to cart answers 404 and /confirm returns 500 to web. Deviation from upstream: the env var is set in the
      manifest (upstream leaves the default). Decoys: user logs a routine Redis reconnect from yesterday; catalogue
      answers normally; the pods of shipping are fresh (the rollout) and healthy.`,
    workloads: {
      shipping: {
        rollout: { at: -195, oldContainers: { shipping: { env: undefined } } },
        containers: { shipping: { env: [{ name: 'CART_ENDPOINT', value: 'cart:8080/api' }] } },
      },
    },
    events: [
      { on: 'deploy:shipping', reason: 'ScalingReplicaSet', message: 'Scaled up replica set shipping-%NEW% to 1', first: -195, last: -195 },
      { on: 'deploy:shipping', reason: 'ScalingReplicaSet', message: 'Scaled down replica set shipping-%OLD% to 0 from 1', first: -193, last: -193 },
    ],
    logs: {
      'shipping#0/shipping': [
        sb(-194.4, 'INFO', 'main', 'c.i.r.s.ShippingServiceApplication', 'Starting ShippingServiceApplication v1.0 on %POD% with PID 1 (/opt/shipping/shipping.jar started by root in /opt/shipping)'),
        sb(-193.9, 'INFO', 'main', 'o.s.b.w.embedded.tomcat.TomcatWebServer', 'Tomcat initialized with port(s): 8080 (http)'),
        sb(-193.5, 'INFO', 'main', 'com.zaxxer.hikari.HikariDataSource', 'HikariPool-1 - Start completed.'),
        sb(-193.3, 'INFO', 'main', 'o.s.b.w.embedded.tomcat.TomcatWebServer', 'Tomcat started on port(s): 8080 (http) with context path \'\''),
        sb(-193.3, 'INFO', 'main', 'c.i.r.s.ShippingServiceApplication', 'Started ShippingServiceApplication in 41.207 seconds (JVM running for 43.9)'),
        sb(-31.2, 'INFO', 'http-nio-8080-exec-3', 'c.i.r.shipping.Controller', 'shipping calc 1178 -> 2 (Tianjin, China)'),
        sb(-30.8, 'INFO', 'http-nio-8080-exec-4', 'c.i.r.shipping.Controller', 'shipping confirm {"distance":8412,"cost":841.2,"location":"Tianjin, China"}'),
        sb(-30.8, 'WARN', 'http-nio-8080-exec-4', 'c.i.r.shipping.CartHelper', 'CartHelper: add shipping to cart failed: http://cart:8080/api/shipping/0b7f2d1a returned 404 Not Found'),
        sb(-30.8, 'ERROR', 'http-nio-8080-exec-4', 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.web.server.ResponseStatusException: 500 INTERNAL_SERVER_ERROR "cart not found"] with root cause'),
        sb(-6.5, 'INFO', 'http-nio-8080-exec-9', 'c.i.r.shipping.Controller', 'shipping confirm {"distance":1204,"cost":120.4,"location":"Lyon, France"}'),
        sb(-6.5, 'WARN', 'http-nio-8080-exec-9', 'c.i.r.shipping.CartHelper', 'CartHelper: add shipping to cart failed: http://cart:8080/api/shipping/6c19e4f0 returned 404 Not Found'),
      ],
      'cart#0/cart': [
        pino(T, -200, 'info', '%POD%', 'Redis connected'),
        pino(T, -31.5, 'info', '%POD%', 'request completed', '"req":{"id":412,"method":"GET","url":"/cart/0b7f2d1a"},"res":{"statusCode":200},"responseTime":3,'),
        pino(T, -30.8, 'info', '%POD%', 'request completed', '"req":{"id":413,"method":"POST","url":"/api/shipping/0b7f2d1a"},"res":{"statusCode":404},"responseTime":1,'),
        pino(T, -6.5, 'info', '%POD%', 'request completed', '"req":{"id":590,"method":"POST","url":"/api/shipping/6c19e4f0"},"res":{"statusCode":404},"responseTime":1,'),
      ],
      'user#0/user': [
        pino(T, -60 * 22, 'error', '%POD%', 'ERROR Redis: connection reset, reconnecting'),
        pino(T, -60 * 22 + 0.1, 'info', '%POD%', 'Redis connected'),
        pino(T, -12, 'info', '%POD%', 'request completed', '"req":{"id":2201,"method":"GET","url":"/uniqueid"},"res":{"statusCode":200},"responseTime":2,'),
      ],
      'web#0/web': [
        `10.1.2.53 - - [${'13/May/2026:15:49:12'} +0000] "POST /api/shipping/confirm HTTP/1.1" 500 58 "http://shop.robotshop.example/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"`,
        `10.1.1.17 - - [13/May/2026:16:13:30 +0000] "GET /api/catalogue/products HTTP/1.1" 200 2811 "http://shop.robotshop.example/" "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)"`,
        `10.1.3.88 - - [13/May/2026:16:13:30 +0000] "POST /api/shipping/confirm HTTP/1.1" 500 58 "http://shop.robotshop.example/" "Mozilla/5.0 (X11; Linux x86_64)"`,
      ],
    },
  }),
];
void agent;
