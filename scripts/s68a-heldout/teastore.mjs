// Blind held-out batch s68a (split: test): one TeaStore scenario as a compact spec for the scenario kit
// (scripts/s2-scenario-kit.mjs), on scripts/kit-systems/teastore.mjs; built by scripts/s68a-build.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// Tomcat 10 JULI OneLineFormatter (catalina.sh run) and slf4j-simple (RegistryClient sets logFile=System.out).
const tc = (T, min, level, thread, src, msg) => {
  const d = new Date(T.isoMs(min));
  const p = (n, w = 2) => String(n).padStart(w, '0');
  return `${p(d.getUTCDate())}-${MON[d.getUTCMonth()]}-${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)} ${level} [${thread}] ${src} ${msg}`;
};
const sl = (thread, level, logger, msg) => `[${thread}] ${level} ${logger} - ${msg}`;
// MariaDB 10.4 error log.
const maria = (T, min, id, level, msg) => `${T.java(min).slice(0, 19)} ${id} [${level}] ${msg}`;

const boot = (T, at, svc, ms) => [
  tc(T, at, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/10.0.27'),
  tc(T, at + 0.001, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.init', 'Initializing ProtocolHandler ["http-nio-8080"]'),
  tc(T, at + 0.01, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deploying web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.${svc}.war]`),
  tc(T, at + ms / 60000 - 0.002, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deployment of web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.${svc}.war] has finished in [${ms - 412}] ms`),
  tc(T, at + ms / 60000 - 0.001, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.start', 'Starting ProtocolHandler ["http-nio-8080"]'),
  tc(T, at + ms / 60000, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', `Server startup in [${ms}] milliseconds`),
];
const env = (host) => [
  { name: 'HOST_NAME', value: host },
  { name: 'REGISTRY_HOST', value: 'teastore-registry' },
  { name: 'DB_HOST', value: 'teastore-db' },
  { name: 'DB_PORT', value: '3306' },
];

const A = (() => {
  const T = clock('2026-03-26T15:34:00Z');
  const old = -60 * 24 * 9;
  return {
    folder: 's68a-internal-exception-after-release',
    incidentTime: '2026-03-26T15:34:00Z',
    description: "teastroe: every page shows '500: Internal Exception' since the 3pm release train, login dead too. product images still load tho",
    expected: { component: 'persistence', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'persistence', cause: 'config-error' }],
    difficulty: 'hard',
    traits: ['rollout-regression', 'pods-ready', 'callers-only', 'time-expression', 'typo'],
    grounding: `
      TeaStore examples/kubernetes/teastore-clusterip.yaml at 5ab1188: each Tomcat service registers itself with teastore-registry
      under HOST_NAME:SERVICE_PORT (start.sh writes HOST_NAME into context.xml), and every caller (webui, auth, image, recommender)
      reaches persistence only through the address the registry hands out (registryclient ServiceLoadBalancer), never through the
      Service. Shape: the 15:07 release moved the manifests to a templated chart that pins image tags (:latest -> :1.4.3, hence
      imagePullPolicy IfNotPresent) and misspelt persistence's HOST_NAME as "teastore-persistance". The new pod starts, registers
      under a name no DNS record answers and stays Ready (upstream has no probes); the old instance unregistered on shutdown, so the
      registry lists only the unresolvable address. Callers fail inside the load balancer (Jersey ProcessingException wrapped as
      "ServiceLoadBalancerResult was null!"), which webui's AbstractUIServlet.serveExceptionResponse renders as the "500: Internal
      Exception" page without logging it: the callers are silent in their logs. Image still serves its cached images. The old and new
      ReplicaSet templates differ by the image tag, its pull policy and HOST_NAME, exactly as the release did. Noise: MariaDB logs
      "Aborted connection" for the old persistence pool's connections at the switch-over. Deviations: the registry and
      RegistryClient message texts are approximated from their log vocabulary (SOURCES.md); the chart itself is not in the snapshot.
    `,
    workloads: {
      'teastore-persistence': {
        rollout: {
          at: -27,
          oldContainers: { 'teastore-persistence': { image: 'descartesresearch/teastore-persistence', env: env('teastore-persistence') } },
        },
        containers: { 'teastore-persistence': { image: 'descartesresearch/teastore-persistence:1.4.3', env: env('teastore-persistance') } },
      },
    },
    events: [
      { on: 'deploy:teastore-persistence', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-persistence-%NEW% to 1', first: -27 },
      { on: 'deploy:teastore-persistence', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-persistence-%OLD% to 0 from 1', first: -25.9 },
      { on: 'pod:teastore-persistence#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned teastore/%POD% to %NODE%', first: -26.5 },
      { on: 'pod:teastore-persistence#0', reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-persistence:1.4.3"', first: -26.49, fieldPath: 'spec.containers{teastore-persistence}' },
      { on: 'pod:teastore-persistence#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-persistence:1.4.3" in 4.118s (4.118s including waiting). Image size: 311204117 bytes.', first: -26.42, fieldPath: 'spec.containers{teastore-persistence}' },
      { on: 'pod:teastore-persistence#0', reason: 'Created', message: 'Created container teastore-persistence', first: -26.41, fieldPath: 'spec.containers{teastore-persistence}' },
      { on: 'pod:teastore-persistence#0', reason: 'Started', message: 'Started container teastore-persistence', first: -26.2, fieldPath: 'spec.containers{teastore-persistence}' },
    ],
    logs: {
      'teastore-persistence#0/teastore-persistence': [
        ...boot(T, -26.18, 'persistence', 14231),
        sl('main', 'INFO', 'tools.descartes.teastore.registryclient.RegistryClient', 'Registering tools.descartes.teastore.persistence at teastore-registry:8080 as teastore-persistance:8080'),
        sl('main', 'INFO', 'tools.descartes.teastore.registryclient.StartupCallbackTask', 'Startup callback for tools.descartes.teastore.persistence: registry online'),
      ],
      'teastore-registry#0/teastore-registry': [
        ...boot(T, old, 'registry', 6112),
        sl('http-nio-8080-exec-2', 'INFO', 'tools.descartes.teastore.registry.rest.Registry', 'Registry online'),
        sl('http-nio-8080-exec-4', 'INFO', 'tools.descartes.teastore.registry.rest.Registry', 'Registered tools.descartes.teastore.persistence: teastore-persistence:8080'),
        sl('http-nio-8080-exec-6', 'INFO', 'tools.descartes.teastore.registry.rest.Registry', 'Registered tools.descartes.teastore.auth: teastore-auth:8080'),
        sl('http-nio-8080-exec-1', 'INFO', 'tools.descartes.teastore.registry.rest.Registry', 'Registered tools.descartes.teastore.image: teastore-image:8080'),
        sl('http-nio-8080-exec-3', 'INFO', 'tools.descartes.teastore.registry.rest.Registry', 'Registered tools.descartes.teastore.recommender: teastore-recommender:8080'),
        sl('http-nio-8080-exec-5', 'INFO', 'tools.descartes.teastore.registry.rest.Registry', 'Registered tools.descartes.teastore.webui: teastore-webui:8080'),
        sl('http-nio-8080-exec-9', 'INFO', 'tools.descartes.teastore.registry.rest.Registry', 'Unregistered tools.descartes.teastore.persistence: teastore-persistence:8080'),
        sl('http-nio-8080-exec-7', 'INFO', 'tools.descartes.teastore.registry.rest.Registry', 'Registered tools.descartes.teastore.persistence: teastore-persistance:8080'),
      ],
      'teastore-db#0/teastore-db': [
        maria(T, old, 0, 'Note', 'mysqld: ready for connections.'),
        "Version: '10.4.12-MariaDB-1:10.4.12+maria~bionic'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  mariadb.org binary distribution",
        maria(T, -25.85, 812, 'Warning', "Aborted connection 812 to db: 'teadb' user: 'teauser' host: '10.244.3.58' (Got an error reading communication packets)"),
        maria(T, -25.85, 815, 'Warning', "Aborted connection 815 to db: 'teadb' user: 'teauser' host: '10.244.3.58' (Got an error reading communication packets)"),
        maria(T, -25.85, 819, 'Warning', "Aborted connection 819 to db: 'teadb' user: 'teauser' host: '10.244.3.58' (Got an error reading communication packets)"),
      ],
      'teastore-webui#0/teastore-webui': [
        ...boot(T, old + 0.5, 'webui', 9874),
        sl('main', 'INFO', 'tools.descartes.teastore.registryclient.RegistryClient', 'Registering tools.descartes.teastore.webui at teastore-registry:8080 as teastore-webui:8080'),
      ],
    },
  };
})();

export const scenarios = [A];
