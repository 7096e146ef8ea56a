// Blind held-out batch s120a: one Online Boutique scenario (split: test) on the session-2 Online Boutique system.
// Written without reading the engine, the rule packs or other scenarios; built by scripts/s120a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';
export { system };

const IT = '2026-04-21T13:40:00Z';
const T = clock(IT);
const fl = (min, sev, msg, extra = {}) => JSON.stringify({ 'http.req.id': extra.id ?? 'a3c1e0f2-77b4-4d1e-9a0c-5e2b8d4f1a6' + (Math.abs(Math.round(min * 10)) % 10), 'http.req.method': 'GET', 'http.req.path': extra.path ?? '/product/OLJCESPC7Z', ...(extra.error ? { error: extra.error } : {}), message: msg, session: 'e41b7c02-9f3a-4b6d-8c21-07d5a9e3f8b4', severity: sev, timestamp: T.isoMs(min) });
const rl = (min, sev, msg) => JSON.stringify({ timestamp: T.isoMs(min).replace('Z', '') .slice(0, 23).replace('T', ' ').replace(/\.(\d{3})$/, ',$1'), severity: sev, name: 'recommendationservice-server', message: msg });
const dial = `rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:recommendationservice%:8080: connect: connection refused"`;
const lim = (m) => ({ requests: { cpu: '100m', memory: '64Mi' }, limits: { cpu: '200m', memory: m } });

export const scenarios = [
  {
    folder: 's120a-recs-limit-cut-oom',
    incidentTime: IT,
    description: 'product pages slow + "you may also like" section empty since ~13:10, frontend team says nothing changed on their side',
    expected: { component: 'recommendationservice', cause: 'oom-killed' },
    alsoAcceptable: [
      { component: 'recommendationservice', cause: 'bad-deploy-rollout' },
      { component: 'recommendationservice', cause: 'crash-loop' },
    ],
    difficulty: 'medium',
    traits: ['louder-dependents', 'rollout-regression', 'time-expression', 'team-name'],
    grounding: `Upstream release/kubernetes-manifests.yaml (34ffea9) gives recommendationservice requests 220Mi / limits 450Mi: the
      Python gRPC server (grpcio, the catalog client and the OpenTelemetry/profiler imports) settles well above 100Mi RSS under the
      loadgenerator's traffic. Fault: a "right-sizing" rollout 33 minutes before the incident set requests 64Mi / limits 128Mi (the
      only template change between the two ReplicaSets). The new pod starts under the limit and goes Ready, the old ReplicaSet is
      scaled down, then the container is OOM-killed (exit 137, reason OOMKilled) as its RSS grows and is restarted with back-off.
      The frontend only logs a warning per product page ("failed to get product recommendations") and renders the page without them,
      as frontend/handlers.go does. Deviation from upstream: the memory resources of recommendationservice.`,
    workloads: {
      recommendationservice: {
        containers: { server: { resources: lim('128Mi') } },
        patch: {},
        rollout: { at: -33, oldContainers: { server: { resources: { requests: { cpu: '100m', memory: '220Mi' }, limits: { cpu: '200m', memory: '450Mi' } } } } },
        pods: [{ containers: { server: cs.crashLoop({ restarts: 7, exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-4.2), finishedAt: T.iso(-2.9), container: 'server' }) } }],
        unavailableSince: -28,
      },
    },
    events: [
      { on: 'deploy:recommendationservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set recommendationservice-%NEW% to 1', first: -33 },
      { on: 'deploy:recommendationservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set recommendationservice-%OLD% to 0 from 1', first: -32 },
      { on: 'pod:recommendationservice#0', reason: 'Pulled', message: `Container image "us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo/recommendationservice:v0.10.6" already present on machine`, first: -32.5, last: -4.2, count: 8, fieldPath: 'spec.containers{server}' },
      { on: 'pod:recommendationservice#0', reason: 'Created', message: 'Created container server', first: -32.5, last: -4.2, count: 8, fieldPath: 'spec.containers{server}' },
      { on: 'pod:recommendationservice#0', reason: 'Started', message: 'Started container server', first: -32.5, last: -4.2, count: 8, fieldPath: 'spec.containers{server}' },
      { on: 'pod:recommendationservice#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: timeout: failed to connect service ":8080" within 1s: context deadline exceeded', first: -27, last: -3.5, count: 9, fieldPath: 'spec.containers{server}' },
      { on: 'pod:recommendationservice#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container server in pod %POD%_boutique(%PODUID%)', first: -26, last: -1, count: 41, fieldPath: 'spec.containers{server}' },
      { on: 'pod:cartservice#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: timeout: failed to connect service ":7070" within 1s: context deadline exceeded', first: -60 * 26, last: -60 * 26, count: 1, fieldPath: 'spec.containers{server}' },
    ],
    logs: {
      'recommendationservice#0/server/previous': [
        rl(-4.1, 'INFO', 'initializing recommendationservice'), rl(-4.1, 'INFO', 'Profiler disabled.'), rl(-4.1, 'INFO', 'Tracing disabled.'),
        rl(-4.0, 'INFO', 'listening on port: 8080'),
        rl(-3.8, 'INFO', "[Recv ListRecommendations] product_ids=['9SIQT8TOJO', '1YMWWN1N4O', 'L9ECAV7KIM', 'LS4PSXUNUM', '0PUK6V6EV0']"),
        rl(-3.4, 'INFO', "[Recv ListRecommendations] product_ids=['OLJCESPC7Z', '66VCHSJNUP', '6E92ZMYYFZ', '2ZYFJ3GM2N', 'LS4PSXUNUM']"),
        rl(-3.0, 'INFO', "[Recv ListRecommendations] product_ids=['1YMWWN1N4O', 'OLJCESPC7Z', '9SIQT8TOJO', '0PUK6V6EV0', 'L9ECAV7KIM']"),
      ],
      'frontend#0/server': [
        fl(-6, 'debug', 'request started', { path: '/' }), fl(-6, 'debug', 'request complete', { path: '/' }),
        fl(-3.2, 'debug', 'request started'), fl(-3.1, 'info', 'serving product page'),
        fl(-2.5, 'warning', 'failed to get product recommendations', { error: `failed to get recommended product ids: ${dial}` }),
        fl(-2.5, 'debug', 'request complete'),
        fl(-1.2, 'warning', 'failed to get product recommendations', { path: '/product/66VCHSJNUP', error: `failed to get recommended product ids: ${dial}` }),
      ],
      'frontend#1/server': [
        fl(-2, 'debug', 'request started', { path: '/cart' }),
        fl(-1.9, 'warning', 'failed to get product recommendations', { path: '/cart', error: `failed to get recommended product ids: ${dial}` }),
        fl(-1.9, 'debug', 'request complete', { path: '/cart' }),
      ],
    },
  },
];
