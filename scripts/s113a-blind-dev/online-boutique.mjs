// Blind dev batch s113a: Online Boutique scenario (adservice release whose ad lookup throws on every request).
// System definition reused from scripts/s2-scenarios/online-boutique.mjs; written blind, expected cause fixed first.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';
export { system };

const T = clock('2026-05-12T14:31:00Z');
const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const fl = (min, severity, message, extra = {}) => JSON.stringify({ 'http.req.id': extra.id ?? 'a3c1f9e2-7b44-4d10-9e2a-5c7f1b8d2e61', 'http.req.method': 'GET', 'http.req.path': extra.path ?? '/product/OLJCESPC7Z', ...(extra.error ? { error: extra.error } : {}), message, session: extra.session ?? '4f1e2a90-6c3b-4b8e-a1d7-2e9c5f0b7a14', severity, timestamp: T.isoMs(min) });
const adErr = 'rpc error: code = Unknown desc = ';
const front = [];
for (let m = -16; m < -0.5; m += 1.1) {
  front.push(fl(m, 'debug', 'request started', { path: '/product/OLJCESPC7Z' }));
  front.push(fl(m + 0.01, 'warning', 'failed to retrieve ads', { error: adErr, path: '/product/OLJCESPC7Z' }));
  front.push(fl(m + 0.02, 'debug', 'request complete', { path: '/product/OLJCESPC7Z' }));
  front.push(fl(m + 0.3, 'debug', 'request started', { path: '/cart' }));
  front.push(fl(m + 0.31, 'warning', 'failed to retrieve ads', { error: adErr, path: '/cart' }));
  front.push(fl(m + 0.32, 'debug', 'request complete', { path: '/cart' }));
}
const jul = (min) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const mon = d.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' });
  let h = d.getUTCHours(); const ap = h >= 12 ? 'PM' : 'AM'; h = h % 12 || 12;
  return `${mon} ${d.getUTCDate()}, ${d.getUTCFullYear()} ${h}:${String(d.getUTCMinutes()).padStart(2, '0')}:${String(d.getUTCSeconds()).padStart(2, '0')} ${ap}`;
};
const adLog = [
  `{"instant":{"epochSecond":${Math.floor(Date.parse(T.iso(-17.6)) / 1000)},"nanoOfSecond":212000000},"thread":"main","level":"INFO","loggerName":"hipstershop.AdService","message":"AdService starting.","endOfBatch":false,"loggerFqcn":"org.apache.logging.log4j.spi.AbstractLogger","threadId":1,"threadPriority":5,"logging.googleapis.com/trace":"00000000000000000000000000000000","logging.googleapis.com/spanId":"0000000000000000","logging.googleapis.com/trace_sampled":"false","time":"${T.isoMs(-17.6)}"}`,
  `{"instant":{"epochSecond":${Math.floor(Date.parse(T.iso(-17.5)) / 1000)},"nanoOfSecond":874000000},"thread":"main","level":"INFO","loggerName":"hipstershop.AdService","message":"Ad Service started, listening on 9555","endOfBatch":false,"loggerFqcn":"org.apache.logging.log4j.spi.AbstractLogger","threadId":1,"threadPriority":5,"logging.googleapis.com/trace":"00000000000000000000000000000000","logging.googleapis.com/spanId":"0000000000000000","logging.googleapis.com/trace_sampled":"false","time":"${T.isoMs(-17.5)}"}`,
];
for (let m = -16; m < -0.5; m += 2.2) {
  adLog.push(`{"instant":{"epochSecond":${Math.floor(Date.parse(T.iso(m)) / 1000)},"nanoOfSecond":31000000},"thread":"grpc-default-executor-3","level":"INFO","loggerName":"hipstershop.AdService","message":"received ad request (context_words=[vintage, cookware])","endOfBatch":false,"loggerFqcn":"org.apache.logging.log4j.spi.AbstractLogger","threadId":24,"threadPriority":5,"logging.googleapis.com/trace":"00000000000000000000000000000000","logging.googleapis.com/spanId":"0000000000000000","logging.googleapis.com/trace_sampled":"false","time":"${T.isoMs(m)}"}`);
  adLog.push(`${jul(m)} io.grpc.internal.SerializingExecutor run`);
  adLog.push('SEVERE: Exception while executing runnable io.grpc.internal.ServerImpl$JumpToApplicationThreadServerStreamListener$1HalfClosed@5b2c41f7');
  adLog.push('java.lang.UnsupportedOperationException');
  adLog.push('\tat java.base/java.util.ImmutableCollections.uoe(ImmutableCollections.java:142)');
  adLog.push('\tat java.base/java.util.ImmutableCollections$AbstractImmutableCollection.addAll(ImmutableCollections.java:148)');
  adLog.push('\tat hipstershop.AdService$AdServiceImpl.getAds(AdService.java:118)');
  adLog.push('\tat hipstershop.AdServiceGrpc$MethodHandlers.invoke(AdServiceGrpc.java:217)');
  adLog.push('\tat io.grpc.stub.ServerCalls$UnaryServerCallHandler$UnaryServerCallListener.onHalfClose(ServerCalls.java:182)');
  adLog.push('\tat io.grpc.internal.ServerCallImpl$ServerStreamListenerImpl.halfClosed(ServerCallImpl.java:356)');
  adLog.push('\tat io.grpc.internal.ServerImpl$JumpToApplicationThreadServerStreamListener$1HalfClosed.runInContext(ServerImpl.java:861)');
  adLog.push('\tat io.grpc.internal.ContextRunnable.run(ContextRunnable.java:37)');
  adLog.push('\tat io.grpc.internal.SerializingExecutor.run(SerializingExecutor.java:133)');
  adLog.push('\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)');
  adLog.push('\tat java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:642)');
  adLog.push('\tat java.base/java.lang.Thread.run(Thread.java:1583)');
}
const recLog = [];
for (let m = -16; m < -0.5; m += 3) recLog.push(`{"timestamp": ${(Date.parse(T.isoMs(m)) / 1000).toFixed(6)}, "severity": "INFO", "name": "recommendationservice-server", "message": "[Recv ListRecommendations] product_ids=['OLJCESPC7Z', '66VCHSJNUP', '1YMWWN1N4O', 'L9ECAV7KIM', '2ZYFJ3GM2N']"}`);

