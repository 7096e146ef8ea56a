// Blind dev batch s101a, TeaStore: one scenario spec for the scenario kit (scripts/s2-scenario-kit.mjs).
// teastore-auth release raising the BCrypt work factor: pods Ready, every login burns seconds of CPU, webui loud.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';
export { system };

const I = '2026-05-12T10:41:00Z';
const T = clock(I);
const NEW = 'registry.tea.internal/teastore-auth:1.4.3-rc2';
const OLD = 'descartesresearch/teastore-auth';
const j = (min, lvl, cls, msg) => `${T.java(min).replace(' ', 'T').slice(0, 19)} ${lvl} [http-nio-8080-exec-${Math.abs(Math.round(min * 7)) % 10 + 1}] ${cls} - ${msg}`;
const authLog = [
  `${T.java(-24.9).slice(0, 19)} INFO  org.apache.catalina.startup.Catalina - Server startup in [6412] milliseconds`,
  j(-24.5, 'INFO ', 'tools.descartes.teastore.registryclient.RegistryClient', 'Registered with registry teastore-registry:8080 as teastore-auth:8080'),
  j(-21.2, 'INFO ', 'tools.descartes.teastore.auth.security.BCryptProvider', 'Using BCrypt with log rounds 14'),
  j(-21.1, 'INFO ', 'tools.descartes.teastore.auth.rest.AuthUserActionsRest', 'login user=user12 ok (3841 ms)'),
  j(-19.0, 'INFO ', 'tools.descartes.teastore.auth.rest.AuthUserActionsRest', 'login user=user3 ok (5120 ms)'),
  j(-14.2, 'INFO ', 'tools.descartes.teastore.auth.rest.AuthUserActionsRest', 'login user=user87 ok (9736 ms)'),
  j(-9.8, 'INFO ', 'tools.descartes.teastore.auth.rest.AuthUserActionsRest', 'login user=user44 ok (14211 ms)'),
  `${T.java(-6.3).slice(0, 19)} WARNING [http-nio-8080-exec-7] org.apache.catalina.connector.CoyoteAdapter.checkRecycled Encountered a non-recycled response and recycled it forcedly.`,
  `org.apache.catalina.connector.ClientAbortException: java.io.IOException: Broken pipe`,
  `\tat org.apache.catalina.connector.OutputBuffer.realWriteBytes(OutputBuffer.java:353)`,
  j(-2.1, 'INFO ', 'tools.descartes.teastore.auth.rest.AuthUserActionsRest', 'login user=user5 ok (17402 ms)'),
  j(-1.2, 'INFO ', 'tools.descartes.teastore.auth.rest.AuthCartRest', 'cart add product=112 ok (4 ms)'),
];
const webuiLog = [
  j(-30, 'INFO ', 'tools.descartes.teastore.webui.servlet.IndexServlet', 'GET /tools.descartes.teastore.webui/ 200'),
  ...[-18.4, -13.1, -9.2, -6.0, -3.3, -1.4].flatMap((m) => [
    `${T.java(m).slice(0, 19)} SEVERE [http-nio-8080-exec-${Math.abs(Math.round(m)) % 9 + 1}] org.apache.catalina.core.StandardWrapperValve.invoke Servlet.service() for servlet [LoginActionServlet] in context with path [/tools.descartes.teastore.webui] threw exception`,
    'javax.ws.rs.ProcessingException: java.net.SocketTimeoutException: Read timed out',
    '\tat org.glassfish.jersey.client.internal.HttpUrlConnector.apply(HttpUrlConnector.java:261)',
    '\tat org.glassfish.jersey.client.ClientRuntime.invoke(ClientRuntime.java:296)',
    '\tat tools.descartes.teastore.registryclient.rest.LoadBalancedStoreOperations.login(LoadBalancedStoreOperations.java:118)',
    '\tat tools.descartes.teastore.webui.servlet.LoginActionServlet.handlePOSTRequest(LoginActionServlet.java:72)',
    'Caused by: java.net.SocketTimeoutException: Read timed out',
    '\tat java.base/java.net.SocketInputStream.socketRead0(Native Method)',
  ]),
  j(-1.0, 'INFO ', 'tools.descartes.teastore.webui.servlet.CategoryServlet', 'GET /tools.descartes.teastore.webui/category?category=2&page=1 200'),
];
export const scenarios = [
  {
    folder: 's101a-auth-bcrypt-rounds-release',
    description: 'teastore: logins time out or take ~15s since around 10:20, browsing categories still works fine. frontend team says webui is throwing SocketTimeouts',
    incidentTime: I,
    expected: { component: 'auth', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'auth', cause: 'resource-exhaustion' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'cpu-starvation', 'time-expression', 'decoy'],
    grounding: `
      Upstream teastore-clusterip.yaml at 5ab1188: teastore-auth has no probes and no resources; the webui calls auth's
      login through the registry client (LoadBalancedStoreOperations). The fault follows the common hardening change of
      raising the BCrypt work factor (each +1 doubles the cost; OWASP guidance warns about CPU at login): an in-house build
      1.4.3-rc2 in registry.tea.internal logs rounds 14 and each login takes 4-17 s of CPU, growing with queueing, so the
      webui's Jersey client read timeout fires. Pods stay Running and Ready, nothing restarts; cart and browse calls to auth
      stay fast. Deviations from upstream: the auth image is the team's build (old ReplicaSet keeps
      descartesresearch/teastore-auth) and auth gets a 500m CPU limit; the work-factor log line is the team's.
      Decoy: teastore-recommender restarted once three days ago (OOMKilled), unrelated.
    `,
    workloads: {
      'teastore-auth': {
        replicas: 2,
        containers: { 'teastore-auth': { image: NEW, resources: { limits: { cpu: '500m', memory: '1Gi' }, requests: { cpu: '250m', memory: '512Mi' } } } },
        rollout: { at: -25.5, oldContainers: { 'teastore-auth': { image: OLD, resources: { limits: { cpu: '500m', memory: '1Gi' }, requests: { cpu: '250m', memory: '512Mi' } } } } },
      },
      'teastore-recommender': {
        pods: [{ containers: { 'teastore-recommender': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.2) } }) } }],
      },
    },
    events: [
      { on: 'deploy:teastore-auth', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-auth-%NEW% to 1', first: -25.5 },
      { on: 'deploy:teastore-auth', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-auth-%OLD% to 0 from 1', first: -24.6 },
      { on: 'deploy:teastore-auth', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-auth-%NEW% to 2 from 1', first: -24.6 },
      { on: 'pod:teastore-auth#0', reason: 'Pulled', message: `Successfully pulled image "${NEW}" in 2.817s (2.817s including waiting). Image size: 312804411 bytes.`, first: -25.3, fieldPath: 'spec.containers{teastore-auth}' },
      { on: 'pod:teastore-auth#0', reason: 'Started', message: 'Started container teastore-auth', first: -25.2, fieldPath: 'spec.containers{teastore-auth}' },
    ],
    logs: {
      'teastore-auth#0/teastore-auth': authLog,
      'teastore-auth#1/teastore-auth': authLog.map((l) => l.replace('user12', 'user61').replace('user44', 'user9')),
      'teastore-webui#0/teastore-webui': webuiLog,
      'teastore-persistence#0/teastore-persistence': [
        j(-20, 'INFO ', 'tools.descartes.teastore.persistence.rest.UsersEndpoint', 'GET /users/name/user12 200'),
        j(-2, 'INFO ', 'tools.descartes.teastore.persistence.rest.CategoryEndpoint', 'GET /categories 200'),
      ],
    },
  },
];
