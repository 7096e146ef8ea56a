// Blind held-out batch s108b: TeaStore scenario spec for the scenario kit (scripts/s2-scenario-kit.mjs).
// System from scripts/kit-systems/teastore.mjs (teastore-clusterip.yaml at 5ab1188); built by scripts/s108b-build.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';
export { system };

const T = clock('2026-03-26T09:58:00Z');
const tc = (min, lvl, cls, msg) => `${T.java(min).slice(8, 10)}-Mar-2026 ${T.java(min).slice(11)} ${lvl} [main] ${cls} ${msg}`;

export const scenarios = [
  {
    folder: 's108b-shop-felt-slow-earlier',
    incidentTime: '2026-03-26T09:58:00Z',
    description: 'teastore web ui felt slow for me around 9:40, seems ok now? is anything broken',
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'partial-name', 'time-expression'],
    grounding: `
      No fault. At 09:38 the web team ran kubectl rollout restart on teastore-webui (new ReplicaSet whose template
      differs only by the kubectl.kubernetes.io/restartedAt annotation, which the kit does not write into ReplicaSet templates, so they are identical); Tomcat took ~40 s to deploy the webapp and
      the first page loads after a JVM start are slow (cold JIT, empty caches), which is what the reporter saw. All
      pods are Ready, the registry logs the routine re-registration of the new webui instance, no service errors.
      Deviations from upstream: the restart itself.`,
    workloads: {
      'teastore-webui': {
        patch: { podAnnotations: { 'kubectl.kubernetes.io/restartedAt': T.iso(-20) } },
        rollout: { at: -20, oldPatch: { podAnnotations: undefined } },
      },
    },
    events: [
      { on: 'deploy:teastore-webui', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-webui-%NEW% to 1', first: -20 },
      { on: 'deploy:teastore-webui', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-webui-%OLD% to 0 from 1', first: -19.2 },
      { on: 'pod:teastore-webui#0', reason: 'Scheduled', message: 'Successfully assigned teastore/%POD% to %NODE%', source: 'default-scheduler', first: -19.9 },
      { on: 'pod:teastore-webui#0', reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-webui"', fieldPath: 'spec.containers{teastore-webui}', first: -19.8 },
      { on: 'pod:teastore-webui#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-webui" in 1.204s (1.204s including waiting). Image size: 287345120 bytes.', fieldPath: 'spec.containers{teastore-webui}', first: -19.7 },
      { on: 'pod:teastore-webui#0', reason: 'Created', message: 'Created container teastore-webui', fieldPath: 'spec.containers{teastore-webui}', first: -19.7 },
      { on: 'pod:teastore-webui#0', reason: 'Started', message: 'Started container teastore-webui', fieldPath: 'spec.containers{teastore-webui}', first: -19.7 },
    ],
    logs: {
      'teastore-webui#0/teastore-webui': [
        tc(-19.6, 'INFO', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/8.5.24'),
        tc(-19.5, 'INFO', 'org.apache.catalina.startup.HostConfig.deployWAR', 'Deploying web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.webui.war]'),
        tc(-18.9, 'INFO', 'org.apache.catalina.startup.HostConfig.deployWAR', 'Deployment of web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.webui.war] has finished in [36,114] ms'),
        tc(-18.9, 'INFO', 'org.apache.catalina.startup.Catalina.start', 'Server startup in 37284 ms'),
      ],
      'teastore-registry#0/teastore-registry': [
        tc(-60 * 5, 'INFO', 'org.apache.catalina.startup.Catalina.start', 'Server startup in 4120 ms'),
        `${T.java(-18.9)} WARN  t.d.t.r.rest.RegistryREST - Service teastore-webui already registered, refreshing heartbeat`,
        `${T.java(-18.8)} INFO  t.d.t.r.rest.RegistryREST - Registered teastore-webui:8080`,
        `${T.java(-18.5)} INFO  t.d.t.r.rest.RegistryREST - Unregistered stale instance of teastore-webui after missed heartbeats`,
      ],
    },
  },
];
