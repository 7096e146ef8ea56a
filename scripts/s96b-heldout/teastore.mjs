// Blind held-out batch s96b: one TeaStore scenario (split test) as a compact spec for the scenario kit
// (scripts/s2-scenario-kit.mjs); the system is scripts/kit-systems/teastore.mjs unchanged.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const I = '2026-04-21T10:58:00Z';
const T = clock(I);
const AUTH_PROBE = {
  httpGet: { path: '/tools.descartes.teastore.auth/rest/ready/isready', port: 8081, scheme: 'HTTP' },
  initialDelaySeconds: 30,
  timeoutSeconds: 1,
  periodSeconds: 10,
  successThreshold: 1,
  failureThreshold: 3,
};
const cat = (min, level, where, msg) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  const p = (n, w = 2) => String(n).padStart(w, '0');
  return `${p(d.getUTCDate())}-${mon}-${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)} ${level} [main] ${where} ${msg}`;
};
const tomcatBoot = (start, svc) => [
  cat(start, 'INFO', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/8.5.24'),
  cat(start, 'INFO', 'org.apache.catalina.startup.VersionLoggerListener.log', 'JVM Version:           1.8.0_151-8u151-b12-1~deb9u1-b12'),
  cat(start + 0.01, 'INFO', 'org.apache.coyote.AbstractProtocol.init', 'Initializing ProtocolHandler ["http-nio-8080"]'),
  cat(start + 0.02, 'INFO', 'org.apache.catalina.startup.Catalina.load', 'Initialization processed in 612 ms'),
  cat(start + 0.03, 'INFO', 'org.apache.catalina.core.StandardService.startInternal', 'Starting service [Catalina]'),
  cat(start + 0.05, 'INFO', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deploying web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.${svc}.war]`),
  `${T.go(start + 0.12).replaceAll('/', '-')} INFO  tools.descartes.teastore.registryclient.RegistryClient - Registered teastore-${svc}:8080 with registry at http://teastore-registry:8080/tools.descartes.teastore.registry/rest/services/`,
  cat(start + 0.13, 'INFO', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deployment of web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.${svc}.war] has finished in [4,188] ms`),
  cat(start + 0.14, 'INFO', 'org.apache.coyote.AbstractProtocol.start', 'Starting ProtocolHandler ["http-nio-8080"]'),
  cat(start + 0.15, 'INFO', 'org.apache.catalina.startup.Catalina.start', 'Server startup in 4921 ms'),
];

export const scenarios = [
  {
    folder: 's96b-auth-release-stuck',
    description: 'teastore auth deploy stuck since ~10:40, pipeline says the rollout exceeded its progress deadline. old version still serving logins afaik',
    incidentTime: I,
    expected: { component: 'auth', cause: 'probe-failure' },
    alsoAcceptable: [{ component: 'auth', cause: 'bad-deploy-rollout' }],
    difficulty: 'easy',
    traits: ['rollout-regression', 'partial-name', 'time-expression'],
    workloads: {
      'teastore-auth': {
        rollout: { at: -17, oldReplicas: 1, oldContainers: { 'teastore-auth': { readinessProbe: undefined } } },
        containers: { 'teastore-auth': { readinessProbe: AUTH_PROBE } },
        pods: [{ containers: { 'teastore-auth': cs.running(T.iso(-16.4), { ready: false }) } }],
        progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(-7), lastTransitionTime: T.iso(-7), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
      },
    },
    events: [
      { on: 'deploy:teastore-auth', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-auth-%NEW% to 1', first: -17 },
      { on: 'pod:teastore-auth#0', source: 'default-scheduler', reason: 'Scheduled', message: 'Successfully assigned teastore/%POD% to %NODE%', first: -16.9 },
      { on: 'pod:teastore-auth#0', reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-auth"', first: -16.8, fieldPath: 'spec.containers{teastore-auth}' },
      { on: 'pod:teastore-auth#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-auth" in 1.318s (1.318s including waiting). Image size: 231948204 bytes.', first: -16.5, fieldPath: 'spec.containers{teastore-auth}' },
      { on: 'pod:teastore-auth#0', reason: 'Created', message: 'Created container teastore-auth', first: -16.45, fieldPath: 'spec.containers{teastore-auth}' },
      { on: 'pod:teastore-auth#0', reason: 'Started', message: 'Started container teastore-auth', first: -16.4, fieldPath: 'spec.containers{teastore-auth}' },
      { on: 'pod:teastore-auth#0', type: 'Warning', reason: 'Unhealthy', message: 'Readiness probe failed: Get "http://%PODIP%:8081/tools.descartes.teastore.auth/rest/ready/isready": dial tcp %PODIP%:8081: connect: connection refused', first: -15.9, last: -0.2, count: 94, fieldPath: 'spec.containers{teastore-auth}' },
    ],
    logs: {
      'teastore-auth#0/teastore-auth': tomcatBoot(-16.35, 'auth'),
      'teastore-auth#old0/teastore-auth': [
        ...tomcatBoot(-60 * 24 * 6 + 0.45, 'auth'),
        `${T.go(-3.2).replaceAll('/', '-')} INFO  tools.descartes.teastore.registryclient.RegistryClient - Refreshed service list for persistence: [teastore-persistence:8080]`,
      ],
      'teastore-webui#0/teastore-webui': [
        ...tomcatBoot(-60 * 24 * 9 + 0.45, 'webui'),
        `${T.go(-5.1).replaceAll('/', '-')} INFO  tools.descartes.teastore.registryclient.RegistryClient - Refreshed service list for auth: [teastore-auth:8080]`,
      ],
    },
    grounding: `
      TeaStore examples/kubernetes/teastore-clusterip.yaml (5ab1188): teastore-auth is one replica of the Tomcat image, port 8080, no probes.
      The release (revision 4) changes only the pod template's readinessProbe: it adds an httpGet probe on the service's
      /rest/ready/isready path but on port 8081, where nothing listens (Tomcat's connector is http-nio-8080). The kubelet reports
      "connect: connection refused" on every probe, the new pod never becomes Ready, and with one replica the RollingUpdate
      (maxSurge 25% -> 1, maxUnavailable 25% -> 0) keeps the old pod serving, so logins keep working while the Deployment reaches
      ProgressDeadlineExceeded after progressDeadlineSeconds 600. This is the common "readiness probe on the wrong port"
      mistake in Kubernetes probe documentation and issue threads. Deviation from upstream: the probe itself (upstream has none);
      Tomcat/registry-client log lines are written in their usual formats, not copied from a run.
    `,
  },
];
