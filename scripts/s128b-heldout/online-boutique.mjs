// Batch s128b (held-out, written blind): Online Boutique.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/online-boutique.mjs';

export const system = base;
const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const I = '2026-05-12T15:32:00Z';
const T = clock(I);
const fl = (min, severity, message, extra = {}) => JSON.stringify({ 'http.req.id': extra.id ?? '5d1e0c2a-7f43-4b8e-a1c9-3e6f2b7d9a10', 'http.req.method': extra.method ?? 'GET', 'http.req.path': extra.path ?? '/', ...(extra.error ? { error: extra.error } : {}), message, session: extra.session ?? 'a3c4e5f6-1b2d-4e8f-9a0b-7c6d5e4f3a21', severity, timestamp: T.isoMs(min) });
const pcLog = (min, sev, msg) => JSON.stringify({ message: msg, severity: sev, timestamp: T.isoMs(min) });

export const scenarios = [
  {
    folder: 's128b-catalog-release-panics',
    description: 'product pages 500ing on the shop since ~15:10, home page partly loads. catalog team shipped something this afternoon?',
    incidentTime: I,
    expected: { component: 'productcatalogservice', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'productcatalogservice', cause: 'crash-loop' }],
    difficulty: 'medium',
    traits: ['rollout-regression', 'louder-dependents', 'decoy', 'team-name', 'time-expression'],
    grounding: `
      Manifest facts: productcatalogservice (Go, gRPC :3550, grpc readiness/liveness probes) is read by frontend,
      checkoutservice and recommendationservice through PRODUCT_CATALOG_SERVICE_ADDR=productcatalogservice:3550; it
      loads products.json at start-up (src/productcatalogservice/catalog_loader.go, parseCatalog) and exits when it
      cannot parse it. Fault: a release at ~15:08 moves the image from v0.10.6 to an internal build v0.10.7-rc2 whose
      baked products.json has a malformed entry; the new pods log the catalog parse failure and exit 1 (fatal), so the
      new ReplicaSet crash-loops and the stalled rollout leaves one old pod serving. The single old pod is overloaded and frontend logs "could not retrieve product" errors with
      Unavailable/DeadlineExceeded. Decoy: adservice was OOM-killed three days ago (JVM, 300Mi limit, a known
      upstream pattern) and has been running since. Deviations from upstream: the rc image tag and the replicas: 2 of
      productcatalogservice are ours; the old pod kept is the kit's rollout model.`,
    workloads: {
      productcatalogservice: {
        rollout: { at: -24, oldContainers: { server: { image: `${REG}/productcatalogservice:v0.10.6` } }, oldReplicas: 1 },
        containers: { server: { image: `${REG}/productcatalogservice:v0.10.7-rc2` } },
        pods: [
          { containers: { server: cs.crashLoop({ restarts: 9, exitCode: 1, startedAt: T.iso(-3.2), finishedAt: T.iso(-3.1), container: 'server' }) } },
          { containers: { server: cs.crashLoop({ restarts: 8, exitCode: 1, startedAt: T.iso(-4.0), finishedAt: T.iso(-3.9), container: 'server' }) } },
        ],
        unavailableSince: -23,
        progressing: (rs) => ({ type: 'Progressing', status: 'True', lastUpdateTime: T.iso(-23.5), lastTransitionTime: T.iso(-23.5), reason: 'ReplicaSetUpdated', message: `ReplicaSet "${rs}" is progressing.` }),
      },
      adservice: {
        pods: [{ containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.1) } }) } }],
      },
    },
    events: [
      { on: 'deploy:productcatalogservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set productcatalogservice-%NEW% to 1', source: 'deployment-controller', first: -24 },
      { on: 'deploy:productcatalogservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set productcatalogservice-%OLD% to 1 from 2', source: 'deployment-controller', first: -24 },
      { on: 'deploy:productcatalogservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set productcatalogservice-%NEW% to 2 from 1', source: 'deployment-controller', first: -24 },
      { on: 'pod:productcatalogservice#0', reason: 'Pulled', message: `Container image "${REG}/productcatalogservice:v0.10.7-rc2" already present on machine`, fieldPath: 'spec.containers{server}', first: -23.5, last: -3.2, count: 10 },
      { on: 'pod:productcatalogservice#0', reason: 'BackOff', message: 'Back-off restarting failed container server in pod %POD%_boutique(%PODUID%)', type: 'Warning', fieldPath: 'spec.containers{server}', first: -22, last: -0.4, count: 96 },
      { on: 'pod:productcatalogservice#1', reason: 'BackOff', message: 'Back-off restarting failed container server in pod %POD%_boutique(%PODUID%)', type: 'Warning', fieldPath: 'spec.containers{server}', first: -22, last: -0.7, count: 91 },
      { on: 'pod:productcatalogservice#1', reason: 'Unhealthy', message: 'Readiness probe failed: timeout: failed to connect service ":3550" within 1s: context deadline exceeded', type: 'Warning', fieldPath: 'spec.containers{server}', first: -23, last: -4, count: 5 },
    ],
    logs: {
      'productcatalogservice#0/server/previous': [
        pcLog(-3.2, 'info', 'starting grpc server at :3550'),
        pcLog(-3.15, 'fatal', 'could not parse product catalog: failed to parse the catalog JSON: proto: syntax error (line 212:7): unexpected token "priceUsd"'),
      ],
      'productcatalogservice#0/server': [],
      'productcatalogservice#old0/server': [
        pcLog(-60 * 24 * 6 + 0.5, 'info', 'successfully parsed product catalog json'),
        pcLog(-60 * 24 * 6 + 0.5, 'info', 'starting grpc server at :3550'),
      ],
      'frontend#0/server': [
        fl(-30, 'debug', 'request started', { path: '/product/OLJCESPC7Z' }),
        fl(-30, 'debug', 'request complete', { path: '/product/OLJCESPC7Z' }),
        fl(-21.6, 'error', 'request error', { path: '/product/66VCHSJNUP', error: 'failed to get product #"66VCHSJNUP": rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:productcatalogservice%:3550: connect: connection refused"' }),
        fl(-12.3, 'error', 'request error', { path: '/', error: 'could not retrieve products: rpc error: code = DeadlineExceeded desc = context deadline exceeded' }),
        fl(-6.8, 'error', 'request error', { path: '/product/1YMWWN1N4O', error: 'failed to get product #"1YMWWN1N4O": rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:productcatalogservice%:3550: connect: connection refused"' }),
        fl(-2.1, 'debug', 'request complete', { path: '/cart' }),
        fl(-1.2, 'error', 'request error', { path: '/product/L9ECAV7KIM', error: 'failed to get product #"L9ECAV7KIM": rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:productcatalogservice%:3550: connect: connection refused"' }),
      ],
      'recommendationservice#0/server': [
        JSON.stringify({ timestamp: T.isoMs(-9.4), severity: 'ERROR', name: 'recommendationservice-server', message: 'Exception calling application: <_InactiveRpcError of RPC that terminated with: status = StatusCode.UNAVAILABLE details = "failed to connect to all addresses; last error: UNKNOWN: ipv4:%SVCIP:productcatalogservice%:3550: Failed to connect to remote host: Connection refused">' }),
      ],
    },
  },
];
