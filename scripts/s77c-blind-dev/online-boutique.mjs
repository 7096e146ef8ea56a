// Blind dev batch s77c: one Online Boutique scenario (adservice rollout whose JAVA_OPTS carries a JDK 8-only flag),
// on the session-2 Online Boutique system definition; built by scripts/s77c-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/online-boutique.mjs';

export const system = base;

const INCIDENT = '2026-04-21T14:47:00Z';
const T = clock(INCIDENT);
const ROLL = -27; // the adservice rollout (14:20)
const JOPTS = { name: 'JAVA_OPTS', value: '-XX:+UnlockExperimentalVMOptions -XX:+UseCGroupMemoryLimitForHeap -Xms128m -Xmx200m' };
const adEnvNew = [{ name: 'PORT', value: '9555' }, JOPTS];
const adEnvOld = [{ name: 'PORT', value: '9555' }];

// log4j2 PatternLayout of src/adservice/src/main/resources/log4j2.xml: "%d{HH:mm:ss.SSS} [%t] %-5level %logger{36} - %msg%n"
const ad = (min, thread, level, logger, msg) => `${T.java(min).slice(11)} [${thread}] ${level.padEnd(5)} ${logger} - ${msg}`;
const jvmFail = ['Unrecognized VM option \'UseCGroupMemoryLimitForHeap\'', 'Error: Could not create the Java Virtual Machine.', 'Error: A fatal exception has occurred. Program will exit.'];
const front = (min, severity, message, extra = {}) => JSON.stringify({ 'http.req.id': extra.id, 'http.req.method': extra.method ?? 'GET', 'http.req.path': extra.path ?? '/', ...(extra.resp ? { 'http.resp.bytes': extra.resp.bytes, 'http.resp.status': extra.resp.status, 'http.resp.took_ms': extra.resp.ms } : {}), message, session: extra.session ?? '3f6c2a91-7d4e-4b0a-9e15-c84d2b7f0a63', severity, timestamp: T.isoMs(min) });

const adOldLog = [
  ad(-60 * 24 * 6 + 0.5, 'main', 'INFO', 'hipstershop.AdService', 'AdService starting.'),
  ad(-60 * 24 * 6 + 0.52, 'main', 'INFO', 'hipstershop.AdService', 'Ad Service started, listening on 9555'),
];
for (let m = -40; m < -0.2; m += 2.3) {
  const words = [['clothing'], ['accessories'], ['footwear', 'hair'], ['kitchen'], ['decor', 'kitchen']][Math.floor(-m) % 5];
  adOldLog.push(ad(m, `grpc-default-executor-${Math.floor(-m) % 7}`, 'INFO', 'hipstershop.AdService', `received ad request (context_words=[${words.join(', ')}])`));
}

const frontLog = [];
for (let m = -30; m < -0.2; m += 1.7) {
  const i = Math.round(-m * 10);
  frontLog.push(front(m, 'debug', 'request started', { id: `5d1c${i.toString(16).padStart(4, '0')}-1e2f-4a3b-8c9d-0e1f2a3b4c5d`, path: '/product/OLJCESPC7Z' }));
  frontLog.push(front(m + 0.002, 'debug', 'request complete', { id: `5d1c${i.toString(16).padStart(4, '0')}-1e2f-4a3b-8c9d-0e1f2a3b4c5d`, path: '/product/OLJCESPC7Z', resp: { bytes: 8218, status: 200, ms: 41 } }));
}

