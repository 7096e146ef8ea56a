// Batch s134a held-out spec for TeaStore (kit system definition).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';
export { system };

const T = clock('2026-07-09T10:34:00Z');
const IMG = 'descartesresearch/teastore-auth:1.4.3-hotfix1';
const cat = (min, level, logger, msg) => `${T.java(min).replace(/^(\d+)-(\d+)-(\d+) /, (_, y, m, d) => `${d}-${['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][Number(m) - 1]}-${y} `)} ${level} [${logger}] ${msg}`;

const ts1 = {
  folder: 's134a-auth-deploy-stuck',
  incidentTime: '2026-07-09T10:34:00Z',
  description: 'teastore auth deploy hangs since ~10:20, pipeline says `rollout status` timed out. shop still works(?) but we need the hotfix out',
  expected: { component: 'auth', cause: 'image-pull' },
  alsoAcceptable: [{ component: 'auth', cause: 'bad-deploy-rollout' }],
  difficulty: 'easy',
  traits: ['rollout-regression', 'partial-name', 'time-expression'],
  grounding: `
    Manifest facts (teastore-clusterip.yaml): teastore-auth is one replica of descartesresearch/teastore-auth on
    Tomcat port 8080 with no probes and no pinned tag. Fault: the CI pipeline pinned a tag 1.4.3-hotfix1 that was
    never pushed to Docker Hub (the push step failed silently); containerd answers "not found" when resolving the
    reference, so the new pod goes ErrImagePull -> ImagePullBackOff, the kubelet's real events. With the default
    RollingUpdate (maxUnavailable 25% rounds to 0 for one replica) the old pod keeps serving, so the shop works but
    the rollout never completes. Deviations: the tag pin is this deployment's; upstream uses :latest.`,
  workloads: {
    'teastore-auth': {
      containers: { 'teastore-auth': { image: IMG, imagePullPolicy: 'IfNotPresent' } },
      rollout: { at: -14, oldReplicas: 1, oldContainers: { 'teastore-auth': { image: 'descartesresearch/teastore-auth:1.4.2', imagePullPolicy: 'IfNotPresent' } } },
      pods: [{ containers: { 'teastore-auth': cs.waiting('ImagePullBackOff', `Back-off pulling image "${IMG}"`) } }],
    },
  },
  events: [
    { on: 'deploy:teastore-auth', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-auth-%NEW% to 1', first: -14 },
    { on: 'pod:teastore-auth#0', source: 'default-scheduler', reason: 'Scheduled', message: 'Successfully assigned teastore/%POD% to %NODE%', first: -14 },
    { on: 'pod:teastore-auth#0', reason: 'Pulling', message: `Pulling image "${IMG}"`, first: -13.9, last: -1.2, count: 7, fieldPath: 'spec.containers{teastore-auth}' },
    { on: 'pod:teastore-auth#0', reason: 'Failed', type: 'Warning', message: `Failed to pull image "${IMG}": rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/${IMG}": failed to resolve reference "docker.io/${IMG}": docker.io/${IMG}: not found`, first: -13.8, last: -1.2, count: 7, fieldPath: 'spec.containers{teastore-auth}' },
    { on: 'pod:teastore-auth#0', reason: 'Failed', type: 'Warning', message: 'Error: ErrImagePull', first: -13.8, last: -1.2, count: 7, fieldPath: 'spec.containers{teastore-auth}' },
    { on: 'pod:teastore-auth#0', reason: 'BackOff', message: `Back-off pulling image "${IMG}"`, first: -13.7, last: -0.5, count: 58, fieldPath: 'spec.containers{teastore-auth}' },
    { on: 'pod:teastore-auth#0', reason: 'Failed', type: 'Warning', message: 'Error: ImagePullBackOff', first: -13.7, last: -0.5, count: 58, fieldPath: 'spec.containers{teastore-auth}' },
  ],
  logs: {
    'teastore-auth#old0/teastore-auth': [
      cat(-60 * 24 * 6 + 0.5, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start Server startup in [8214] milliseconds'),
      cat(-60 * 24 * 6 + 0.6, 'INFO', 'pool-1-thread-1', 'tools.descartes.teastore.registryclient.RegistryClient.register Registered teastore-auth:8080 at registry'),
      cat(-3, 'INFO', 'http-nio-8080-exec-7', 'tools.descartes.teastore.auth.rest.AuthUserActionsRest.login login successful for user1'),
    ],
    'teastore-webui#0/teastore-webui': [
      cat(-60 * 24 * 6 + 0.4, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start Server startup in [9120] milliseconds'),
    ],
  },
};

export const scenarios = [ts1];

// ---------- no-fault: a brief slowness report, nothing wrong now ----------
const T2 = clock('2026-07-14T14:20:00Z');
const cat2 = (min, level, logger, msg) => `${T2.java(min).replace(/^(\d+)-(\d+)-(\d+) /, (_, y, m, d) => `${d}-${['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][Number(m) - 1]}-${y} `)} ${level} [${logger}] ${msg}`;
const ts2 = {
  folder: 's134a-webui-slow-report-nothing-wrong',
  incidentTime: '2026-07-14T14:20:00Z',
  description: 'someone in #shop-support said the tea store web ui felt slow for a bit in the last 30 min, can you check if anything is broken?',
  difficulty: 'medium',
  traits: ['no-fault', 'decoy', 'time-expression'],
  grounding: `
    Manifest facts (teastore-clusterip.yaml): all seven Deployments, one replica each, no probes. Nothing is wrong:
    every pod is Running and Ready, all Services have endpoints. Decoys: teastore-recommender was rolled out two days
    ago to the same image (a routine restart-by-annotation release) and is healthy; teastore-image restarted once five
    days ago (exit 143 after a node drain); the image service logs its usual cache-miss warnings. The slowness report
    matches the daily cache warm-up after the 14:00 catalogue import, which the logs show as slower but successful
    requests. Deviations: the import job is this deployment's.`,
  workloads: {
    'teastore-recommender': { patch: { podAnnotations: { 'kubectl.kubernetes.io/restartedAt': T2.iso(-60 * 24 * 2) } }, rollout: { at: -60 * 24 * 2, oldPatch: { podAnnotations: undefined } } },
    'teastore-image': { pods: [{ containers: { 'teastore-image': cs.restartedRunning({ restarts: 1, startedAt: T2.iso(-60 * 24 * 5 + 0.5), last: { exitCode: 143, reason: 'Error', startedAt: T2.iso(-60 * 24 * 9), finishedAt: T2.iso(-60 * 24 * 5) } }) } }] },
  },
  events: [],
  logs: {
    'teastore-image#0/teastore-image': [
      cat2(-19, 'WARNING', 'http-nio-8080-exec-3', 'tools.descartes.teastore.image.cache.AbstractCache.getData Cache miss for image 1834 (size 125x125), loading from storage'),
      cat2(-18.5, 'WARNING', 'http-nio-8080-exec-9', 'tools.descartes.teastore.image.cache.AbstractCache.getData Cache miss for image 1902 (size 125x125), loading from storage'),
      cat2(-4, 'INFO', 'http-nio-8080-exec-2', 'tools.descartes.teastore.image.setup.SetupController.reconfiguration Image provider configuration finished'),
    ],
    'teastore-webui#0/teastore-webui': [
      cat2(-60 * 24 * 9 + 0.4, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start Server startup in [9120] milliseconds'),
    ],
    'teastore-persistence#0/teastore-persistence': [
      cat2(-21, 'INFO', 'pool-2-thread-1', 'tools.descartes.teastore.persistence.daemons.InitialDataGenerationDaemon.run Persistence finished initializing database'),
      cat2(-20.9, 'INFO', 'pool-2-thread-1', 'tools.descartes.teastore.persistence.repository.CacheManager.clearAllCaches Cleared all caches'),
    ],
  },
};

scenarios.push(ts2);
