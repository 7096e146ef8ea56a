// Held-out batch s126a: Online Boutique (system from scripts/s2-scenarios/online-boutique.mjs).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';
export { system };

const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const fl = (T, min, severity, message, extra = {}) => JSON.stringify({ 'http.req.id': extra.id ?? '4e1c2a77-90b3-4f5d-8c1e-6a2d9b0f3e51', 'http.req.method': extra.method ?? 'GET', 'http.req.path': extra.path ?? '/', ...(extra.error ? { error: extra.error } : {}), message, session: extra.session ?? 'a3f0c9e2-71d4-4b8a-9e25-0c6d1f4b7a98', severity, timestamp: T.isoMs(min) });

export const scenarios = [];
{
  const incidentTime = '2026-12-02T13:47:00Z';
  const T = clock(incidentTime);
  const oom = (s, f) => cs.restartedRunning({ restarts: 5, startedAt: T.iso(s), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(f - 6), finishedAt: T.iso(f) } });
  scenarios.push({
    folder: 's126a-ads-jvm-oom', incidentTime,
    description: 'ads banner gone on product pages + some slow page loads since about 13:20, frontend warns about ad svc',
    expected: { component: 'adservice', cause: 'oom-killed' },
    alsoAcceptable: [{ component: 'adservice', cause: 'crash-loop' }],
    difficulty: 'medium', traits: ['time-expression', 'partial-name', 'decoy'],
    grounding: `release/kubernetes-manifests.yaml: adservice (Java, gRPC :9555, limits memory 300Mi), frontend AD_SERVICE_ADDR=adservice:9555;
      frontend treats ads as optional and only logs a warning "failed to retrieve ads" when the call fails. The JVM in the
      image sizes its heap from the container limit; with the ad catalogue grown by a marketing import the heap plus
      metaspace and gRPC netty direct buffers pass 300Mi and the kernel OOM-kills the container (exit 137, reason OOMKilled),
      five times since ~13:21, as the kubelet reports it. Deviation: the ad catalogue growth is invented; upstream ships a
      tiny static map. Decoy: frontend had a healthy rollout (v0.10.6 image re-tag, both pods Ready) two days earlier.`,
    workloads: {
      adservice: { pods: [{ created: T.iso(-60 * 24 * 9), containers: { server: oom(-1.2, -1.4) } }] },
      frontend: { rollout: { at: -60 * 48, oldReplicas: 0 } },
    },
    events: [
      { on: 'pod:adservice#0', reason: 'Pulled', message: `Container image "${REG}/adservice:v0.10.6" already present on machine`, fieldPath: 'spec.containers{server}', first: -26, last: -1.3, count: 5 },
      { on: 'pod:adservice#0', reason: 'Created', message: 'Created container server', fieldPath: 'spec.containers{server}', first: -26, last: -1.3, count: 5 },
      { on: 'pod:adservice#0', reason: 'Started', message: 'Started container server', fieldPath: 'spec.containers{server}', first: -26, last: -1.2, count: 5 },
      { on: 'pod:adservice#0', reason: 'Unhealthy', message: 'Readiness probe failed: timeout: failed to connect service ":9555" within 1s', type: 'Warning', fieldPath: 'spec.containers{server}', first: -25, last: -1.1, count: 9 },
      { on: 'pod:adservice#0', reason: 'BackOff', message: 'Back-off restarting failed container server in pod %POD%_boutique(%PODUID%)', type: 'Warning', fieldPath: 'spec.containers{server}', first: -15, last: -1.5, count: 4 },
    ],
    logs: {
      'adservice#0/server': [
        `{"instant":{"epochSecond":${Math.floor(Date.parse(T.iso(-1.1)) / 1000)},"nanoOfSecond":211000000},"thread":"main","level":"INFO","loggerName":"hipstershop.AdService","message":"AdService starting.","endOfBatch":false,"loggerFqcn":"org.apache.logging.log4j.spi.AbstractLogger","threadId":1,"threadPriority":5,"logging.googleapis.com/trace":"","logging.googleapis.com/spanId":"","logging.googleapis.com/traceSampled":"false","time":"${T.isoMs(-1.1)}"}`,
        `{"instant":{"epochSecond":${Math.floor(Date.parse(T.iso(-1)) / 1000)},"nanoOfSecond":8000000},"thread":"main","level":"INFO","loggerName":"hipstershop.AdService","message":"Ad Service started, listening on 9555","endOfBatch":false,"loggerFqcn":"org.apache.logging.log4j.spi.AbstractLogger","threadId":1,"threadPriority":5,"time":"${T.isoMs(-1)}"}`,
        `{"instant":{"epochSecond":${Math.floor(Date.parse(T.iso(-0.6)) / 1000)},"nanoOfSecond":402000000},"thread":"grpc-default-executor-0","level":"INFO","loggerName":"hipstershop.AdService","message":"received ad request (context_words=[kitchen])","endOfBatch":false,"loggerFqcn":"org.apache.logging.log4j.spi.AbstractLogger","threadId":18,"threadPriority":5,"time":"${T.isoMs(-0.6)}"}`,
      ],
      'adservice#0/server/previous': [
        `{"instant":{"epochSecond":${Math.floor(Date.parse(T.iso(-7)) / 1000)},"nanoOfSecond":120000000},"thread":"main","level":"INFO","loggerName":"hipstershop.AdService","message":"Ad Service started, listening on 9555","endOfBatch":false,"loggerFqcn":"org.apache.logging.log4j.spi.AbstractLogger","threadId":1,"threadPriority":5,"time":"${T.isoMs(-7)}"}`,
        `{"instant":{"epochSecond":${Math.floor(Date.parse(T.iso(-2.5)) / 1000)},"nanoOfSecond":77000000},"thread":"grpc-default-executor-3","level":"INFO","loggerName":"hipstershop.AdService","message":"received ad request (context_words=[clothing, accessories])","endOfBatch":false,"loggerFqcn":"org.apache.logging.log4j.spi.AbstractLogger","threadId":24,"threadPriority":5,"time":"${T.isoMs(-2.5)}"}`,
      ],
      'frontend#0/server': [
        fl(T, -20, 'info', 'request complete', { path: '/product/66VCHSJNUP' }),
        fl(T, -18, 'warning', 'failed to retrieve ads', { path: '/product/L9ECAV7KIM', error: 'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:adservice%:9555: connect: connection refused"' }),
        fl(T, -9, 'warning', 'failed to retrieve ads', { path: '/product/2ZYFJ3GM2N', error: 'rpc error: code = DeadlineExceeded desc = context deadline exceeded' }),
        fl(T, -8, 'info', 'request complete', { path: '/cart' }),
        fl(T, -2, 'warning', 'failed to retrieve ads', { path: '/product/0PUK6V6EV0', error: 'rpc error: code = Unavailable desc = error reading from server: EOF' }),
      ],
      'checkoutservice#0/server': [
        JSON.stringify({ message: '[PlaceOrder] user_id="a3f0c9e2-71d4-4b8a-9e25-0c6d1f4b7a98" user_currency="EUR"', severity: 'info', timestamp: T.isoMs(-6) }),
        JSON.stringify({ message: 'payment went through (transaction_id: 0b5d9c1e-2a4f-4e7b-8d63-f1a20c9e7b44)', severity: 'info', timestamp: T.isoMs(-6) }),
      ],
    },
  });
}
