// Batch s137d (blind dev): Online Boutique scenarios. System from scripts/s2-scenarios/online-boutique.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';
export { system };
const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const fl = (T, min, sev, message, x = {}) => JSON.stringify({ 'http.req.id': x.id ?? '5d1c0e7a-8f2b-4b7e-9a10-3e6c2d4f8a91', 'http.req.method': x.method ?? 'GET', 'http.req.path': x.path ?? '/', ...(x.status ? { 'http.resp.bytes': x.bytes ?? 10984, 'http.resp.status': x.status, 'http.resp.took_ms': x.took ?? 41 } : {}), ...(x.error ? { error: x.error } : {}), message, session: x.session ?? '2f7c1b9e-4d3a-4e61-8b0c-7a5e9d2c1f44', severity: sev, timestamp: T.isoMs(min) });

const T1 = clock('2026-05-12T14:20:00Z');
const T2 = clock('2026-05-14T15:31:00Z');
const goLog = (T, min, lvl, msg, extra = '') => JSON.stringify({ message: msg, severity: lvl, timestamp: T.isoMs(min), ...(extra ? { error: extra } : {}) });

export const scenarios = [
  {
    folder: 's137d-demo-footer-after-frontend-release',
    incidentTime: '2026-05-12T14:20:00Z',
    description: "support is getting emails from customers that the shop says 'this website is hosted for demo purposes only, it is not an actual shop' at the bottom of every page?? did the frontend deploy at ~13:50 push a staging build to prod",
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'time-expression', 'partial-name'],
    grounding: `No fault. The sentence the customers quote is the footer of GoogleCloudPlatform/microservices-demo src/frontend/templates/footer.html
      ("This website is hosted for demo purposes only. It is not an actual shop. This is not a Google product."): it is in every
      frontend release, so it is designed behaviour, not a staging build. Decoy: a rollout of frontend 30 minutes before the report
      (v0.10.5 -> v0.10.6, kit rollout.oldContainers carries the old image), whose first new pod failed one readiness probe while Go
      started and was Ready 20 s later (Unhealthy Event, count 1); both new pods Ready, old ReplicaSet scaled to 0, frontend logs
      show ordinary 200s. Deviation from upstream: none in the manifests; the version bump is invented.`,
    workloads: {
      frontend: {
        rollout: { at: -30, oldContainers: { server: { image: `${REG}/frontend:v0.10.5` } } },
      },
    },
    events: [
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 1', first: -30 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled down replica set frontend-%OLD% to 1 from 2', first: -29.3 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 2 from 1', first: -29.3 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled down replica set frontend-%OLD% to 0 from 1', first: -28.7 },
      { on: 'pod:frontend#0', reason: 'Pulled', message: `Successfully pulled image "${REG}/frontend:v0.10.6" in 2.113s (2.113s including waiting). Image size: 14217744 bytes.`, first: -29.9 },
      { on: 'pod:frontend#0', reason: 'Started', message: 'Started container server', first: -29.8, fieldPath: 'spec.containers{server}' },
      { on: 'pod:frontend#0', reason: 'Unhealthy', message: 'Readiness probe failed: Get "http://%PODIP%:8080/_healthz": dial tcp %PODIP%:8080: connect: connection refused', first: -29.6, type: 'Warning', fieldPath: 'spec.containers{server}' },
    ],
    logs: {
      'frontend#0/server': [
        goLog(T1, -29.75, 'info', 'starting server on :8080'),
        fl(T1, -12.4, 'debug', 'request started', { path: '/' }),
        fl(T1, -12.39, 'debug', 'request complete', { path: '/', status: 200, took: 38 }),
        fl(T1, -6.1, 'debug', 'request started', { path: '/product/OLJCESPC7Z', id: '0b8e2a4c-1f6d-4c3a-a7e9-5d2b8c1e0f63' }),
        fl(T1, -6.09, 'debug', 'request complete', { path: '/product/OLJCESPC7Z', id: '0b8e2a4c-1f6d-4c3a-a7e9-5d2b8c1e0f63', status: 200, took: 52, bytes: 9120 }),
        fl(T1, -1.2, 'debug', 'request started', { path: '/cart', id: '7c3f9e1a-2b4d-4e8f-9a6c-1d5e3b7a9c20' }),
        fl(T1, -1.19, 'debug', 'request complete', { path: '/cart', id: '7c3f9e1a-2b4d-4e8f-9a6c-1d5e3b7a9c20', status: 200, took: 29, bytes: 7702 }),
      ],
      'frontend#1/server': [
        goLog(T1, -29.1, 'info', 'starting server on :8080'),
        fl(T1, -3.3, 'debug', 'request started', { path: '/', id: 'e4a1b7c9-3d2f-4a8e-b6c1-9f0d2e5a7b38' }),
        fl(T1, -3.29, 'debug', 'request complete', { path: '/', id: 'e4a1b7c9-3d2f-4a8e-b6c1-9f0d2e5a7b38', status: 200, took: 44 }),
      ],
    },
  },
  {
    folder: 's137d-recommendations-gone-after-rec-release',
    incidentTime: '2026-05-14T15:31:00Z',
    description: "'you may also like' block vanished from product pages since ~15:05, rest of the site looks fine. recco svc got a release today fwiw",
    expected: { component: 'recommendationservice', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'recommendationservice', cause: 'config-error' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'callers-only', 'time-expression', 'partial-name'],
    grounding: `Fault: a release of recommendationservice at 15:04 changed PRODUCT_CATALOG_SERVICE_ADDR from productcatalogservice:3550
      (kubernetes-manifests.yaml) to productcatalogservice:3551 (a port the Service does not expose). The Python server starts and answers
      its gRPC health check (grpc_health_probe is served locally), so the pods stay Ready; every ListRecommendations call fails with
      StatusCode.UNAVAILABLE "failed to connect to all addresses". Upstream frontend handlers.go treats recommendations as optional and only
      logs "failed to get product recommendations" at warn level, so the page renders without the block: callers-only.
      Old ReplicaSet (rollout.oldContainers) keeps the :3550 address. Deviation: the typo'd port is invented.`,
    workloads: {
      recommendationservice: {
        rollout: { at: -27, oldContainers: { server: { env: [{ name: 'PORT', value: '8080' }, { name: 'PRODUCT_CATALOG_SERVICE_ADDR', value: 'productcatalogservice:3550' }, { name: 'DISABLE_PROFILER', value: '1' }] } } },
        containers: { server: { env: [{ name: 'PORT', value: '8080' }, { name: 'PRODUCT_CATALOG_SERVICE_ADDR', value: 'productcatalogservice:3551' }, { name: 'DISABLE_PROFILER', value: '1' }] } },
      },
    },
    events: [
      { on: 'deploy:recommendationservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set recommendationservice-%NEW% to 1', first: -27 },
      { on: 'deploy:recommendationservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set recommendationservice-%OLD% to 0 from 1', first: -26.5 },
    ],
    logs: {
      'recommendationservice#0/server': [
        '{"timestamp": ' + (Date.parse('2026-05-14T15:31:00Z') / 1000 - 26.3 * 60).toFixed(6) + ', "severity": "INFO", "name": "recommendationservice-server", "message": "initializing recommendationservice"}',
        '{"timestamp": ' + (Date.parse('2026-05-14T15:31:00Z') / 1000 - 26.3 * 60 + 0.2).toFixed(6) + ', "severity": "INFO", "name": "recommendationservice-server", "message": "Profiler disabled."}',
        '{"timestamp": ' + (Date.parse('2026-05-14T15:31:00Z') / 1000 - 26.3 * 60 + 0.3).toFixed(6) + ', "severity": "INFO", "name": "recommendationservice-server", "message": "Tracing disabled."}',
        '{"timestamp": ' + (Date.parse('2026-05-14T15:31:00Z') / 1000 - 26.3 * 60 + 0.4).toFixed(6) + ', "severity": "INFO", "name": "recommendationservice-server", "message": "listening on port: 8080"}',
        'ERROR:grpc._server:Exception calling application: <_InactiveRpcError of RPC that terminated with:',
        '\tstatus = StatusCode.UNAVAILABLE',
        '\tdetails = "failed to connect to all addresses; last error: UNKNOWN: ipv4:%SVCIP:productcatalogservice%:3551: Failed to connect to remote host: Connection refused"',
        '\tdebug_error_string = "UNKNOWN:Error received from peer  {grpc_message:"failed to connect to all addresses; last error: UNKNOWN: ipv4:%SVCIP:productcatalogservice%:3551: Failed to connect to remote host: Connection refused", grpc_status:14}"',
        '>',
        'Traceback (most recent call last):',
        '  File "/usr/local/lib/python3.12/site-packages/grpc/_server.py", line 555, in _call_behavior',
        '    response_or_iterator = behavior(argument, context)',
        '  File "/recommendationservice/recommendation_server.py", line 62, in ListRecommendations',
        '    cat_response = product_catalog_stub.ListProducts(demo_pb2.Empty())',
        '  File "/usr/local/lib/python3.12/site-packages/grpc/_channel.py", line 1181, in __call__',
        '    return _end_unary_response_blocking(state, call, False, None)',
        'grpc._channel._InactiveRpcError: <_InactiveRpcError of RPC that terminated with:',
        '\tstatus = StatusCode.UNAVAILABLE',
        '\tdetails = "failed to connect to all addresses; last error: UNKNOWN: ipv4:%SVCIP:productcatalogservice%:3551: Failed to connect to remote host: Connection refused"',
        '>',
      ],
      'frontend#0/server': [
        fl(T2, -40, 'debug', 'request started', { path: '/product/66VCHSJNUP', id: '1a2b3c4d-0000-4e11-8a22-33b44c55d601' }),
        fl(T2, -40, 'debug', 'request complete', { path: '/product/66VCHSJNUP', id: '1a2b3c4d-0000-4e11-8a22-33b44c55d601', status: 200, took: 61, bytes: 11240 }),
        fl(T2, -9.2, 'debug', 'request started', { path: '/product/1YMWWN1N4O', id: '9f8e7d6c-5b4a-4321-8fed-cba987654321' }),
        fl(T2, -9.19, 'warning', 'failed to get product recommendations', { path: '/product/1YMWWN1N4O', id: '9f8e7d6c-5b4a-4321-8fed-cba987654321', error: 'failed to get recommended products: rpc error: code = Unknown desc = Exception calling application: <_InactiveRpcError of RPC that terminated with:\n\tstatus = StatusCode.UNAVAILABLE\n\tdetails = "failed to connect to all addresses; last error: UNKNOWN: ipv4:%SVCIP:productcatalogservice%:3551: Failed to connect to remote host: Connection refused"\n>' }),
        fl(T2, -9.18, 'debug', 'request complete', { path: '/product/1YMWWN1N4O', id: '9f8e7d6c-5b4a-4321-8fed-cba987654321', status: 200, took: 48, bytes: 8874 }),
        fl(T2, -2.4, 'debug', 'request started', { path: '/product/L9ECAV7KIM', id: '4c3b2a19-8e7d-4f6c-b5a4-93827160fedc' }),
        fl(T2, -2.39, 'warning', 'failed to get product recommendations', { path: '/product/L9ECAV7KIM', id: '4c3b2a19-8e7d-4f6c-b5a4-93827160fedc', error: 'failed to get recommended products: rpc error: code = Unknown desc = Exception calling application: <_InactiveRpcError of RPC that terminated with:\n\tstatus = StatusCode.UNAVAILABLE\n\tdetails = "failed to connect to all addresses; last error: UNKNOWN: ipv4:%SVCIP:productcatalogservice%:3551: Failed to connect to remote host: Connection refused"\n>' }),
        fl(T2, -2.38, 'debug', 'request complete', { path: '/product/L9ECAV7KIM', id: '4c3b2a19-8e7d-4f6c-b5a4-93827160fedc', status: 200, took: 44, bytes: 8710 }),
      ],
    },
  },
];
void cs;
