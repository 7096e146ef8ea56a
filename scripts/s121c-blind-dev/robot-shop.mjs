// Blind dev batch s121c: one Stan's Robot Shop scenario (config-error on shipping: CART_ENDPOINT pointed at the web
// nginx instead of the cart Service), on the kit's robot-shop system with its withDefaults and default PVC.
import { clock } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';
export { system, defaultPvcs };

const IT = '2026-05-13T09:42:00Z';
const T = clock(IT);
const shipC = system.workloads.find((w) => w.name === 'shipping').containers[0];
const ship = [
  `${T.java(-31)}  INFO 1 --- [           main] c.i.r.s.ShippingServiceApplication       : Started ShippingServiceApplication in 21.384 seconds (JVM running for 23.102)`,
];
const web = [];
for (let m = -28; m < -0.5; m += 2.2) {
  const id = Math.round(-m * 100);
  ship.push(`${T.java(m)}  INFO 1 --- [nio-8080-exec-${(id % 10) + 1}] c.i.r.s.Controller                       : shipping confirm {"location":"Paris, France","cost":"52.41"}`);
  ship.push(`${T.java(m + 0.001)}  INFO 1 --- [nio-8080-exec-${(id % 10) + 1}] c.i.r.s.CartHelper                       : add shipping to cart anonymous-${id}`);
  ship.push(`${T.java(m + 0.004)}  WARN 1 --- [nio-8080-exec-${(id % 10) + 1}] c.i.r.s.CartHelper                       : Failed with code 404`);
  ship.push(`${T.java(m + 0.005)}  WARN 1 --- [nio-8080-exec-${(id % 10) + 1}] .w.s.m.a.ResponseStatusExceptionResolver : Resolved [org.springframework.web.server.ResponseStatusException: 404 NOT_FOUND "cart not found"]`);
  const ts = new Date(Date.parse(T.isoMs(m))).toUTCString().replace(/^\w+, (\d+) (\w+) (\d+) (\S+) GMT$/, '$1/$2/$3:$4 +0000');
  web.push(`10.1.2.45 - - [${ts}] "POST /shipping/anonymous-${id} HTTP/1.1" 404 153 "-" "Apache-HttpClient/4.5.13 (Java/1.8.0_292)"`);
  web.push(`10.1.2.45 - - [${ts}] "POST /api/shipping/confirm/anonymous-${id} HTTP/1.1" 404 73 "http://shop.robot-shop.example/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"`);
  web.push(`10.1.1.12 - - [${ts}] "GET /api/catalogue/products HTTP/1.1" 200 2313 "http://shop.robot-shop.example/" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4)"`);
}
const cart = [];
for (let m = -40; m < -1; m += 4) cart.push(pino(T, m, 'info', '%POD%', 'request completed', `"req":{"id":${Math.round(-m)},"method":"GET","url":"/cart/anonymous-${Math.round(-m * 7)}"},"res":{"statusCode":200},"responseTime":3,`));

export const scenarios = [
  withDefaults({
    folder: 's121c-shipping-cart-endpoint-web',
    incidentTime: IT,
    description: 'robotshop: can\'t confirm shipping, "cart not found" after picking a country. carts look fine in the UI',
    expected: { component: 'shipping', cause: 'config-error' },
    alsoAcceptable: [{ component: 'shipping', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'partial-name'],
    workloads: {
      shipping: {
        containers: { shipping: { env: [{ name: 'CART_ENDPOINT', value: 'web:8080' }] } },
        rollout: { at: -32, revision: 3, oldContainers: { shipping: { env: undefined } }, oldReplicas: 0 },
      },
    },
    events: [
      { on: 'deploy:shipping', reason: 'ScalingReplicaSet', message: 'Scaled up replica set shipping-%NEW% to 1', first: -32, source: 'deployment-controller' },
      { on: 'deploy:shipping', reason: 'ScalingReplicaSet', message: 'Scaled down replica set shipping-%OLD% to 0 from 1', first: -31, source: 'deployment-controller' },
      { on: 'pod:shipping#0', reason: 'Unhealthy', message: 'Readiness probe failed: Get "http://%PODIP%:8080/health": dial tcp %PODIP%:8080: connect: connection refused', first: -31.9, last: -31.2, count: 4, type: 'Warning', fieldPath: 'spec.containers{shipping}' },
    ],
    logs: { 'shipping#0/shipping': ship, 'web#0/web': web, 'cart#0/cart': cart },
    grounding: `
      Manifest facts (instana/robot-shop K8s/helm, shipping 2.1.0): the shipping Spring Boot service builds its cart URL as
      "http://" + CART_ENDPOINT + "/shipping/" with CART_ENDPOINT defaulting to cart:8080 (CartHelper); the helm chart sets no
      env on shipping. Fault: a values override for an ingress test added CART_ENDPOINT=web:8080 (the nginx front, which
      proxies only /api/cart/ to cart), so every POST /shipping/<id> lands on nginx and gets 404; CartHelper logs "Failed with
      code 404" and the controller answers 404 "cart not found". Shipping stays Ready (its /health does not call cart); web's
      access log is the loudest. Deviation from upstream: the env entry and a new ReplicaSet (old template without env).
      Decoy: readiness "connection refused" during the rollout's JVM start.`,
  }),
];