export const scenarios = [
  {
    folder: 's77c-adservice-rollout-jdk8-flag',
    incidentTime: INCIDENT,
    description: 'adsvc deploy stuck since ~14:20, argo says Progressing forever. shop itself looks ok?? ads still showing',
    expected: { component: 'adservice', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [
      { component: 'adservice', cause: 'crash-loop' },
      { component: 'adservice', cause: 'config-error' },
    ],
    difficulty: 'easy',
    traits: ['rollout-regression', 'partial-name', 'time-expression', 'decoy'],
    grounding: `
      Manifest facts (release/kubernetes-manifests.yaml at 34ffea9): adservice is one replica, RollingUpdate defaults (maxSurge 25% ->
      1, maxUnavailable 25% -> 0), container server on 9555 with grpc probes; its image is eclipse-temurin 21 JRE and the Gradle
      start script /app/build/install/hipstershop/bin/AdService passes $JAVA_OPTS to java. Fault: a "memory tuning" change (revision 4,
      14:20) adds JAVA_OPTS=-XX:+UnlockExperimentalVMOptions -XX:+UseCGroupMemoryLimitForHeap -Xms128m -Xmx200m copied from a Java 8
      runbook; the flag was removed in JDK 11 (JDK-8194086), so every start prints "Unrecognized VM option 'UseCGroupMemoryLimitForHeap'
      / Error: Could not create the Java Virtual Machine." and exits 1 (public reports: prometheus/jmx_exporter#462,
      spring-petclinic/spring-petclinic-cloud#26, Activiti/Activiti#2370). The new pod is in CrashLoopBackOff, the old pod keeps
      serving (maxUnavailable 0), the Deployment hits its 600 s progress deadline; callers see nothing. The old and new ReplicaSets
      differ only in that env var (same image v0.10.6). Decoy: a cartservice OOMKill three days ago (Redis-less cart spike), healthy since.
      Deviation from upstream: JAVA_OPTS is not in the upstream manifest (it is the release under test).`,
    workloads: {
      adservice: {
        containers: { server: { env: adEnvNew } },
        rollout: { at: ROLL, oldReplicas: 1, oldContainers: { server: { env: adEnvOld } } },
        rsReplicas: 1,
        pods: [
          {
            containers: {
              server: cs.crashLoop({ restarts: 9, exitCode: 1, reason: 'Error', startedAt: T.iso(-3.1), finishedAt: T.iso(-3.05), container: 'server' }),
            },
          },
        ],
        progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(ROLL + 10.05), lastTransitionTime: T.iso(ROLL + 10.05), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
      },
      cartservice: {
        pods: [
          { containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 - 123), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 123.1) } }) } },
          {},
        ],
      },
    },
    events: [
      { on: 'deploy:adservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set adservice-%NEW% to 1', first: ROLL },
      { on: 'pod:adservice#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned boutique/%POD% to %NODE%', first: ROLL + 0.4 },
      { on: 'pod:adservice#0', reason: 'Pulled', fieldPath: 'spec.containers{server}', message: 'Container image "us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo/adservice:v0.10.6" already present on machine', first: ROLL + 0.5, last: -3.1, count: 10 },
      { on: 'pod:adservice#0', reason: 'Created', fieldPath: 'spec.containers{server}', message: 'Created container server', first: ROLL + 0.5, last: -3.1, count: 10 },
      { on: 'pod:adservice#0', reason: 'Started', fieldPath: 'spec.containers{server}', message: 'Started container server', first: ROLL + 0.55, last: -3.1, count: 10 },
      { on: 'pod:adservice#0', reason: 'BackOff', type: 'Warning', fieldPath: 'spec.containers{server}', message: 'Back-off restarting failed container server in pod %POD%_boutique(%PODUID%)', first: ROLL + 0.8, last: -0.4, count: 118 },
    ],
    logs: {
      'adservice#0/server': jvmFail,
      'adservice#0/server/previous': jvmFail,
      'adservice#old0/server': adOldLog,
      'frontend#0/server': frontLog,
      'cartservice#0/server': [
        `info: Microsoft.Hosting.Lifetime[14]`,
        `      Now listening on: http://0.0.0.0:7070`,
        `info: Microsoft.Hosting.Lifetime[0]`,
        `      Application started. Press Ctrl+C to shut down.`,
        `info: Microsoft.Hosting.Lifetime[0]`,
        `      Hosting environment: Production`,
      ],
    },
  },
];
