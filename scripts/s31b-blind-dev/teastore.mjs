// Batch s31b (blind dev): one TeaStore incident on the kit system definition (teastore-clusterip.yaml at 5ab1188).
// A "hardening" rollout adds a CPU limit and an eager liveness probe to persistence: Tomcat never finishes deploying.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const T = clock('2026-08-19T10:12:00Z');
const ROLL = -19; // 09:53
// Runs of the new persistence container [start, liveness kill]: ~55 s each, the kubelet's back-off doubling between them.
const RUNS = [[-18.5, -17.6], [-17.4, -16.5], [-16.1, -15.2], [-14.5, -13.6], [-12.3, -11.4], [-8.7, -7.8], [-2.8, -1.9]];
const PATH = '/tools.descartes.teastore.persistence/rest/categories';
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const tc = (min, level, thread, src, msg) => {
  const d = new Date(Date.parse('2026-08-19T10:12:00Z') + Math.round(min * 60000));
  const ts = `${String(d.getUTCDate()).padStart(2, '0')}-${MON[d.getUTCMonth()]}-${d.getUTCFullYear()} ${d.toISOString().slice(11, 23)}`;
  return `${ts} ${level} [${thread}] ${src} ${msg}`;
};

function persistenceRun([start, kill]) {
  return [
    tc(start + 0.02, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/9.0.65'),
    tc(start + 0.03, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Command line argument:  -Djava.util.logging.config.file=/usr/local/tomcat/conf/logging.properties'),
    tc(start + 0.06, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.init', 'Initializing ProtocolHandler ["http-nio-8080"]'),
    tc(start + 0.07, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.load', 'Server initialization in [3912] milliseconds'),
    tc(start + 0.08, 'INFO', 'main', 'org.apache.catalina.core.StandardService.startInternal', 'Starting service [Catalina]'),
    tc(start + 0.08, 'INFO', 'main', 'org.apache.catalina.core.StandardEngine.startInternal', 'Starting Servlet engine: [Apache Tomcat/9.0.65]'),
    tc(start + 0.09, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', 'Deploying web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.persistence.war]'),
    tc(start + 0.55, 'INFO', 'main', 'org.apache.jasper.servlet.TldScanner.scanJars', 'At least one JAR was scanned for TLDs yet contained no TLDs. Enable debug logging for this logger for a complete list of JARs that were scanned but no TLDs were found in them. Skipping unneeded JARs during scanning can improve startup time and JSP compilation time.'),
    tc(kill + 0.01, 'INFO', 'Thread-1', 'org.apache.coyote.AbstractProtocol.pause', 'Pausing ProtocolHandler ["http-nio-8080"]'),
    tc(kill + 0.01, 'INFO', 'Thread-1', 'org.apache.catalina.core.StandardService.stopInternal', 'Stopping service [Catalina]'),
  ];
}

const down = (m) => m >= ROLL + 0.6;
function webui() {
  const out = [];
  let i = 0;
  for (let m0 = -35; m0 < -0.05; m0 += 0.5, i++) {
    const m = m0 + ((i * 37) % 29) / 1000;
    if (!down(m)) continue;
    const servlet = ['CategoryServlet', 'ProductServlet', 'IndexServlet', 'CartServlet'][i % 4];
    out.push(tc(m, 'SEVERE', `http-nio-8080-exec-${(i % 10) + 1}`, 'org.apache.catalina.core.StandardWrapperValve.invoke', `Servlet.service() for servlet [${servlet}] in context with path [/tools.descartes.teastore.webui] threw exception`));
    out.push('javax.ws.rs.ProcessingException: java.net.ConnectException: Connection refused (Connection refused)');
    out.push('\tat org.glassfish.jersey.client.internal.HttpUrlConnector.apply(HttpUrlConnector.java:260)');
    out.push('\tat org.glassfish.jersey.client.ClientRuntime.invoke(ClientRuntime.java:254)');
    out.push('\tat tools.descartes.teastore.registryclient.rest.LoadBalancedCRUDOperations.getEntities(LoadBalancedCRUDOperations.java:155)');
    out.push(`\tat tools.descartes.teastore.webui.servlet.${servlet}.handleGETRequest(${servlet}.java:63)`);
    out.push('Caused by: java.net.ConnectException: Connection refused (Connection refused)');
    out.push('\tat java.base/java.net.PlainSocketImpl.socketConnect(Native Method)');
    out.push('\t... 38 more');
  }
  return out;
}
function auth() {
  const out = [];
  for (let m = ROLL + 1.2; m < -0.05; m += 2.3 + 0.0071) {
    out.push(tc(m, 'WARNING', 'http-nio-8080-exec-3', 'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation', 'Service PERSISTENCE: javax.ws.rs.ProcessingException: java.net.ConnectException: Connection refused (Connection refused)'));
  }
  return out;
}

const persistenceBase = system.workloads.find((w) => w.name === 'teastore-persistence').containers[0];
const last = RUNS[RUNS.length - 1];

export const scenarios = [
  {
    folder: 's31b-persistence-liveness-too-eager',
    incidentTime: '2026-08-19T10:12:00Z',
    description: 'teastore webui: error page on every category / product page since ~09:55',
    expected: { component: 'persistence', cause: 'probe-failure' },
    alsoAcceptable: [{ component: 'persistence', cause: 'bad-deploy-rollout' }],
    difficulty: 'medium',
    traits: ['rollout-regression', 'cpu-starvation', 'louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      teastore-clusterip.yaml at 5ab1188 sets no probes and no resources on any container; teastore-persistence is a single
      Tomcat replica (port 8080, DB_HOST teastore-db) that every other service calls through the registry. The fault is the
      classic JVM-startup liveness incident: at 09:53 a platform "hardening" change added requests 250m/512Mi, limits
      500m/1Gi and a livenessProbe (GET ${PATH}, initialDelaySeconds 30, periodSeconds 10, timeoutSeconds 1, failureThreshold
      3) but no readinessProbe. With half a core, Tomcat needs well over a minute to deploy the persistence WAR (EclipseLink,
      Jersey scanning), the connector only starts after deployment, so the probe gets "connect: connection refused" and the
      kubelet kills the container after ~55 s ("failed liveness probe, will be restarted", exit 143 from Tomcat's orderly
      shutdown), over and over, then CrashLoopBackOff. Without a readiness probe the first run counted as available, so the
      rollout completed and the old pod was scaled down. The webui's servlets throw Jersey "ProcessingException:
      java.net.ConnectException: Connection refused" (Tomcat's StandardWrapperValve SEVERE lines in its JULI format), auth
      warns the same; persistence's own log is only Tomcat's startup and stop lines.
      Decoy: a teastore-image container restarted yesterday.
    `,
    workloads: {
      'teastore-persistence': {
        containers: {
          'teastore-persistence': {
            resources: { requests: { cpu: '250m', memory: '512Mi' }, limits: { cpu: '500m', memory: '1Gi' } },
            livenessProbe: { httpGet: { path: PATH, port: 8080, scheme: 'HTTP' }, initialDelaySeconds: 30, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3 },
          },
        },
        rollout: { at: ROLL, revision: 2, oldContainers: { 'teastore-persistence': { resources: {}, livenessProbe: undefined } } },
        pods: [
          {
            created: T.iso(ROLL + 0.05),
            containers: {
              'teastore-persistence': cs.crashLoop({ restarts: RUNS.length, exitCode: 143, reason: 'Error', startedAt: T.iso(last[0]), finishedAt: T.iso(last[1]), backoff: '5m0s', container: 'teastore-persistence' }),
            },
          },
        ],
        endpointsChanged: last[1],
        unavailableSince: last[1],
      },
      'teastore-image': {
        pods: [
          {
            containers: {
              'teastore-image': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 21 - 14), last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 21 - 14.3) } }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'deploy:teastore-persistence', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-persistence-%NEW% from 0 to 1', first: ROLL },
      { on: 'deploy:teastore-persistence', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-persistence-%OLD% from 1 to 0', first: RUNS[0][0] + 0.05 },
      { on: 'pod:teastore-persistence#0', reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-persistence"', first: ROLL + 0.1, last: last[0] - 0.02, count: RUNS.length, fieldPath: 'spec.containers{teastore-persistence}' },
      { on: 'pod:teastore-persistence#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-persistence" in 1.184s (1.184s including waiting). Image size: 318226413 bytes.', first: ROLL + 0.2, last: last[0] - 0.01, count: RUNS.length, fieldPath: 'spec.containers{teastore-persistence}' },
      { on: 'pod:teastore-persistence#0', reason: 'Created', message: 'Created container: teastore-persistence', first: RUNS[0][0], last: last[0], count: RUNS.length, fieldPath: 'spec.containers{teastore-persistence}' },
      { on: 'pod:teastore-persistence#0', reason: 'Started', message: 'Started container teastore-persistence', first: RUNS[0][0], last: last[0], count: RUNS.length, fieldPath: 'spec.containers{teastore-persistence}' },
      { on: 'pod:teastore-persistence#0', reason: 'Unhealthy', type: 'Warning', message: `Liveness probe failed: Get "http://%PODIP%:8080${PATH}": dial tcp %PODIP%:8080: connect: connection refused`, first: RUNS[0][0] + 0.5, last: last[1] - 0.01, count: RUNS.length * 3, fieldPath: 'spec.containers{teastore-persistence}' },
      { on: 'pod:teastore-persistence#0', reason: 'Killing', message: 'Container teastore-persistence failed liveness probe, will be restarted', first: RUNS[0][1], last: last[1], count: RUNS.length, fieldPath: 'spec.containers{teastore-persistence}' },
      { on: 'pod:teastore-persistence#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container teastore-persistence in pod %POD%_teastore(%PODUID%)', first: RUNS[1][0] - 0.1, last: -0.3, count: 24, fieldPath: 'spec.containers{teastore-persistence}' },
    ],
    logs: {
      'teastore-persistence#0/teastore-persistence': persistenceRun(last),
      'teastore-persistence#0/teastore-persistence/previous': persistenceRun(RUNS[RUNS.length - 2]),
      'teastore-webui#0/teastore-webui': webui(),
      'teastore-auth#0/teastore-auth': auth(),
    },
  },
];
void persistenceBase;
