// Blind dev batch s97c: one TeaStore scenario for the scenario kit (scripts/s2-scenario-kit.mjs).
// teastore-image rolled with REGISTRY_PORT=8081: it never registers, so webui finds no image provider (pictures broken).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';
export { system };

const I = '2026-03-24T10:58:00Z';
const T = clock(I);
const imgEnv = system.workloads.find((w) => w.name === 'teastore-image').containers[0].env;
const juli = (min, level, thread, where, msg) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const p = (n, w = 2) => String(n).padStart(w, '0');
  const mon = ['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][d.getUTCMonth()];
  return `${p(d.getUTCDate())}-${mon}-${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)} ${level} [${thread}] ${where} ${msg}`;
};
const regFail = (min) => juli(min, 'WARNING', 'pool-1-thread-1', 'tools.descartes.teastore.registryclient.RegistryClient.register',
  'Registration of teastore-image:8080 with registry at http://teastore-registry:8081/tools.descartes.teastore.registry/rest/services/image/ failed: jakarta.ws.rs.ProcessingException: java.net.ConnectException: Connection timed out');
const noImg = (min, n) => juli(min, 'SEVERE', `http-nio-8080-exec-${n}`, 'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation',
  'No instances of service IMAGE available from registry; returning empty image map (webui will render placeholder)');

export const scenarios = [
  {
    folder: 's97c-image-registry-port-8081',
    incidentTime: I,
    description: 'Tea store — all product pictures broken since ~10:30, login and ordering still work',
    expected: { component: 'image', cause: 'config-error' },
    alsoAcceptable: [{ component: 'image', cause: 'bad-deploy-rollout' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      TeaStore services find each other only through teastore-registry: each Tomcat service registers itself (HOST_NAME,
      SERVICE_PORT) at http://REGISTRY_HOST:REGISTRY_PORT/tools.descartes.teastore.registry/rest/services/<name>/ (REGISTRY_PORT
      defaults to 8080) and callers ask the registry for instances. Fault: teastore-image was rolled at 10:27 with
      REGISTRY_PORT=8081 (a value from a compose file that ran the registry beside a second Tomcat). The image provider starts,
      serves on 8080 and stays Ready (upstream has no probes), but its registrations time out (the registry Service exposes 8080
      only), its old registration expires, and webui finds no IMAGE instance: every product picture becomes a placeholder while
      auth, persistence and recommender keep working. webui and the registry are the ones that log; the registry simply
      no longer lists image. Decoy: teastore-db restarted once five days ago (exit 137 OOMKilled, healthy since), and a
      benign recommender rollout yesterday (image pinned 1.4.2 -> 1.4.3, a deviation: upstream pins no tag). Log text of the registry client is paraphrased in Tomcat JULI format.
      Deviation from upstream: REGISTRY_PORT is not set upstream. Old and new teastore-image ReplicaSets differ only in that env.`,
    workloads: {
      'teastore-image': {
        rollout: { at: -31, oldContainers: { 'teastore-image': { env: imgEnv } } },
        containers: { 'teastore-image': { env: [...imgEnv, { name: 'REGISTRY_PORT', value: '8081' }] } },
      },
      'teastore-recommender': { rollout: { at: -60 * 20, oldContainers: { 'teastore-recommender': { image: 'descartesresearch/teastore-recommender:1.4.2' } } }, containers: { 'teastore-recommender': { image: 'descartesresearch/teastore-recommender:1.4.3' } } },
      'teastore-db': {
        pods: [{ containers: { 'teastore-db': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 5), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 20), finishedAt: T.iso(-60 * 24 * 5 - 0.1) } }) } }],
      },
    },
    events: [
      { on: 'deploy:teastore-image', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-image-%NEW% to 1', first: -31 },
      { on: 'deploy:teastore-image', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-image-%OLD% to 0 from 1', first: -30.3 },
      { on: 'pod:teastore-image#0', reason: 'Scheduled', message: 'Successfully assigned teastore/%POD% to %NODE%', source: 'default-scheduler', first: -30.9 },
      { on: 'pod:teastore-image#0', reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-image"', fieldPath: 'spec.containers{teastore-image}', first: -30.9 },
      { on: 'pod:teastore-image#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-image" in 1.214s (1.214s including waiting). Image size: 302114650 bytes.', fieldPath: 'spec.containers{teastore-image}', first: -30.8 },
      { on: 'pod:teastore-image#0', reason: 'Started', message: 'Started container teastore-image', fieldPath: 'spec.containers{teastore-image}', first: -30.8 },
    ],
    logs: {
      'teastore-image#0/teastore-image': [
        juli(-30.7, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/10.1.19'),
        juli(-30.6, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.init', 'Initializing ProtocolHandler ["http-nio-8080"]'),
        juli(-30.2, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', 'Deployment of web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.image.war] has finished in [5,902] ms'),
        juli(-30.1, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.start', 'Starting ProtocolHandler ["http-nio-8080"]'),
        juli(-30.1, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [6214] milliseconds'),
        regFail(-27.9), regFail(-25.7), regFail(-20.4), regFail(-14.9), regFail(-9.6), regFail(-4.3),
      ],
      'teastore-webui#0/teastore-webui': [
        juli(-40, 'INFO', 'http-nio-8080-exec-2', 'org.apache.catalina.core.ApplicationContext.log', 'CategoryServlet: GET /category?category=2&page=1'),
        noImg(-26.2, 4), noImg(-21.5, 7), noImg(-15.8, 1), noImg(-9.1, 3), noImg(-3.4, 9),
      ],
      'teastore-registry#0/teastore-registry': [
        juli(-26.5, 'INFO', 'Timer-0', 'tools.descartes.teastore.registry.rest.Registry.heartbeat', 'Removed expired instance teastore-image:8080 (no heartbeat for 60s)'),
      ],
      'teastore-auth#0/teastore-auth': [
        juli(-12, 'INFO', 'http-nio-8080-exec-5', 'org.apache.catalina.core.ApplicationContext.log', 'LoginActionServlet: login ok for user user12'),
      ],
    },
  },
];
