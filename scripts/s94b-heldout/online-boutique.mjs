// Held-out batch s94b (blind): one Online Boutique scenario on the system of scripts/s2-scenarios/online-boutique.mjs.
// Spec for scripts/s2-scenario-kit.mjs; grounding in the scenario itself.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';
export { system };
const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const T = clock('2026-05-12T14:32:00Z');
const py = (min, level, msg) => JSON.stringify({ timestamp: T.isoMs(min).replace('T', ' ').replace('Z', ''), severity: level, name: 'recommendationservice-server', message: msg });
const crash = [
  'Traceback (most recent call last):',
  '  File "/recommendationservice/recommendation_server.py", line 23, in <module>',
  '    import googlecloudprofiler',
  "ModuleNotFoundError: No module named 'googlecloudprofiler'",
];
export const scenarios = [{
  folder: 's94b-recs-pipeline-red',
  description: 'recomendation svc rollout to v0.10.7 never finishes, CD pipeline red since ~14:10 (site seems ok?)',
  incidentTime: '2026-05-12T14:32:00Z',
  expected: { component: 'recommendationservice', cause: 'bad-deploy-rollout' },
  alsoAcceptable: [{ component: 'recommendationservice', cause: 'crash-loop' }],
  difficulty: 'easy', traits: ['rollout-regression', 'typo', 'time-expression', 'decoy'],
  grounding: `Online Boutique v0.10.6 manifest (recommendationservice: one replica, gRPC probes on 8080, RollingUpdate 25%/25%).
    Fault follows the common rebuilt-image failure where a Python dependency is dropped from requirements and the
    module import at the top of recommendation_server.py fails at start (ModuleNotFoundError, exit 1, CrashLoopBackOff).
    With one replica, maxUnavailable rounds to 0, so the old ReplicaSet's pod keeps serving and the rollout stalls
    until ProgressDeadlineExceeded. Deviations: image tag v0.10.7 is an in-house rebuild; only the image differs between
    the ReplicaSets. Decoy: an adservice OOMKill three days old.`,
  workloads: {
    recommendationservice: {
      containers: { server: { image: `${REG}/recommendationservice:v0.10.7` } },
      rollout: { at: -21, oldContainers: { server: { image: `${REG}/recommendationservice:v0.10.6` } }, oldReplicas: 1 },
      pods: [{ containers: { server: cs.crashLoop({ restarts: 8, startedAt: T.iso(-2.6), finishedAt: T.iso(-2.5), container: 'server' }) } }],
      progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(-11), lastTransitionTime: T.iso(-11), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
    },
    adservice: {
      pods: [{ containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.2) } }) } }],
    },
  },
  events: [
    { on: 'deploy:recommendationservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set recommendationservice-%NEW% to 1', first: -21 },
    { on: 'pod:recommendationservice#0', reason: 'Pulled', message: `Container image "${REG}/recommendationservice:v0.10.7" already present on machine`, first: -20, last: -2.6, count: 9, fieldPath: 'spec.containers{server}' },
    { on: 'pod:recommendationservice#0', reason: 'Created', message: 'Created container server', first: -20, last: -2.6, count: 9, fieldPath: 'spec.containers{server}' },
    { on: 'pod:recommendationservice#0', reason: 'Started', message: 'Started container server', first: -20, last: -2.6, count: 9, fieldPath: 'spec.containers{server}' },
    { on: 'pod:recommendationservice#0', reason: 'BackOff', message: 'Back-off restarting failed container server in pod %POD%_boutique(%PODUID%)', first: -19.5, last: -0.4, count: 88, type: 'Warning', fieldPath: 'spec.containers{server}' },
  ],
  logs: {
    'recommendationservice#0/server/previous': crash,
    'recommendationservice#0/server': crash,
    'recommendationservice#old0/server': [
      py(-6, 'INFO', '[Recv ListRecommendations] product_ids=[\'9SIQT8TOJO\', \'L9ECAV7KIM\', \'OLJCESPC7Z\', \'2ZYFJ3GM2N\', \'0PUK6V6EV0\']'),
      py(-3, 'INFO', '[Recv ListRecommendations] product_ids=[\'1YMWWN1N4O\', \'LS4PSXUNUM\', \'66VCHSJNUP\', \'6E92ZMYYFZ\', \'9SIQT8TOJO\']'),
      py(-1, 'INFO', '[Recv ListRecommendations] product_ids=[\'OLJCESPC7Z\', \'2ZYFJ3GM2N\', \'L9ECAV7KIM\', \'1YMWWN1N4O\', \'66VCHSJNUP\']'),
    ],
    'frontend#0/server': [
      JSON.stringify({ 'http.req.id': '5e0b1d7c-2a4f-4e38-9c61-7f3a2b8d4e10', 'http.req.method': 'GET', 'http.req.path': '/product/OLJCESPC7Z', message: 'request started', session: '0d9f2a47-8e1c-4b6a-a3f5-c28e71d09b34', severity: 'debug', timestamp: T.isoMs(-1.2) }),
      JSON.stringify({ 'http.req.id': '5e0b1d7c-2a4f-4e38-9c61-7f3a2b8d4e10', 'http.req.method': 'GET', 'http.req.path': '/product/OLJCESPC7Z', 'http.resp.bytes': 8203, 'http.resp.status': 200, 'http.resp.took_ms': 41, message: 'request complete', session: '0d9f2a47-8e1c-4b6a-a3f5-c28e71d09b34', severity: 'debug', timestamp: T.isoMs(-1.15) }),
    ],
    'adservice#0/server': [
      `{"instant":{"epochSecond":${Math.floor(Date.parse(T.iso(-2)) / 1000)},"nanoOfSecond":118000000},"thread":"grpc-default-executor-3","level":"INFO","loggerName":"hipstershop.AdService","message":"received ad request (context_words=[clothing])","endOfBatch":false,"loggerFqcn":"org.apache.logging.log4j.spi.AbstractLogger","threadId":41,"threadPriority":5,"logging.googleapis.com/trace":"00000000000000000000000000000000","logging.googleapis.com/spanId":"0000000000000000","logging.googleapis.com/traceSampled":"false","time":"${T.isoMs(-2)}"}`,
    ],
  },
}];
