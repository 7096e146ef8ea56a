// Batch s35b (blind dev): one TeaStore incident for the kit (scripts/s2-scenario-kit.mjs), system from
// scripts/kit-systems/teastore.mjs; a platform-standard liveness probe added to teastore-auth kills it under load.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };
export const scenarios = [];

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// Tomcat's JUL OneLineFormatter: 08-Dec-2026 19:38:02.114 INFO [main] class.method message
const tc = (T, min, level, thread, where, msg) => {
  const j = T.java(min); // YYYY-MM-DD hh:mm:ss.SSS
  const [d, t] = j.split(' ');
  const [Y, M, D] = d.split('-');
  return `${D}-${MON[Number(M) - 1]}-${Y} ${t} ${level} [${thread}] ${where} ${msg}`;
};
// logback pattern of the TeaStore services' own loggers (HH:mm:ss.SSS [thread] LEVEL logger - msg)
const lb = (T, min, thread, level, logger, msg) => `${T.java(min).split(' ')[1]} [${thread}] ${level.padEnd(5)} ${logger} - ${msg}`;

{
  const incidentTime = '2026-12-08T19:41:00Z';
  const T = clock(incidentTime);
  const probe = {
    httpGet: { path: '/tools.descartes.teastore.auth/rest/ready/isready', port: 8080, scheme: 'HTTP' },
    initialDelaySeconds: 15,
    timeoutSeconds: 1,
    periodSeconds: 5,
    successThreshold: 1,
    failureThreshold: 3,
  };
  const authLast = (start, end) => ({ terminated: { exitCode: 143, reason: 'Error', startedAt: T.iso(start), finishedAt: T.iso(end) } });
  const startup = (m) => [
    tc(T, m, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/8.5.100'),
    tc(T, m + 0.01, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'JVM Version:           11.0.24+8'),
    tc(T, m + 0.05, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.init', 'Initializing ProtocolHandler ["http-nio-8080"]'),
    tc(T, m + 0.07, 'INFO', 'main', 'org.apache.catalina.core.StandardService.startInternal', 'Starting service [Catalina]'),
    tc(T, m + 0.08, 'INFO', 'main', 'org.apache.catalina.core.StandardEngine.startInternal', 'Starting Servlet engine: [Apache Tomcat/8.5.100]'),
    tc(T, m + 0.09, 'INFO', 'localhost-startStop-1', 'org.apache.catalina.startup.HostConfig.deployWAR', 'Deploying web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.auth.war]'),
  ];
  scenarios.push({
    folder: 's35b-auth-liveness-probe-kills',
    incidentTime,
    description: 'teastore: login broken and most pages show the error page since ~19:20, webui pods look fine',
    expected: { component: 'auth', cause: 'probe-failure' },
    difficulty: 'medium',
    traits: ['rollout-regression', 'louder-dependents', 'time-expression', 'decoy'],
    grounding: `DescartesResearch/TeaStore examples/kubernetes/teastore-clusterip.yaml (no probes, no resources upstream) and the services'
      /rest/ready/isready endpoint. Yesterday (revision 5) a platform "standard probes and limits" change gave teastore-auth
      requests 250m/512Mi, limits 500m/1Gi and a liveness probe on /tools.descartes.teastore.auth/rest/ready/isready with
      initialDelaySeconds 15, periodSeconds 5, timeoutSeconds 1, failureThreshold 3; on an idle node Tomcat deployed the war in
      about 25 s and the pod came up. At the evening peak (19:18) BCrypt logins saturate the 500m limit and the probe times out
      after 1 s three times: the kubelet restarts auth (Tomcat exits 143 on SIGTERM); the replacement JVM at 500m needs ~50 s to
      deploy the war, so the probe (connection refused) kills it every time before it registers: CrashLoopBackOff, 6 restarts.
      The registry drops auth's instance, and the webui, which calls auth's isloggedin on every page, logs the registry client's
      "No Server registered for Service: tools.descartes.teastore.auth" and NullPointerExceptions (louder than auth).
      The probe texts are the kubelet's HTTP prober messages. Decoys: an image-provider rollout two hours ago (healthy), a
      recommender OOMKilled two days ago.`,
    workloads: {
      'teastore-auth': {
        rollout: { at: -60 * 22, revision: 5 },
        containers: {
          'teastore-auth': {
            resources: { requests: { cpu: '250m', memory: '512Mi' }, limits: { cpu: '500m', memory: '1Gi' } },
            livenessProbe: probe,
            readinessProbe: { ...probe, initialDelaySeconds: 10, failureThreshold: 3 },
          },
        },
        pods: [
          {
            created: T.iso(-60 * 22 + 0.5),
            containers: {
              'teastore-auth': cs.crashLoop({ restarts: 6, exitCode: 143, startedAt: T.iso(-2.6), finishedAt: T.iso(-1.9), container: 'teastore-auth' }),
            },
            readyTransition: T.iso(-22.2),
          },
        ],
        unavailableSince: -22,
      },
      'teastore-image': { rollout: { at: -125, revision: 4 }, patch: { podAnnotations: { 'kubectl.kubernetes.io/restartedAt': T.iso(-125) } } },
      'teastore-recommender': {
        pods: [
          {
            containers: {
              'teastore-recommender': cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-60 * 49),
                last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 49 - 0.2) },
              }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'pod:teastore-auth#0', reason: 'Unhealthy', type: 'Warning', fieldPath: 'spec.containers{teastore-auth}', first: -23, last: -22.1, count: 5, message: 'Liveness probe failed: Get "http://%PODIP%:8080/tools.descartes.teastore.auth/rest/ready/isready": context deadline exceeded (Client.Timeout exceeded while awaiting headers)' },
      { on: 'pod:teastore-auth#0', reason: 'Unhealthy', type: 'Warning', fieldPath: 'spec.containers{teastore-auth}', first: -23, last: -2, count: 31, message: 'Readiness probe failed: Get "http://%PODIP%:8080/tools.descartes.teastore.auth/rest/ready/isready": dial tcp %PODIP%:8080: connect: connection refused' },
      { on: 'pod:teastore-auth#0', reason: 'Unhealthy', type: 'Warning', fieldPath: 'spec.containers{teastore-auth}', first: -21.3, last: -2, count: 18, message: 'Liveness probe failed: Get "http://%PODIP%:8080/tools.descartes.teastore.auth/rest/ready/isready": dial tcp %PODIP%:8080: connect: connection refused' },
      { on: 'pod:teastore-auth#0', reason: 'Killing', fieldPath: 'spec.containers{teastore-auth}', first: -22.1, last: -1.95, count: 6, message: 'Container teastore-auth failed liveness probe, will be restarted' },
      { on: 'pod:teastore-auth#0', reason: 'Pulled', fieldPath: 'spec.containers{teastore-auth}', first: -22, last: -4, count: 5, message: 'Successfully pulled image "descartesresearch/teastore-auth" in 412ms (412ms including waiting). Image size: 251473512 bytes.' },
      { on: 'pod:teastore-auth#0', reason: 'BackOff', type: 'Warning', fieldPath: 'spec.containers{teastore-auth}', first: -12, last: -0.4, count: 24, message: 'Back-off restarting failed container teastore-auth in pod %POD%_teastore(%PODUID%)' },
      { on: 'deploy:teastore-image', reason: 'ScalingReplicaSet', first: -125, message: 'Scaled up replica set teastore-image-%NEW% to 1' },
      { on: 'deploy:teastore-image', reason: 'ScalingReplicaSet', first: -124, message: 'Scaled down replica set teastore-image-%OLD% to 0 from 1' },
    ],
    logs: {
      'teastore-auth#0/teastore-auth/previous': [
        ...startup(-2.6),
        tc(T, -2.0, 'INFO', 'Thread-3', 'org.apache.coyote.AbstractProtocol.pause', 'Pausing ProtocolHandler ["http-nio-8080"]'),
        tc(T, -1.99, 'INFO', 'Thread-3', 'org.apache.catalina.core.StandardService.stopInternal', 'Stopping service [Catalina]'),
        tc(T, -1.95, 'INFO', 'localhost-startStop-1', 'org.apache.catalina.startup.HostConfig.deployWAR', 'Deployment of web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.auth.war] has finished in [36,212] ms'),
        tc(T, -1.94, 'INFO', 'Thread-3', 'org.apache.coyote.AbstractProtocol.stop', 'Stopping ProtocolHandler ["http-nio-8080"]'),
        tc(T, -1.93, 'INFO', 'Thread-3', 'org.apache.coyote.AbstractProtocol.destroy', 'Destroying ProtocolHandler ["http-nio-8080"]'),
      ],
      'teastore-webui#0/teastore-webui': [
        tc(T, -300, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in 48211 ms'),
        lb(T, -22.3, 'http-nio-8080-exec-41', 'WARN', 't.d.t.r.l.ServiceLoadBalancer', 'Timout at endpoint: useractions, with target service: tools.descartes.teastore.auth'),
        tc(T, -22.3, 'SEVERE', 'http-nio-8080-exec-41', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [LoginActionServlet] in context with path [/tools.descartes.teastore.webui] threw exception'),
        '\ttools.descartes.teastore.registryclient.loadbalancers.LoadBalancerTimeoutException: Timout at endpoint: useractions, with target service: tools.descartes.teastore.auth',
        '\t\tat tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation(ServiceLoadBalancer.java:253)',
        '\t\tat tools.descartes.teastore.registryclient.rest.LoadBalancedStoreOperations.login(LoadBalancedStoreOperations.java:139)',
        '\t\tat tools.descartes.teastore.webui.servlet.LoginActionServlet.handlePOSTRequest(LoginActionServlet.java:62)',
        ...[-21.4, -20.8, -19.5, -17.1, -14.9, -12.2, -9.8, -7.4, -5.1, -2.7, -0.6].flatMap((m, i) => [
          lb(T, m, `http-nio-8080-exec-${12 + i * 7}`, 'WARN', 't.d.t.r.l.ServiceLoadBalancer', 'No Server registered for Service: tools.descartes.teastore.auth'),
          tc(T, m, 'SEVERE', `http-nio-8080-exec-${12 + i * 7}`, 'org.apache.catalina.core.StandardWrapperValve.invoke', `Servlet.service() for servlet [${['IndexServlet', 'CategoryServlet', 'ProductServlet', 'LoginActionServlet'][i % 4]}] in context with path [/tools.descartes.teastore.webui] threw exception`),
          '\tjava.lang.NullPointerException',
          '\t\tat tools.descartes.teastore.webui.servlet.AbstractUIServlet.checkforCookie(AbstractUIServlet.java:132)',
          '\t\tat tools.descartes.teastore.webui.servlet.AbstractUIServlet.doGet(AbstractUIServlet.java:199)',
        ]),
      ],
      'teastore-registry#0/teastore-registry': [
        tc(T, -60 * 24 * 9, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in 9126 ms'),
      ],
      'teastore-persistence#0/teastore-persistence': [
        tc(T, -60 * 24 * 9, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in 31844 ms'),
        lb(T, -60 * 24 * 9 + 1, 'main', 'INFO', 't.d.t.persistence.daemons.InitialDataGenerationDaemon', 'Persistence finished initializing database'),
      ],
      'teastore-image#0/teastore-image': [
        tc(T, -123.4, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in 39502 ms'),
        lb(T, -122.9, 'pool-1-thread-1', 'INFO', 't.d.t.image.setup.SetupController', 'Image provider finished creating and caching images.'),
      ],
    },
  });
}
