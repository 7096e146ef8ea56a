// Blind dev batch s101b, Stan's Robot Shop: one bad-deploy-rollout scenario (catalogue 2.1.1 queries MongoDB on a
// renamed field, so every category list comes back empty while the pods stay Ready and nothing logs an error).
import { clock } from '../s2-scenario-kit.mjs';
import { system, withDefaults, defaultPvcs, pino } from '../kit-systems/robot-shop.mjs';
export { system, defaultPvcs };

const T = clock('2026-05-15T14:25:00Z');
const nginx = (min, path, status, bytes) => `10.1.1.84 - - [${new Date(Date.parse(T.isoMs(min))).toUTCString().replace(/^\w+, (\d+) (\w+) (\d+) ([\d:]+) GMT$/, '$1/$2/$3:$4 +0000')}] "GET ${path} HTTP/1.1" ${status} ${bytes} "http://shop.example.com/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36"`;
export const scenarios = [withDefaults({
  folder: 's101b-catalogue-empty-categories',
  incidentTime: '2026-05-15T14:25:00Z',
  description: 'robot shop shows no robots in any category since about 2pm. search still finds them?? no 500s anywhere',
  expected: { component: 'catalogue', cause: 'bad-deploy-rollout' },
  difficulty: 'hard',
  traits: ['pods-ready', 'rollout-regression', 'time-expression'],
  grounding: `
    Robot Shop Helm chart (instana/robot-shop K8s/helm): catalogue is Node.js (express, mongodb driver, pino) reading
    the catalogue database of mongodb (products with a "categories" array); web (nginx) proxies /api/catalogue/ to it.
    catalogue has no probes upstream. Fault: a release (image tag 2.1.0 -> 2.1.1, the only template change) queries
    /products/:cat with { category: cat } instead of { categories: cat }: MongoDB matches nothing, the service answers
    200 [] and logs nothing unusual, so the storefront shows empty categories while /search (text index) still works.
    Shape follows the common "release ships a renamed query field" regression; the tag 2.1.1 is the deviation.
    Decoy: none restarts; cart and user are healthy.`,
  workloads: {
    catalogue: { rollout: { at: -27, revision: 4, oldContainers: { catalogue: { image: 'robotshop/rs-catalogue:2.1.0' } } }, containers: { catalogue: { image: 'robotshop/rs-catalogue:2.1.1' } } },
  },
  events: [
    { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled up replica set catalogue-%NEW% to 1', first: -27, last: -27 },
    { on: 'pod:catalogue#0', reason: 'Pulling', message: 'Pulling image "robotshop/rs-catalogue:2.1.1"', first: -26.9, last: -26.9 },
    { on: 'pod:catalogue#0', reason: 'Pulled', message: 'Successfully pulled image "robotshop/rs-catalogue:2.1.1" in 3.412s (3.412s including waiting). Image size: 58113024 bytes.', first: -26.8, last: -26.8 },
    { on: 'pod:catalogue#0', reason: 'Created', message: 'Created container catalogue', first: -26.8, last: -26.8 },
    { on: 'pod:catalogue#0', reason: 'Started', message: 'Started container catalogue', first: -26.7, last: -26.7 },
    { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled down replica set catalogue-%OLD% to 0 from 1', first: -26.5, last: -26.5 },
  ],
  logs: {
    'catalogue#0/catalogue': [
      pino(T, -26.6, 'info', '%POD%', 'MongoDB connected'),
      pino(T, -26.6, 'info', '%POD%', 'Started on port 8080'),
      ...[-20, -15, -10, -5, -1].flatMap((m) => [
        pino(T, m, 'info', '%POD%', 'request completed', '"req":{"id":1,"method":"GET","url":"/categories"},"res":{"statusCode":200},"responseTime":4,'),
        pino(T, m + 0.05, 'info', '%POD%', 'request completed', '"req":{"id":2,"method":"GET","url":"/products/Robot"},"res":{"statusCode":200},"responseTime":3,'),
      ]),
      pino(T, -3, 'info', '%POD%', 'request completed', '"req":{"id":3,"method":"GET","url":"/search/cyborg"},"res":{"statusCode":200},"responseTime":6,'),
    ],
    'web#0/web': [
      ...[-20, -10, -1].flatMap((m) => [nginx(m, '/api/catalogue/categories', 200, 41), nginx(m + 0.05, '/api/catalogue/products/Robot', 200, 2)]),
      nginx(-3, '/api/catalogue/search/cyborg', 200, 612),
    ],
  },
})];
