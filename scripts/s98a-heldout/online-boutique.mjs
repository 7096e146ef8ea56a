// Blind held-out batch s98a: one Online Boutique scenario for the scenario kit (scripts/s2-scenario-kit.mjs),
// on the system part of scripts/s2-scenarios/online-boutique.mjs; built by scripts/s98a-build.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/online-boutique.mjs';

export const system = base;
const IT = '2026-05-22T14:38:00Z';
const T = clock(IT);
const fe = (min, severity, message, extra = {}) => JSON.stringify({
  ...(extra.error ? { error: extra.error } : {}),
  'http.req.id': extra.id ?? '5d0c2b7e-8a41-4f3a-9e62-1b7f0c9d3a21', 'http.req.method': 'GET', 'http.req.path': extra.path ?? '/',
  ...(extra.status ? { 'http.resp.bytes': extra.bytes ?? 8129, 'http.resp.status': extra.status, 'http.resp.took_ms': extra.took ?? 31 } : {}),
  message, session: extra.session ?? 'a7e3c1f0-2d4b-4c8e-9f16-3b5a7d9e0c42', severity, timestamp: T.isoMs(min),
});
const recErr = (min, id, path) => [
  fe(min, 'debug', 'request started', { id, path }),
  fe(min + 0.001, 'error', 'request error', { id, path, error: `failed to get product recommendations: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:recommendationservice%:8080: connect: connection refused"` }),
  fe(min + 0.002, 'debug', 'request complete', { id, path, status: 500, bytes: 2512, took: 2 }),
];
const recLog = (min, ids) => `{"timestamp": ${(Date.parse(T.isoMs(min)) / 1000).toFixed(6)}, "severity": "INFO", "name": "recommendationservice-server", "message": "[Recv ListRecommendations] product_ids=[${ids}]"}`;

export const scenarios = [
  {
    folder: 's98a-product-pages-500',
    incidentTime: IT,
    description: 'boutique: every product page is a 500 since ~14:20, home page + cart + checkout fine. did the platform team\'s kustomize cleanup touch us?',
    expected: { component: 'recommendationservice', cause: 'no-endpoints' },
    alsoAcceptable: [{ component: 'recommendationservice', cause: 'config-error' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'callers-only', 'time-expression', 'team-name'],
    grounding: `
      GoogleCloudPlatform/microservices-demo release/kubernetes-manifests.yaml (34ffea9): frontend dials
      RECOMMENDATION_SERVICE_ADDR=recommendationservice:8080 and its product handler renders a 500
      ("failed to get product recommendations") when that call fails, while the home page, cart and checkout do not
      call it. Deviation from upstream (the fault): a label-normalising kustomize overlay re-applied the
      recommendationservice Service with selector app=recommendation; the pods still carry app=recommendationservice,
      stay Running and Ready, and the Endpoints object is empty since 14:19. With no endpoints kube-proxy rejects
      the ClusterIP connection, so gRPC reports "connect: connection refused". The Service selecting no pods is the
      cause (no-endpoints on recommendationservice), not the frontend that logs the errors.
    `,
    workloads: {
      recommendationservice: { serviceSelector: { app: 'recommendation' }, endpointsChanged: -19 },
    },
    events: [],
    logs: {
      'frontend#0/server': [
        fe(-21, 'debug', 'request started', { id: '0b9f3e2a-7c14-4d5b-8a63-2e1f9c0d7b45', path: '/product/OLJCESPC7Z' }),
        fe(-20.99, 'debug', 'request complete', { id: '0b9f3e2a-7c14-4d5b-8a63-2e1f9c0d7b45', path: '/product/OLJCESPC7Z', status: 200, bytes: 9364, took: 42 }),
        ...recErr(-17.5, 'e2c4a6f8-1b3d-4e5f-9a7b-0c2d4e6f8a1b', '/product/66VCHSJNUP'),
        fe(-12, 'debug', 'request started', { id: '7f1a3c5e-9b2d-4f6a-8c0e-1d3f5a7b9c2e', path: '/cart' }),
        fe(-11.99, 'debug', 'request complete', { id: '7f1a3c5e-9b2d-4f6a-8c0e-1d3f5a7b9c2e', path: '/cart', status: 200, bytes: 6021, took: 27 }),
        ...recErr(-6.2, '3a5c7e9f-2b4d-4f6a-8c1e-3d5f7a9b1c4e', '/product/1YMWWN1N4O'),
        ...recErr(-1.4, '9c1e3a5f-7b2d-4e6a-8f0c-2d4f6a8c0e3b', '/product/L9ECAV7KIM'),
      ],
      'frontend#1/server': [
        fe(-9, 'debug', 'request started', { id: '4e6a8c0f-3b5d-4f7a-9c2e-4d6f8a0c2e5b', path: '/' }),
        fe(-8.99, 'debug', 'request complete', { id: '4e6a8c0f-3b5d-4f7a-9c2e-4d6f8a0c2e5b', path: '/', status: 200, bytes: 10822, took: 58 }),
        ...recErr(-4.7, '6b8d0f2a-5c7e-4a9b-8d1f-5e7a9c1e3f6d', '/product/9SIQT8TOJO'),
      ],
      'recommendationservice#0/server': [
        recLog(-24.2, "'OLJCESPC7Z'"),
        recLog(-21, "'OLJCESPC7Z'"),
        recLog(-20.1, "'2ZYFJ3GM2N'"),
      ],
    },
  },
];
