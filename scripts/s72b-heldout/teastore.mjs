// Blind held-out batch s72b: one TeaStore scenario (split test) for the scenario kit.
// System: scripts/kit-systems/teastore.mjs (examples/kubernetes/teastore-clusterip.yaml at 5ab1188).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const INC = '2026-03-17T10:12:00Z';
const T = clock(INC);
const RESTART = -34; // kubectl rollout restart deployment/teastore-webui (picks up the re-pushed :latest)
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const cat = (min, level, cls, msg) => {
  const x = new Date(Date.parse(INC) + min * 60000);
  const p = (n, w = 2) => String(n).padStart(w, '0');
  return `${p(x.getUTCDate())}-${MON[x.getUTCMonth()]}-${x.getUTCFullYear()} ${p(x.getUTCHours())}:${p(x.getUTCMinutes())}:${p(x.getUTCSeconds())}.${p(x.getUTCMilliseconds(), 3)} ${level} [main] ${cls} ${msg}`;
};
const slf = (ms, level, cls, msg) => `[main] ${level} ${cls} - ${msg}`;
const tomcatStart = (min, app) => [
  cat(min, 'INFO', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/10.0.27'),
  cat(min, 'INFO', 'org.apache.catalina.startup.VersionLoggerListener.log', 'JVM Version:           11.0.16+8'),
  cat(min + 0.01, 'INFO', 'org.apache.coyote.AbstractProtocol.init', 'Initializing ProtocolHandler ["http-nio-8080"]'),
  cat(min + 0.02, 'INFO', 'org.apache.catalina.core.StandardService.startInternal', 'Starting service [Catalina]'),
  cat(min + 0.03, 'INFO', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deploying web application archive [/usr/local/tomcat/webapps/${app}.war]`),
  slf(0, 'INFO', 'tools.descartes.teastore.registryclient.RegistryClient', `Registering teastore-${app.replace('tools.descartes.teastore.', '')}:8080 at registry.`),
  cat(min + 0.12, 'INFO', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deployment of web application archive [/usr/local/tomcat/webapps/${app}.war] has finished in [6,412] ms`),
  cat(min + 0.13, 'INFO', 'org.apache.coyote.AbstractProtocol.start', 'Starting ProtocolHandler ["http-nio-8080"]'),
  cat(min + 0.13, 'INFO', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [6581] milliseconds'),
];
const webuiLog = tomcatStart(RESTART + 0.4, 'tools.descartes.teastore.webui');
const recLog = [
  ...tomcatStart(-60 * 24 * 9 + 0.4, 'tools.descartes.teastore.recommender'),
  slf(0, 'INFO', 'tools.descartes.teastore.recommender.servlet.TrainingSynchronizer', 'Trained recommender with 1047 orders in 2154 ms.'),
  slf(0, 'INFO', 'tools.descartes.teastore.recommender.servlet.TrainingSynchronizer', 'Training recommender with orders up to ' + Date.parse(T.iso(-62)) + '.'),
  slf(0, 'INFO', 'tools.descartes.teastore.recommender.servlet.TrainingSynchronizer', 'Trained recommender with 1102 orders in 2311 ms.'),
];
const regLog = [
  ...tomcatStart(-60 * 24 * 9 + 0.2, 'tools.descartes.teastore.registry'),
  slf(0, 'INFO', 'tools.descartes.teastore.registry.rest.RegistryREST', 'Unregistered teastore-webui:8080 from service webui'),
  slf(0, 'INFO', 'tools.descartes.teastore.registry.rest.RegistryREST', 'Registered teastore-webui:8080 for service webui'),
];

export const scenarios = [
  {
    folder: 's72b-shop-feels-slow-after-webui-restart',
    description: 'teastore web ui was redeployed ~9:38 by the storefront folks, now someone in #shop says the shop "feels slow" — is anything actually broken?',
    incidentTime: INC,
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'time-expression', 'team-name'],
    grounding: `
      Manifest facts (teastore-clusterip.yaml at 5ab1188): every TeaStore image is untagged (:latest, imagePullPolicy Always),
      one replica each, no probes, no resources; every Tomcat service registers its HOST_NAME at teastore-registry on start.
      No fault: the storefront team re-pushed descartesresearch/teastore-webui:latest and ran "kubectl rollout restart
      deployment/teastore-webui" 34 minutes before; the new pod pulled, started Tomcat and re-registered, and every pod is Running
      and Ready with Endpoints. The "feels slow" complaint is the first requests after a JVM restart (JIT and the webui's empty
      caches), which is normal.
      Decoys: the rollout itself (old and new ReplicaSet templates identical apart from the kubectl.kubernetes.io/restartedAt
      annotation the build adds), the registry's unregister/register pair, and teastore-auth restarted once four days ago (exit
      143 from an earlier node reboot). Deviations from upstream: none beyond the kit's system definition.
    `,
    workloads: {
      'teastore-webui': { rollout: { at: RESTART, revision: 6, oldReplicas: 0 }, pods: [{}] },
      'teastore-auth': {
        pods: [
          {
            containers: {
              'teastore-auth': cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-60 * 24 * 4),
                last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 4 - 0.5) },
              }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'deploy:teastore-webui', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-webui-%NEW% to 1', first: RESTART, last: RESTART },
      { on: 'deploy:teastore-webui', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-webui-%OLD% to 0 from 1', first: RESTART + 0.6, last: RESTART + 0.6 },
      { on: 'pod:teastore-webui#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned teastore/%POD% to %NODE%', first: RESTART + 0.05, last: RESTART + 0.05 },
      { on: 'pod:teastore-webui#0', reason: 'Pulling', fieldPath: 'spec.containers{teastore-webui}', message: 'Pulling image "descartesresearch/teastore-webui"', first: RESTART + 0.1, last: RESTART + 0.1 },
      { on: 'pod:teastore-webui#0', reason: 'Pulled', fieldPath: 'spec.containers{teastore-webui}', message: 'Successfully pulled image "descartesresearch/teastore-webui" in 9.214s (9.214s including waiting). Image size: 291837442 bytes.', first: RESTART + 0.3, last: RESTART + 0.3 },
      { on: 'pod:teastore-webui#0', reason: 'Created', fieldPath: 'spec.containers{teastore-webui}', message: 'Created container teastore-webui', first: RESTART + 0.3, last: RESTART + 0.3 },
      { on: 'pod:teastore-webui#0', reason: 'Started', fieldPath: 'spec.containers{teastore-webui}', message: 'Started container teastore-webui', first: RESTART + 0.35, last: RESTART + 0.35 },
    ],
    logs: {
      'teastore-webui#0/teastore-webui': webuiLog,
      'teastore-recommender#0/teastore-recommender': recLog,
      'teastore-registry#0/teastore-registry': regLog,
    },
  },
];
