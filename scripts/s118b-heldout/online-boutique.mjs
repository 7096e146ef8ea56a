// Blind held-out batch s118b: one Online Boutique scenario (split test) for the s2 scenario kit.
// Built by scripts/s118b-build.mjs; system definition from scripts/s2-scenarios/online-boutique.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';
export { system };

const IT = '2026-05-14T10:58:00Z';
const T = clock(IT);
const res = (rc, rm, lc, lm) => ({ requests: { cpu: rc, memory: rm }, limits: { cpu: lc, memory: lm } });
const oom = (start, end) => ({ exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(start), finishedAt: T.iso(end) });
const fl = (min, sev, msg, extra = {}) => JSON.stringify({ 'http.req.id': extra.id ?? '5e0b7a2c-91d4-4f3a-8c6e-2b7d1f04a9e3', 'http.req.method': 'GET', 'http.req.path': extra.path ?? '/product/OLJCESPC7Z', ...(extra.error ? { error: extra.error } : {}), message: msg, session: '0c6e2f71-4b8d-4a3e-9f10-7d2a5c8b3e64', severity: sev, timestamp: T.isoMs(min) });
const rec = (min, msg) => JSON.stringify({ timestamp: T.isoMs(min).replace('Z', '+00:00').replace(/\.(\d{3})/, '.$1000'), severity: 'INFO', name: 'recommendationservice-server', message: msg });
const RECERR = 'rpc error: code = Unavailable desc = error reading from server: EOF';

export const scenarios = [
  {
    folder: 's118b-product-pages-500',
    incidentTime: IT,
    description: 'product detail pages giving 500 on and off since about 10:40, homepage and cart fine. sre-platform did the rightsizing PR this morning fyi',
    expected: { component: 'recommendationservice', cause: 'oom-killed' },
    alsoAcceptable: [{ component: 'recommendationservice', cause: 'resource-exhaustion' }, { component: 'recommendationservice', cause: 'bad-deploy-rollout' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'team-name', 'pods-ready'],
    grounding: `Manifest: release/kubernetes-manifests.yaml v0.10.6 (recommendationservice requests 220Mi, limit 450Mi).
      Fault follows VPA/rightsizing PRs that cut limits to the observed idle usage (Kubernetes "Assign Memory Resources"
      OOMKilled exit 137): a resources-only rollout at 09:52 set recommendationservice to 100Mi/160Mi. The Python gRPC
      server (grpcio, ~140Mi resident after import) becomes Ready, then is OOM-killed by the kernel under the product-page
      load; lastState OOMKilled 137, restartCount 6, currently Running and Ready between kills. frontend's productHandler
      fails the page on a recommendations error ("failed to get product recommendations"), so the frontend is louder.
      Old and new ReplicaSets differ only in the container's resources. Deviation: none beyond the limit.`,
    workloads: {
      recommendationservice: {
        containers: { server: { resources: res('100m', '100Mi', '200m', '160Mi') } },
        rollout: { at: -66, revision: 5, oldContainers: { server: { resources: res('100m', '220Mi', '200m', '450Mi') } } },
        pods: [{ containers: { server: cs.restartedRunning({ restarts: 6, startedAt: T.iso(-2.5), last: oom(-6.1, -3) }) } }],
      },
    },
    events: [
      { on: 'deploy:recommendationservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set recommendationservice-%NEW% to 1', first: -66 },
      { on: 'deploy:recommendationservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set recommendationservice-%OLD% to 0 from 1', first: -65 },
      { on: 'pod:recommendationservice#0', reason: 'Pulled', message: `Container image "us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo/recommendationservice:v0.10.6" already present on machine`, first: -19, last: -3, count: 6, fieldPath: 'spec.containers{server}' },
      { on: 'pod:recommendationservice#0', reason: 'Started', message: 'Started container server', first: -19, last: -3, count: 6, fieldPath: 'spec.containers{server}' },
      { on: 'pod:recommendationservice#0', reason: 'BackOff', message: 'Back-off restarting failed container server in pod %POD%_boutique(%PODUID%)', first: -14, last: -3.1, count: 4, type: 'Warning', fieldPath: 'spec.containers{server}' },
      { on: 'pod:recommendationservice#0', reason: 'Unhealthy', message: 'Readiness probe failed: timeout: failed to connect service ":8080" within 1s', first: -17, last: -3.05, count: 5, type: 'Warning', fieldPath: 'spec.containers{server}' },
    ],
    logs: {
      'recommendationservice#0/server': [
        rec(-2.5, 'initializing recommendationservice'),
        rec(-2.4, 'listening on port: 8080'),
        rec(-2.1, '[Recv ListRecommendations] product_ids=[\'66VCHSJNUP\', \'1YMWWN1N4O\', \'L9ECAV7KIM\', \'2ZYFJ3GM2N\', \'0PUK6V6EV0\']'),
        rec(-1.4, '[Recv ListRecommendations] product_ids=[\'9SIQT8TOJO\', \'6E92ZMYYFZ\', \'LS4PSXUNUM\', \'OLJCESPC7Z\', \'1YMWWN1N4O\']'),
      ],
      'recommendationservice#0/server/previous': [
        rec(-6.1, 'initializing recommendationservice'),
        rec(-6.0, 'listening on port: 8080'),
        rec(-4.2, '[Recv ListRecommendations] product_ids=[\'L9ECAV7KIM\', \'2ZYFJ3GM2N\', \'66VCHSJNUP\', \'0PUK6V6EV0\', \'9SIQT8TOJO\']'),
      ],
      'frontend#0/server': [
        fl(-9, 'debug', 'request started'),
        fl(-3, 'error', 'request error', { error: `failed to get product recommendations: ${RECERR}`, id: '8d2f0b64-3c1a-4e7b-a5d9-0f6e2c84b17a' }),
        fl(-2.9, 'error', 'request error', { error: 'failed to get product recommendations: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:recommendationservice%:8080: connect: connection refused"', id: '2b9e47c1-6d0f-4a83-b215-9c7e3f0d5a68', path: '/product/66VCHSJNUP' }),
        fl(-1, 'debug', 'request complete', { path: '/' }),
      ],
      'frontend#1/server': [
        fl(-7, 'error', 'request error', { error: `failed to get product recommendations: ${RECERR}`, id: 'f41c8a2e-07b3-4d69-8e5a-3a1d9c6b20f7', path: '/product/1YMWWN1N4O' }),
        fl(-0.8, 'debug', 'request complete', { path: '/cart' }),
      ],
    },
  },
];
