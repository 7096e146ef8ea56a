// Blind held-out batch s56a: one TeaStore scenario (split test, no fault) as a spec for scripts/s2-scenario-kit.mjs,
// on the kit system definition scripts/kit-systems/teastore.mjs; built by scripts/s56a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const INC = '2026-04-22T14:31:00Z';
const T = clock(INC);
const ROLL = -38; // `kubectl rollout restart deployment/teastore-webui`

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// Tomcat's OneLineFormatter on the console of `catalina.sh run`.
const tc = (min, level, thread, src, msg) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const p = (n, w = 2) => String(n).padStart(w, '0');
  return `${p(d.getUTCDate())}-${MON[d.getUTCMonth()]}-${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)} ${level} [${thread}] ${src} ${msg}`;
};
// slf4j-simple to System.out (RegistryClient sets org.slf4j.simpleLogger.logFile=System.out): no timestamp by default.
const s4 = (thread, level, logger, msg) => `[${thread}] ${level} ${logger} - ${msg}`;
const SVC = (n) => `tools.descartes.teastore.${n}`;

function tomcatStart(min, app, deployMs, extra = []) {
  return [
    tc(min, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/10.0.27'),
    tc(min, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'JVM Version:           11.0.16+8'),
    tc(min, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Command line argument: -Xmx3995m'),
    tc(min + 0.01, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.init', 'Initializing ProtocolHandler ["http-nio-8080"]'),
    tc(min + 0.01, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.load', 'Server initialization in [812] milliseconds'),
    tc(min + 0.02, 'INFO', 'main', 'org.apache.catalina.core.StandardService.startInternal', 'Starting service [Catalina]'),
    tc(min + 0.02, 'INFO', 'main', 'org.apache.catalina.core.StandardEngine.startInternal', 'Starting Servlet engine: [Apache Tomcat/10.0.27]'),
    tc(min + 0.02, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deploying web application archive [/usr/local/tomcat/webapps/${SVC(app)}.war]`),
    tc(min + deployMs / 60000 - 0.05, 'INFO', 'main', 'org.apache.jasper.servlet.TldScanner.scanJars', 'At least one JAR was scanned for TLDs yet contained no TLDs. Enable debug logging for this logger for a complete list of JARs that were scanned but no TLDs were found in them. Skipping unneeded JARs during scanning can improve startup time and JSP compilation time.'),
    ...extra,
    tc(min + deployMs / 60000, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deployment of web application archive [/usr/local/tomcat/webapps/${SVC(app)}.war] has finished in [${deployMs.toLocaleString('en-US')}] ms`),
    tc(min + deployMs / 60000 + 0.001, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.start', 'Starting ProtocolHandler ["http-nio-8080"]'),
    tc(min + deployMs / 60000 + 0.002, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', `Server startup in [${deployMs + 131}] milliseconds`),
  ];
}
const lb = (target) => s4('main', 'INFO', 'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer', `Pre-initializing client-side load balancer for target: ${SVC(target)}`);

const WEBUI_START = ROLL + 0.45;
const REC_START = -60 * 24 * 3 - 512;

export const scenarios = [
  {
    folder: 's56a-webui-restart-slow-minute-all-fine',
    description: 'was teastore broken after lunch? webui was spinning / gave an error page for a minute or so right after someone restarted it ~13:53. looks ok now but can someone confirm nothing is actually wrong',
    incidentTime: INC,
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'time-expression'],
    grounding: `
      Manifest facts (examples/kubernetes/teastore-clusterip.yaml at 5ab1188): teastore-webui is one replica with no probes and
      no resources, image descartesresearch/teastore-webui without a tag (pull Always), Service NodePort; every Tomcat service
      registers with teastore-registry under its HOST_NAME (the Service name), so all webui instances share one location
      "teastore-webui:8080" (Registry.register returns without logging when the location is known; unregister logs
      "Unregistered …"; the heartbeat daemon re-registers). Log formats: Tomcat 10.0.27 OneLineFormatter console lines,
      slf4j-simple to System.out without timestamps (RegistryClient.java), ServiceLoadBalancer's "Pre-initializing client-side
      load balancer for target: …".
      What happened (no fault): someone ran \`kubectl rollout restart deployment/teastore-webui\` at 13:53 to pick up the
      rebuilt :latest image. Because upstream sets no readiness probe, the new pod counted as available and joined the NodePort
      Service as soon as its container started, about 25 s before Tomcat finished deploying the war, and the old pod was
      stopped then: for that window the shop answered slowly or with connection errors. The rollout completed, the new pod
      has served normally since, every Deployment is available, and no component is failing now. This is the transient
      effect of a planned restart of a probe-less Deployment, not an ongoing fault.
      Decoys: the registry's "Unregistered …" line and the webui re-registration during the restart; teastore-recommender's
      container was killed (exit 137) three days ago and has run cleanly since; the routine "Pulling image" events of the
      restart.
      Deviations from upstream: none in the manifests; the restart, its time and the old recommender restart are invented.`,
    workloads: {
      'teastore-webui': {
        patch: { podAnnotations: { 'kubectl.kubernetes.io/restartedAt': T.iso(ROLL - 0.1) } },
        rollout: { at: ROLL, oldPatch: { podAnnotations: undefined } },
        pods: [{ created: T.iso(ROLL + 0.02) }],
      },
      'teastore-recommender': {
        pods: [{
          containers: {
            'teastore-recommender': cs.restartedRunning({
              restarts: 1,
              startedAt: T.iso(REC_START),
              last: { exitCode: 137, reason: 'Error', startedAt: T.iso(-60 * 24 * 9 + 0.4), finishedAt: T.iso(REC_START - 0.1) },
            }),
          },
        }],
      },
    },
    events: [
      { on: 'deploy:teastore-webui', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-webui-%NEW% from 0 to 1', first: ROLL, source: 'deployment-controller' },
      { on: 'deploy:teastore-webui', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-webui-%OLD% from 1 to 0', first: ROLL + 0.08, source: 'deployment-controller' },
      { on: 'pod:teastore-webui#0', reason: 'Scheduled', message: 'Successfully assigned teastore/%POD% to %NODE%', first: ROLL + 0.02, source: 'default-scheduler' },
      { on: 'pod:teastore-webui#0', reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-webui"', fieldPath: 'spec.containers{teastore-webui}', first: ROLL + 0.04 },
      { on: 'pod:teastore-webui#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-webui" in 2.163s (2.163s including waiting). Image size: 391254872 bytes.', fieldPath: 'spec.containers{teastore-webui}', first: ROLL + 0.08 },
      { on: 'pod:teastore-webui#0', reason: 'Created', message: 'Created container teastore-webui', fieldPath: 'spec.containers{teastore-webui}', first: ROLL + 0.08 },
      { on: 'pod:teastore-webui#0', reason: 'Started', message: 'Started container teastore-webui', fieldPath: 'spec.containers{teastore-webui}', first: ROLL + 0.09 },
    ],
    logs: {
      'teastore-webui#0/teastore-webui': [
        ...tomcatStart(WEBUI_START, 'webui', 24873, [lb('persistence'), lb('auth'), lb('image'), lb('recommender')]),
      ],
      'teastore-registry#0/teastore-registry': [
        ...tomcatStart(-60 * 24 * 9 + 0.3, 'registry', 3912),
        s4('http-nio-8080-exec-4', 'INFO', 'tools.descartes.teastore.registry.rest.Registry', `Registered ${SVC('persistence')}@teastore-persistence:8080`),
        s4('http-nio-8080-exec-7', 'INFO', 'tools.descartes.teastore.registry.rest.Registry', `Registered ${SVC('auth')}@teastore-auth:8080`),
        s4('http-nio-8080-exec-2', 'INFO', 'tools.descartes.teastore.registry.rest.Registry', `Registered ${SVC('image')}@teastore-image:8080`),
        s4('http-nio-8080-exec-9', 'INFO', 'tools.descartes.teastore.registry.rest.Registry', `Registered ${SVC('recommender')}@teastore-recommender:8080`),
        s4('http-nio-8080-exec-1', 'INFO', 'tools.descartes.teastore.registry.rest.Registry', `Registered ${SVC('webui')}@teastore-webui:8080`),
        s4('pool-1-thread-1', 'WARN', 'tools.descartes.teastore.registry.rest.Registry', `Removed ${SVC('recommender')}@teastore-recommender:8080 since it failed the heartbeat!`),
        s4('http-nio-8080-exec-6', 'INFO', 'tools.descartes.teastore.registry.rest.Registry', `Registered ${SVC('recommender')}@teastore-recommender:8080`),
        s4('http-nio-8080-exec-3', 'INFO', 'tools.descartes.teastore.registry.rest.Registry', `Unregistered ${SVC('webui')}@teastore-webui:8080`),
        s4('http-nio-8080-exec-8', 'INFO', 'tools.descartes.teastore.registry.rest.Registry', `Registered ${SVC('webui')}@teastore-webui:8080`),
      ],
      'teastore-recommender#0/teastore-recommender': [
        ...tomcatStart(REC_START + 0.05, 'recommender', 9321, [lb('persistence')]),
        s4('main', 'INFO', 'tools.descartes.teastore.recommender.servlet.RecommenderStartup', 'Recommender loop time not set. Disabling periodic retraining.'),
        s4('main', 'INFO', 'tools.descartes.teastore.recommender.algorithm.RecommenderSelector', 'Recommender not set. Using default recommender (SlopeOneRecommeder).'),
        s4('pool-2-thread-1', 'INFO', 'tools.descartes.teastore.recommender.algorithm.AbstractRecommender', 'Training recommender finished. Training took: 5182ms.'),
      ],
    },
  },
];
