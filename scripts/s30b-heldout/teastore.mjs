// Held-out scenario of batch s30b (split: test) for TeaStore, written blind: the kit system definition
// (examples/kubernetes/teastore-clusterip.yaml at 5ab1188) and one incident expanded by scripts/s30b-build.mjs with the kit.
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const INCIDENT = '2026-06-19T13:12:00Z';
const T = clock(INCIDENT);
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// Tomcat's OneLineFormatter: "dd-MMM-yyyy HH:mm:ss.SSS LEVEL [thread] class.method message"
const tc = (min, lvl, thread, src, msg) => {
  const d = new Date(T.isoMs(min));
  const p = (n, w = 2) => String(n).padStart(w, '0');
  return `${p(d.getUTCDate())}-${MON[d.getUTCMonth()]}-${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)} ${lvl} [${thread}] ${src} ${msg}`;
};
const tomcatBoot = (min, app, ms) => [
  tc(min, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/10.1.24'),
  tc(min, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'JVM Version:           17.0.11+9'),
  tc(min + 0.01, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.init', 'Initializing ProtocolHandler ["http-nio-8080"]'),
  tc(min + 0.02, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deploying web application archive [/usr/local/tomcat/webapps/${app}.war]`),
  tc(min + ms / 60000, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deployment of web application archive [/usr/local/tomcat/webapps/${app}.war] has finished in [${ms - 400}] ms`),
  tc(min + ms / 60000 + 0.001, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.start', 'Starting ProtocolHandler ["http-nio-8080"]'),
  tc(min + ms / 60000 + 0.002, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', `Server startup in [${ms}] milliseconds`),
];

export const scenarios = [
  {
    folder: 's30b-teastore-slow-report-healthy',
    split: 'test',
    description: 'tea store feels sluggish for some ppl today? webui maybe. can someone check',
    incidentTime: INCIDENT,
    expected: null,
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'partial-name'],
    grounding: `
      Manifest: teastore-clusterip.yaml at 5ab1188 as the system definition has it: seven Deployments, one replica each, no probes and
      no resources, Services on 8080 (webui NodePort), the registry at teastore-registry, persistence on teastore-db:3306.
      No fault: a vague report with nothing behind it, the most common page an on-call engineer gets. Every pod is Running and
      Ready with no recent restart, every Service has its endpoint, no Warning event. The only change in the last hour is a
      routine rollout restart of teastore-recommender 35 minutes earlier (kubectl rollout restart), whose new pod started, trained
      and registered normally; its old pod was scaled down as usual. The logs are Tomcat 10 startup lines and the services' normal
      output, nothing failing.
      Log formats: Tomcat's OneLineFormatter (catalina console output).`,
    workloads: {
      'teastore-recommender': {
        rollout: { at: -35, revision: 5, oldReplicas: 0 },
        patch: { podAnnotations: { 'kubectl.kubernetes.io/restartedAt': T.iso(-35) } },
      },
    },
    events: [
      { on: 'deploy:teastore-recommender', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-recommender-%NEW% to 1', first: -35 },
      { on: 'deploy:teastore-recommender', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-recommender-%OLD% to 0 from 1', first: -34.2 },
      { on: 'rs:teastore-recommender', reason: 'SuccessfulCreate', message: 'Created pod: teastore-recommender-%RS%', first: -35 },
      { on: 'pod:teastore-recommender#0', reason: 'Scheduled', message: 'Successfully assigned teastore/%POD% to %NODE%', first: -35, source: 'default-scheduler' },
      { on: 'pod:teastore-recommender#0', reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-recommender"', first: -34.95, fieldPath: 'spec.containers{teastore-recommender}' },
      { on: 'pod:teastore-recommender#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-recommender" in 1.127s (1.127s including waiting). Image size: 262481530 bytes.', first: -34.9, fieldPath: 'spec.containers{teastore-recommender}' },
      { on: 'pod:teastore-recommender#0', reason: 'Created', message: 'Created container teastore-recommender', first: -34.9, fieldPath: 'spec.containers{teastore-recommender}' },
      { on: 'pod:teastore-recommender#0', reason: 'Started', message: 'Started container teastore-recommender', first: -34.9, fieldPath: 'spec.containers{teastore-recommender}' },
    ],
    logs: {
      'teastore-recommender#0/teastore-recommender': [
        ...tomcatBoot(-34.9, 'tools.descartes.teastore.recommender', 9214),
        tc(-34.7, 'INFO', 'pool-2-thread-1', 'tools.descartes.teastore.registryclient.RegistryClient.register', 'Registered teastore-recommender:8080 with registry teastore-registry:8080'),
        tc(-34.6, 'INFO', 'pool-3-thread-1', 'tools.descartes.teastore.recommender.servlet.TrainingSynchronizer.retrieveDataAndRetrain', 'Training recommender with 21467 orders and 64482 order items.'),
        tc(-34.55, 'INFO', 'pool-3-thread-1', 'tools.descartes.teastore.recommender.servlet.TrainingSynchronizer.retrieveDataAndRetrain', 'Recommender trained in 2894 ms.'),
      ],
      'teastore-webui#0/teastore-webui': [
        ...tomcatBoot(-60 * 24 * 9, 'tools.descartes.teastore.webui', 14877),
        tc(-60 * 24 * 9 + 0.3, 'INFO', 'pool-2-thread-1', 'tools.descartes.teastore.registryclient.RegistryClient.register', 'Registered teastore-webui:8080 with registry teastore-registry:8080'),
      ],
      'teastore-registry#0/teastore-registry': [
        ...tomcatBoot(-60 * 24 * 9 - 1, 'tools.descartes.teastore.registry', 4012),
        tc(-34.7, 'INFO', 'http-nio-8080-exec-4', 'tools.descartes.teastore.registry.rest.RegistryREST.register', 'Registered teastore-recommender:8080 as recommender'),
        tc(-34.2, 'INFO', 'http-nio-8080-exec-7', 'tools.descartes.teastore.registry.rest.RegistryREST.unregister', 'Unregistered 10.244.2.87:8080 as recommender'),
      ],
      'teastore-persistence#0/teastore-persistence': [
        ...tomcatBoot(-60 * 24 * 9 + 0.5, 'tools.descartes.teastore.persistence', 21306),
        tc(-60 * 24 * 9 + 0.9, 'INFO', 'pool-2-thread-1', 'tools.descartes.teastore.persistence.daemons.InitialDataGenerationDaemon.run', 'Database already populated; skipping data generation.'),
      ],
    },
  },
];
