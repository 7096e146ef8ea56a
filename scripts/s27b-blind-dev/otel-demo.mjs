// Blind dev scenario s27b for the OpenTelemetry demo 2.1.3 (kit spec, split dev): an in-house ad image built with a newer
// JDK than its runtime base image crash-loops on UnsupportedClassVersionError; the rollout stalls behind the old pod.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/otel-demo.mjs';

export { system };

const T = clock('2026-03-24T11:30:00Z');
const NEW_IMG = 'europe-west1-docker.pkg.dev/astro-shop-prod/astro/ad:2.1.3-astro.7';
const AT = -22;

const adStart = (min) => [
  'Picked up JAVA_TOOL_OPTIONS: -javaagent:/usr/src/app/opentelemetry-javaagent.jar',
  `[otel.javaagent ${T.java(min).replace('.', ':')} +0000] [main] INFO io.opentelemetry.javaagent.tooling.VersionLogger - opentelemetry-javaagent - version: 2.20.1`,
  'Error: LinkageError occurred while loading main class oteldemo.AdService',
  '\tjava.lang.UnsupportedClassVersionError: oteldemo/AdService has been compiled by a more recent version of the Java Runtime (class file version 68.0), this version of the Java Runtime only recognizes class file versions up to 65.0',
];
// The old ad pod (demo image), serving normally: log4j2 pattern of AdService.
const adOld = [];
for (let m = -40; m < -0.5; m += 1.3) {
  const ctx = ['binoculars', 'telescopes', 'accessories', 'assembly', 'travel', 'books'][Math.abs(Math.round(m * 3)) % 6];
  adOld.push(`${T.java(m)} - oteldemo.AdService - Targeted ad request received for [${ctx}] trace_id=${(0x4bf92f3577b34da6n + BigInt(Math.round(-m * 1000))).toString(16)}a3ce929d0e0e4736 span_id=${(0x00f067aa0ba902b7 + Math.round(-m * 77)).toString(16).padStart(16, '0')} trace_flags=01 `);
}
const frontend = [];
for (let m = -35; m < -0.5; m += 2.1)
  frontend.push(JSON.stringify({ level: 30, time: Date.parse(T.isoMs(m)), pid: 17, hostname: '%POD%', msg: `GET /api/data?contextKeys=${['telescopes', 'binoculars', 'accessories'][Math.abs(Math.round(m)) % 3]} 200` }));

export const scenarios = [
  {
    folder: 's27b-ad-rollout-unsupported-class-version',
    incidentTime: '2026-03-24T11:30:00Z',
    description: 'ad deploy stuck since 11:08, argo says degraded, pipeline timed out - can someone look',
    expected: { component: 'ad', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'ad', cause: 'crash-loop' }],
    difficulty: 'easy',
    traits: ['rollout-regression', 'time-expression', 'decoy'],
    grounding: `
      OpenTelemetry demo 2.1.3 (kit-systems/otel-demo.mjs, SOURCES.md): ad is the Java gRPC service, one replica, 300Mi, its
      image starting the Gradle application script with the OpenTelemetry Java agent from JAVA_TOOL_OPTIONS. The team builds its
      own ad image from a fork (registry europe-west1-docker.pkg.dev/astro-shop-prod/astro); release 2.1.3-astro.7 moved the
      Gradle toolchain to JDK 24 while the runtime stage still uses eclipse-temurin:21-jre, so the JVM refuses the main class:
      "java.lang.UnsupportedClassVersionError: oteldemo/AdService has been compiled by a more recent version of the Java
      Runtime (class file version 68.0), this version of the Java Runtime only recognizes class file versions up to 65.0" (the
      exact wording of the HotSpot launcher), exit code 1 straight after the agent's version line. Argo CD synced the new tag at
      11:08; with one replica the RollingUpdate (maxSurge 25% rounds up to 1, maxUnavailable 25% rounds down to 0) keeps the
      old pod serving, so ads still show and nothing user-facing breaks, but the new ReplicaSet's pod is in CrashLoopBackOff
      and after progressDeadlineSeconds 600 the Deployment reports Progressing=False ProgressDeadlineExceeded, which Argo CD
      shows as Degraded and the CD pipeline's rollout wait times out. Decoy: currency was OOM-killed at its 20Mi limit two days
      earlier and has run since. Expected: ad, bad-deploy-rollout (its crash-loop also accepted).`,
    workloads: {
      ad: {
        rollout: { at: AT, revision: 6, oldReplicas: 1, oldContainers: { ad: { image: 'ghcr.io/open-telemetry/demo:2.1.3-ad' } } },
        containers: { ad: { image: NEW_IMG } },
        pods: [{
          containers: {
            ad: cs.crashLoop({ restarts: 8, exitCode: 1, startedAt: T.iso(-1.9), finishedAt: T.iso(-1.88), container: 'ad' }),
          },
        }],
        progressing: (rsName) => ({
          type: 'Progressing', status: 'False', lastUpdateTime: T.iso(AT + 10), lastTransitionTime: T.iso(AT + 10),
          reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rsName}" has timed out progressing.`,
        }),
      },
      currency: {
        pods: [{
          containers: {
            currency: cs.restartedRunning({
              restarts: 1, startedAt: T.iso(-60 * 24 * 2),
              last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 2 - 0.05) },
            }),
          },
        }],
      },
    },
    events: [
      { on: 'deploy:ad', reason: 'ScalingReplicaSet', message: 'Scaled up replica set ad-%NEW% to 1', first: AT, last: AT },
      { on: 'pod:ad#0', source: 'default-scheduler', reason: 'Scheduled', message: 'Successfully assigned otel-demo/%POD% to %NODE%', first: AT + 0.01, last: AT + 0.01 },
      { on: 'pod:ad#0', reason: 'Pulling', message: `Pulling image "${NEW_IMG}"`, first: AT + 0.02, last: AT + 0.02, fieldPath: 'spec.containers{ad}' },
      { on: 'pod:ad#0', reason: 'Pulled', message: `Successfully pulled image "${NEW_IMG}" in 6.412s (6.412s including waiting). Image size: 187336421 bytes.`, first: AT + 0.13, last: AT + 0.13, fieldPath: 'spec.containers{ad}' },
      { on: 'pod:ad#0', reason: 'Pulled', message: `Container image "${NEW_IMG}" already present on machine`, first: AT + 0.3, last: -1.9, count: 8, fieldPath: 'spec.containers{ad}' },
      { on: 'pod:ad#0', reason: 'Created', message: 'Created container: ad', first: AT + 0.14, last: -1.9, count: 9, fieldPath: 'spec.containers{ad}' },
      { on: 'pod:ad#0', reason: 'Started', message: 'Started container ad', first: AT + 0.15, last: -1.9, count: 9, fieldPath: 'spec.containers{ad}' },
      { on: 'pod:ad#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container ad in pod %POD%_otel-demo(%PODUID%)', first: AT + 0.2, last: -0.3, count: 97, fieldPath: 'spec.containers{ad}' },
    ],
    logs: {
      'ad#0/ad': adStart(-1.9),
      'ad#0/ad/previous': adStart(-6.9),
      'ad#old0/ad': adOld,
      'frontend#0/frontend': frontend,
    },
  },
];
