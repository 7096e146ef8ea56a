// s21c blind dev scenario for TeaStore (split: dev): a rollout adds a liveness probe on the webui's home page with a 1 s
// timeout; under the lunchtime load the page is slower than that and the kubelet keeps killing Tomcat; written blind.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/teastore.mjs';

export const system = base;

const T = clock('2026-06-09T12:31:00Z');
const ROLL = -26; // 12:05, revision with probes
const probe = {
  httpGet: { path: '/tools.descartes.teastore.webui/', port: 8080, scheme: 'HTTP' },
  initialDelaySeconds: 45, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3,
};
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const p2 = (n, w = 2) => String(n).padStart(w, '0');
const juli = (min, lvl, thread, src, msg) => { const d = new Date(T.isoMs(min)); return `${p2(d.getUTCDate())}-${MON[d.getUTCMonth()]}-${d.getUTCFullYear()} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}.${p2(d.getUTCMilliseconds(), 3)} ${lvl} [${thread}] ${src} ${msg}`; };
const tomcatStart = (m, app, ms) => [
  juli(m, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/8.5.100'),
  juli(m, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'JVM Version:           1.8.0_412-b08'),
  juli(m + 0.01, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.init', 'Initializing ProtocolHandler ["http-nio-8080"]'),
  juli(m + 0.02, 'INFO', 'main', 'org.apache.catalina.core.StandardService.startInternal', 'Starting service [Catalina]'),
  juli(m + 0.02, 'INFO', 'localhost-startStop-1', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deploying web application archive [/usr/local/tomcat/webapps/${app}.war]`),
  juli(m + ms / 60000, 'INFO', 'localhost-startStop-1', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deployment of web application archive [/usr/local/tomcat/webapps/${app}.war] has finished in [${ms}] ms`),
  juli(m + ms / 60000 + 0.001, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.start', 'Starting ProtocolHandler ["http-nio-8080"]'),
  juli(m + ms / 60000 + 0.002, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', `Server startup in ${ms + 1204} ms`),
];
const tomcatStop = (m) => [
  juli(m, 'INFO', 'Thread-5', 'org.apache.coyote.AbstractProtocol.pause', 'Pausing ProtocolHandler ["http-nio-8080"]'),
  juli(m + 0.001, 'INFO', 'Thread-5', 'org.apache.catalina.core.StandardService.stopInternal', 'Stopping service [Catalina]'),
  juli(m + 0.01, 'WARNING', 'localhost-startStop-2', 'org.apache.catalina.loader.WebappClassLoaderBase.clearReferencesThreads', 'The web application [tools.descartes.teastore.webui] appears to have started a thread named [pool-2-thread-1] but has failed to stop it. This is very likely to create a memory leak.'),
  juli(m + 0.012, 'INFO', 'Thread-5', 'org.apache.coyote.AbstractProtocol.stop', 'Stopping ProtocolHandler ["http-nio-8080"]'),
  juli(m + 0.013, 'INFO', 'Thread-5', 'org.apache.coyote.AbstractProtocol.destroy', 'Destroying ProtocolHandler ["http-nio-8080"]'),
];
// restarts of the webui container: kills at these minutes (3 failed probes 10 s apart before each)
const KILLS = [-19.5, -15.2, -11.0, -6.6, -2.1];

export const scenarios = [
  {
    folder: 's21c-webui-liveness-timeout',
    incidentTime: '2026-06-09T12:31:00Z',
    description: 'teastore shop keeps going down every few minutes, customers get connection errors then it comes back',
    expected: { component: 'webui', cause: 'probe-failure' },
    alsoAcceptable: [{ component: 'webui', cause: 'bad-deploy-rollout' }],
    difficulty: 'medium',
    traits: ['rollout-regression'],
    grounding: `
      Manifest (DescartesResearch/TeaStore examples/kubernetes/teastore-clusterip.yaml): teastore-webui is one replica of
      descartesresearch/teastore-webui on Tomcat port 8080, with no probes and no resources upstream; its home page
      (/tools.descartes.teastore.webui/) renders the categories from persistence and their images from the image service. Deviation
      and fault: this operator's "add health probes" change (revision 4, 12:05) added a livenessProbe on that home page with
      timeoutSeconds 1. A liveness probe that exercises downstream calls with a 1 s timeout is a classic misconfiguration (Kubernetes docs
      "Configure Liveness, Readiness and Startup Probes"; many post-mortems of restart storms under load): at lunchtime the page takes
      longer than a second, three probes in a row fail with "context deadline exceeded (Client.Timeout exceeded while awaiting
      headers)", the kubelet kills Tomcat (exit 143 after a clean shutdown) and the single replica is gone during each restart and each
      back-off, now CrashLoopBackOff with 5 restarts. The other services are healthy; the application logs no error before each stop.
      bad-deploy-rollout is also accepted (the probe arrived with the rollout).`,
    workloads: {
      'teastore-webui': {
        rollout: { at: ROLL, revision: 4, oldContainers: { 'teastore-webui': { livenessProbe: undefined } } },
        containers: { 'teastore-webui': { livenessProbe: probe } },
        unavailableSince: KILLS[4],
        pods: [{
          created: T.iso(ROLL + 0.1),
          readyTransition: T.iso(KILLS[4]),
          containers: {
            'teastore-webui': cs.crashLoop({ restarts: 5, exitCode: 143, reason: 'Error', startedAt: T.iso(KILLS[3] + 1.4), finishedAt: T.iso(KILLS[4]), backoff: '2m40s', container: 'teastore-webui' }),
          },
        }],
      },
    },
    events: [
      { on: 'deploy:teastore-webui', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-webui-%NEW% to 1', first: ROLL, last: ROLL },
      { on: 'deploy:teastore-webui', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-webui-%OLD% to 0 from 1', first: ROLL + 0.4, last: ROLL + 0.4 },
      { on: 'pod:teastore-webui#0', reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-webui"', first: ROLL + 0.1, last: KILLS[3] + 1.35, count: 5, fieldPath: 'spec.containers{teastore-webui}' },
      { on: 'pod:teastore-webui#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-webui" in 712ms (712ms including waiting). Image size: 301945112 bytes.', first: ROLL + 0.12, last: KILLS[3] + 1.37, count: 5, fieldPath: 'spec.containers{teastore-webui}' },
      { on: 'pod:teastore-webui#0', reason: 'Started', message: 'Started container teastore-webui', first: ROLL + 0.13, last: KILLS[3] + 1.4, count: 5, fieldPath: 'spec.containers{teastore-webui}' },
      { on: 'pod:teastore-webui#0', reason: 'Unhealthy', type: 'Warning', message: 'Liveness probe failed: Get "http://%PODIP%:8080/tools.descartes.teastore.webui/": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: KILLS[0] - 0.34, last: KILLS[4], count: 19, fieldPath: 'spec.containers{teastore-webui}' },
      { on: 'pod:teastore-webui#0', reason: 'Killing', message: 'Container teastore-webui failed liveness probe, will be restarted', first: KILLS[0], last: KILLS[4], count: 5, fieldPath: 'spec.containers{teastore-webui}' },
      { on: 'pod:teastore-webui#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container teastore-webui in pod %POD%_teastore(%PODUID%)', first: KILLS[1] + 0.1, last: -0.2, count: 14, fieldPath: 'spec.containers{teastore-webui}' },
    ],
    logs: {
      'teastore-webui#0/teastore-webui/previous': [...tomcatStart(KILLS[3] + 1.41, 'tools.descartes.teastore.webui', 17843), ...tomcatStop(KILLS[4])],
      'teastore-persistence#0/teastore-persistence': [
        ...tomcatStart(-60 * 24 * 5, 'tools.descartes.teastore.persistence', 21406),
      ],
    },
  },
];