export const scenarios = [
  {
    folder: 's113a-adservice-release-immutable-list',
    incidentTime: '2026-05-12T14:31:00Z',
    description: 'product pages lost the ad banner since around 14:13, shop otherwise works, ads team shipped something today?',
    expected: { component: 'adservice', cause: 'bad-deploy-rollout' },
    difficulty: 'medium',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'decoy', 'time-expression', 'team-name'],
    grounding: `
      Manifest facts (microservices-demo release/kubernetes-manifests.yaml v0.10.6): adservice is a Java gRPC server on 9555
      with gRPC readiness/liveness probes; the frontend calls it for every product and cart page and, on error, logs
      "failed to retrieve ads" at warning level and renders the page without the ad (frontend/handlers.go chooseAd).
      Fault: an in-house adservice build (tag v0.10.7-ads.2) refactored getAds to collect ads into the List returned by
      List.of(...) and then addAll() the random ads into it; java.util.ImmutableCollections throws
      UnsupportedOperationException, which grpc-java's SerializingExecutor logs as SEVERE "Exception while executing runnable"
      and the client sees as status UNKNOWN with an empty description (the documented grpc-java behaviour for an uncaught
      exception in a unary handler). The gRPC health service still answers SERVING, so pods stay Ready and nothing restarts.
      Decoys: recommendationservice OOMKilled three days ago (restartCount 1, Running since) and a benign currencyservice
      restart by rollout yesterday. Deviations from upstream: adservice image tag v0.10.7-ads.2 (in-house), one rollout
      revision 5 with the old ReplicaSet kept at 0 replicas.`,
    workloads: {
      adservice: {
        rollout: { at: -18, revision: 5, oldContainers: { server: { image: `${REG}/adservice:v0.10.6` } } },
        containers: { server: { image: `${REG}/adservice:v0.10.7-ads.2` } },
      },
      recommendationservice: {
        pods: [{ containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.1) } }) } }],
      },
      currencyservice: { rollout: { at: -60 * 20, revision: 4 } },
    },
    events: [
      { on: 'deploy:adservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set adservice-%NEW% to 1', first: -18 },
      { on: 'deploy:adservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set adservice-%OLD% to 0 from 1', first: -17.3 },
      { on: 'pod:adservice#0', reason: 'Pulled', message: `Successfully pulled image "${REG}/adservice:v0.10.7-ads.2" in 3.912s (3.912s including waiting). Image size: 187421935 bytes.`, first: -17.8 },
      { on: 'pod:adservice#0', reason: 'Started', message: 'Started container server', first: -17.7, fieldPath: 'spec.containers{server}' },
    ],
    logs: {
      'frontend#0/server': front,
      'frontend#1/server': front.filter((_, i) => i % 2 === 0),
      'adservice#0/server': adLog,
      'recommendationservice#0/server': recLog,
    },
  },
];
