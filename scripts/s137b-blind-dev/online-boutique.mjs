// Blind dev batch s137b — Online Boutique (system of scripts/s2-scenarios/online-boutique.mjs).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/online-boutique.mjs';

export const system = base;
const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';

const IT = '2026-06-03T10:58:00Z';
const T = clock(IT);
const adLog = (min, level, msg) => JSON.stringify({ instant: { epochSecond: Math.floor(Date.parse(T.iso(min)) / 1000), nanoOfSecond: 0 }, thread: 'main', level, loggerName: 'hipstershop.AdService', message: msg, endOfBatch: false, loggerFqcn: 'org.apache.logging.log4j.spi.AbstractLogger', threadId: 1, threadPriority: 5, 'logging.googleapis.com/trace': '', 'logging.googleapis.com/spanId': '', 'logging.googleapis.com/traceSampled': false, time: T.isoMs(min) });
const adCrash = (min) => [
  adLog(min, 'INFO', 'AdService starting.'),
  'Exception in thread "main" io.grpc.ServerRegistry$ProviderNotFoundException: No functional server found. Try adding a dependency on the grpc-netty or grpc-netty-shaded artifact',
  '\tat io.grpc.ServerRegistry.newServerBuilderForPort(ServerRegistry.java:155)',
  '\tat io.grpc.ServerBuilder.forPort(ServerBuilder.java:42)',
  '\tat hipstershop.AdService.start(AdService.java:69)',
  '\tat hipstershop.AdService.main(AdService.java:268)',
];
const front = (min, severity, message, extra = {}) => JSON.stringify({ 'http.req.id': extra.id ?? '5d1e0a7c-2f3b-4b8e-9c61-7a0e4d2b9f13', 'http.req.method': 'GET', 'http.req.path': extra.path ?? '/product/OLJCESPC7Z', ...(extra.error ? { error: extra.error } : {}), message, session: '0c7a3e51-9d24-4f1b-8e6a-3b5c2d7f9a08', severity, timestamp: T.isoMs(min) });

const adRollout = {
  folder: 's137b-adservice-shaded-jar-no-grpc-server',
  description: 'adservice rollout from 10:40 still not done, new pod restarting over and over, pipeline timing out. ads look fine on the site?',
  incidentTime: IT,
  expected: { component: 'adservice', cause: 'crash-loop' },
  alsoAcceptable: [{ component: 'adservice', cause: 'bad-deploy-rollout' }],
  difficulty: 'medium',
  traits: ['rollout-regression', 'pods-ready', 'time-expression', 'decoy'],
  grounding: `
    Manifest facts: adservice (Java, grpc-java, one replica, RollingUpdate 25%/25% so the old pod stays up while the new one is not
    ready) listens on 9555 with gRPC probes. Fault: the 10:40 build v0.10.7 repackaged the service as a fat jar whose merge step kept one
    META-INF/services/io.grpc.ServerProvider and dropped the netty one, so ServerBuilder.forPort() throws
    io.grpc.ServerRegistry$ProviderNotFoundException "No functional server found. Try adding a dependency on the grpc-netty or
    grpc-netty-shaded artifact" in main and the JVM exits 1 — the failure grpc-java users report when shading/uber-jar plugins drop
    service files (grpc-java issues about ServicesResourceTransformer / ProviderNotFoundException). The new pod crash-loops; the old
    ReplicaSet's pod keeps serving ads, so the site is fine and only the rollout hangs. Decoy:
    a cartservice pod restarted once two days ago (healed).
  `,
  workloads: {
    adservice: {
      rollout: { at: -18, revision: 9, oldReplicas: 1, oldContainers: { server: { image: `${REG}/adservice:v0.10.6` } } },
      containers: { server: { image: `${REG}/adservice:v0.10.7` } },
      rsReplicas: 1,
      progressing: (rs) => ({ type: 'Progressing', status: 'True', lastUpdateTime: T.iso(-17.5), lastTransitionTime: T.iso(-17.5), reason: 'ReplicaSetUpdated', message: `ReplicaSet "${rs}" is progressing.` }),
      pods: [{ containers: { server: cs.crashLoop({ restarts: 7, exitCode: 1, startedAt: T.iso(-2.4), finishedAt: T.iso(-2.35), container: 'server' }) } }],
    },
    cartservice: {
      pods: [{}, { containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 2), last: { exitCode: 139, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 2 - 0.1) } }) } }],
    },
  },
  events: [
    { on: 'deploy:adservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set adservice-%NEW% to 1', first: -18 },
    { on: 'pod:adservice#0', reason: 'Scheduled', message: 'Successfully assigned boutique/%POD% to %NODE%', source: 'default-scheduler', first: -17.5 },
    { on: 'pod:adservice#0', reason: 'Pulling', message: `Pulling image "${REG}/adservice:v0.10.7"`, fieldPath: 'spec.containers{server}', first: -17.4 },
    { on: 'pod:adservice#0', reason: 'Pulled', message: `Successfully pulled image "${REG}/adservice:v0.10.7" in 6.512s (6.512s including waiting). Image size: 91843017 bytes.`, fieldPath: 'spec.containers{server}', first: -17.3 },
    { on: 'pod:adservice#0', reason: 'Pulled', message: `Container image "${REG}/adservice:v0.10.7" already present on machine`, fieldPath: 'spec.containers{server}', first: -17.0, last: -2.4, count: 7 },
    { on: 'pod:adservice#0', reason: 'Created', message: 'Created container server', fieldPath: 'spec.containers{server}', first: -17.3, last: -2.4, count: 8 },
    { on: 'pod:adservice#0', reason: 'Started', message: 'Started container server', fieldPath: 'spec.containers{server}', first: -17.3, last: -2.4, count: 8 },
    { on: 'pod:adservice#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container server in pod %POD%_boutique(%PODUID%)', fieldPath: 'spec.containers{server}', first: -17.1, last: -0.5, count: 74 },
  ],
  logs: {
    'adservice#0/server/previous': adCrash(-2.38),
    'adservice#0/server': adCrash(-2.38),
    'adservice#old0/server': [
      adLog(-9, 'INFO', 'received ad request (context_words=[kitchen])'),
      adLog(-4, 'INFO', 'received ad request (context_words=[clothing, accessories])'),
      adLog(-1, 'INFO', 'received ad request (context_words=[footwear])'),
    ],
    'frontend#0/server': [
      front(-6, 'debug', 'request started'),
      front(-6, 'debug', 'request complete'),
      front(-1.5, 'debug', 'request started', { path: '/', id: '8e2f1c0a-6b3d-4d7e-a9f1-2c5b7e0d4a36' }),
      front(-1.5, 'debug', 'request complete', { path: '/', id: '8e2f1c0a-6b3d-4d7e-a9f1-2c5b7e0d4a36' }),
    ],
  },
};

export const scenarios = [adRollout];
