// Blind dev batch s127a: TeaStore. Written without reading rule packs, engine source or other scenarios.
import { clock } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/teastore.mjs';

export const system = base;
const INC = '2026-05-18T11:05:00Z';
const T = clock(INC);
const cat = (min, lvl, cls, msg) => `${new Date(Date.parse(T.isoMs(min))).toUTCString().slice(5, 16).replace(/ /g, '-')} ${T.java(min).slice(11)} ${lvl} ${cls.startsWith('[main]') ? '' : `[http-nio-8080-exec-${1 + (Math.abs(Math.round(min * 7)) % 20)}] `}${cls} ${msg}`;
const NEW = 'registry.tea.internal/teastore/teastore-auth:1.4.3-rc2';

const stack = [
  'java.lang.NoSuchMethodError: \'java.lang.String org.mindrot.jbcrypt.BCrypt.gensalt(java.lang.String, int)\'',
  '\tat tools.descartes.teastore.auth.security.BCryptProvider.checkPassword(BCryptProvider.java:51)',
  '\tat tools.descartes.teastore.auth.rest.AuthUserActionsRest.login(AuthUserActionsRest.java:214)',
  '\tat java.base/jdk.internal.reflect.NativeMethodAccessorImpl.invoke0(Native Method)',
  '\tat org.glassfish.jersey.server.model.internal.ResourceMethodInvocationHandlerFactory.lambda$static$0(ResourceMethodInvocationHandlerFactory.java:52)',
  '\tat org.glassfish.jersey.server.ServerRuntime$1.run(ServerRuntime.java:248)',
  '\tat org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:166)',
  '\tat org.apache.tomcat.util.threads.TaskThread$WrappingRunnable.run(TaskThread.java:61)',
  '\tat java.base/java.lang.Thread.run(Thread.java:829)',
];

export const scenarios = [
  {
    folder: 's127a-auth-release-nosuchmethod-login',
    incidentTime: INC,
    description: 'teastore: nobody can log in since ~10:40, webui shows error page on sign in. browsing + images fine. no infra changes on our side afaik',
    expected: { component: 'auth', cause: 'bad-deploy-rollout' },
    difficulty: 'medium',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'time-expression'],
    grounding: `
      TeaStore (examples/kubernetes/teastore-clusterip.yaml at 5ab1188): teastore-auth is a Tomcat/Jersey service that
      webui calls on POST /loginAction (AuthUserActionsRest.login) and that checks passwords with jBCrypt. Fault: the
      app team rolled out an internal build registry.tea.internal/teastore/teastore-auth:1.4.3-rc2 at 10:38 (the
      upstream manifest pins descartesresearch/teastore-auth with no tag) whose WAR was compiled against a newer jBCrypt
      API than the jar bundled in WEB-INF/lib: every login throws java.lang.NoSuchMethodError (a classic dependency
      mismatch linkage error), Jersey maps it to HTTP 500, and webui shows its error page. The pod starts, registers with
      teastore-registry and stays Ready (upstream defines no probes), and the other auth endpoints (cart operations)
      keep working. Deviations: the internal image and the class mismatch are invented; old ReplicaSet keeps the
      upstream image. persistence and teastore-db are healthy.
    `,
    workloads: {
      'teastore-auth': {
        containers: { 'teastore-auth': { image: NEW } },
        rollout: { at: -27, revision: 2, oldContainers: { 'teastore-auth': { image: 'descartesresearch/teastore-auth' } } },
      },
    },
    events: [
      { on: 'deploy:teastore-auth', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-auth-%NEW% to 1', first: -27 },
      { on: 'pod:teastore-auth#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned teastore/%POD% to %NODE%', first: -26.9 },
      { on: 'pod:teastore-auth#0', reason: 'Pulling', message: `Pulling image "${NEW}"`, first: -26.8, fieldPath: 'spec.containers{teastore-auth}' },
      { on: 'pod:teastore-auth#0', reason: 'Pulled', message: `Successfully pulled image "${NEW}" in 6.204s (6.204s including waiting). Image size: 243118806 bytes.`, first: -26.7, fieldPath: 'spec.containers{teastore-auth}' },
      { on: 'pod:teastore-auth#0', reason: 'Started', message: 'Started container teastore-auth', first: -26.6, fieldPath: 'spec.containers{teastore-auth}' },
      { on: 'deploy:teastore-auth', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-auth-%OLD% to 0 from 1', first: -26 },
    ],
    logs: {
      'teastore-auth#0/teastore-auth': [
        cat(-26.4, 'INFO', '[main] org.apache.catalina.startup.Catalina.load', 'Server initialization in [812] milliseconds'),
        cat(-26.1, 'INFO', 'tools.descartes.teastore.registryclient.RegistryClient.register', 'Service teastore-auth registered at teastore-registry:8080 as %PODIP%:8080'),
        cat(-26, 'INFO', '[main] org.apache.catalina.startup.Catalina.start', 'Server startup in [9871] milliseconds'),
        ...['-24', '-17', '-11', '-6', '-2'].flatMap((m) => [cat(Number(m), 'SEVERE', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [jersey-serlvet] in context with path [/tools.descartes.teastore.auth] threw exception [org.glassfish.jersey.server.ContainerException: java.lang.NoSuchMethodError: \'java.lang.String org.mindrot.jbcrypt.BCrypt.gensalt(java.lang.String, int)\'] with root cause'), ...stack]),
      ],
      'teastore-webui#0/teastore-webui': [
        cat(-30, 'INFO', 'tools.descartes.teastore.webui.servlet.LoginActionServlet.handlePOSTRequest', 'user 12 logged in'),
        cat(-24, 'WARNING', 'tools.descartes.teastore.registryclient.rest.LoadBalancedStoreOperations.login', 'teastore-auth returned 500 Internal Server Error for /tools.descartes.teastore.auth/rest/useractions/login'),
        cat(-17, 'WARNING', 'tools.descartes.teastore.registryclient.rest.LoadBalancedStoreOperations.login', 'teastore-auth returned 500 Internal Server Error for /tools.descartes.teastore.auth/rest/useractions/login'),
        cat(-9, 'INFO', 'tools.descartes.teastore.webui.servlet.CategoryServlet.handleGETRequest', 'category 2 page 1 rendered'),
        cat(-6, 'WARNING', 'tools.descartes.teastore.registryclient.rest.LoadBalancedStoreOperations.login', 'teastore-auth returned 500 Internal Server Error for /tools.descartes.teastore.auth/rest/useractions/login'),
        cat(-2, 'WARNING', 'tools.descartes.teastore.registryclient.rest.LoadBalancedStoreOperations.login', 'teastore-auth returned 500 Internal Server Error for /tools.descartes.teastore.auth/rest/useractions/login'),
      ],
    },
  },
];
