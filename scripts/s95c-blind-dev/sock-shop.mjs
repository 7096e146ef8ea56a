// Blind dev batch s95c: one Sock Shop scenario for the scenario kit (scripts/s2-scenario-kit.mjs).
// catalogue re-deployed with -images=/app/images/, a directory the image does not have: every product picture 404s (config-error).
import { clock } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/sock-shop.mjs';

export const system = base;
const incidentTime = '2026-05-14T16:22:00Z';
const T = clock(incidentTime);
const kit = (min, kv) => `ts=${T.isoMs(min)} ${kv}`;
const cat = [
  kit(-34.8, 'caller=main.go:86 transport=HTTP port=80'),
];
const fe = [];
for (let m = -33; m < -0.5; m += 2.2) {
  cat.push(kit(m, `caller=logging.go:22 method=List tags= order= pageNum=1 pageSize=6 result=6 err=null took=${(1.2 + (Math.abs(m) % 3) / 2).toFixed(6)}ms`));
  cat.push(kit(m + 0.05, 'caller=logging.go:62 method=Count tags= result=9 err=null took=612.5µs'));
  cat.push(kit(m + 0.1, 'caller=logging.go:80 method=Tags result=12 err=null took=701.3µs'));
  fe.push(`GET /catalogue/images/${['colourful_socks.jpg', 'bit_of_leg_1.jpeg', 'youtube_1.jpeg', 'holy_1.jpeg'][Math.abs(Math.round(m)) % 4]} 404 ${(3 + (Math.abs(m) % 4)).toFixed(3)} ms - 19`);
  fe.push(`GET /catalogue?size=6 200 ${(9 + (Math.abs(m) % 5)).toFixed(3)} ms - 1811`);
  fe.push('GET /cart 200 6.104 ms - 2');
}
const ordersLog = [
  `${T.java(-60 * 24 * 5)}  WARN [orders,,,] 7 --- [           main] o.s.b.a.m.MongoDataAutoConfiguration     : Spring Data MongoDB: mongo-java-driver 3.2.2 is older than the recommended version`,
];

export const scenarios = [
  {
    folder: 's95c-catalogue-images-path-arg',
    description: 'sockshop: all the product photos are broken images since this afternoon, listing + cart + checkout still work',
    incidentTime,
    expected: { component: 'catalogue', cause: 'config-error' },
    alsoAcceptable: [{ component: 'catalogue', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'time-expression', 'decoy'],
    workloads: {
      catalogue: {
        rollout: { at: -35.5, revision: 4, oldContainers: { catalogue: { args: ['-port=80'] } } },
        containers: { catalogue: { args: ['-port=80', '-images=/app/images/'] } },
      },
      'front-end': { since: -60 * 24 * 6 },
      orders: { since: -60 * 24 * 5 },
    },
    events: [
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled up replica set catalogue-%NEW% to 1', first: -35.5 },
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled down replica set catalogue-%OLD% to 0 from 1', first: -32.3 },
      { on: 'pod:catalogue#0', reason: 'Pulled', message: 'Container image "weaveworksdemos/catalogue:0.3.5" already present on machine', first: -35.2 },
      { on: 'pod:catalogue#0', reason: 'Started', message: 'Started container catalogue', first: -35.1 },
    ],
    logs: { 'catalogue#0/catalogue': cat, 'front-end#0/front-end': fe, 'front-end#1/front-end': fe.slice(3), 'orders#0/orders': ordersLog },
    grounding: `
      complete-demo.yaml at 9dff06f: catalogue (Go, go-kit) runs /app -port=80; its main.go also takes -images (default ./images/,
      the directory the image ships next to /app) and serves /catalogue/images/ from it with http.FileServer, which answers 404 for a
      missing directory without logging anything; the front-end (Node/Express, morgan dev format) pipes those requests and logs the 404s.
      The Deployment was edited to add -images=/app/images/ (a mount path from a planned ConfigMap-volume of pictures that was never
      mounted), so the service starts, /health stays 200 and List/Count/Tags succeed, only the pictures break. Deviation from upstream:
      the extra arg (revision 4 vs 3; the templates differ only by args). Decoy: an old Spring Data warning in orders.`,
  },
];
