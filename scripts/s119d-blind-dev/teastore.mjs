// Batch s119d (blind, dev): one TeaStore no-fault scenario — the nightly p99 latency alert raised by the perf team's
// scheduled load test from outside the cluster. System from scripts/kit-systems/teastore.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };
const T = clock('2026-06-02T03:20:00Z');
const cat = (m, lvl, cls, msg) => `${new Date(Date.parse(T.iso(m))).toUTCString().slice(5, 16).replace(/ /g, '-')} ${T.java(m).slice(11)} ${lvl} [http-nio-8080-exec-${Math.abs(Math.round(m * 3)) % 40 + 1}] ${cls} ${msg}`;
const access = (m, path, code, ms) => `192.168.50.${Math.abs(Math.round(m)) % 3 + 11} - - [${new Date(Date.parse(T.iso(m))).toUTCString().slice(5, 16).replace(/ /g, '/')}:${T.java(m).slice(11, 19)} +0000] "GET ${path} HTTP/1.1" ${code} ${ms}`;
const restartAnno = { 'kubectl.kubernetes.io/restartedAt': T.iso(-42) };

export const scenarios = [
  {
    folder: 's119d-nightly-p99-alert',
    incidentTime: '2026-06-02T03:20:00Z',
    description: 'PagerDuty: TeaStore webui p99 > 2s since 03:00. paged again at night, same as last tuesday?? recommender was restarted at 02:38 btw',
    difficulty: 'hard',
    traits: ['no-fault', 'decoy', 'time-expression', 'partial-name'],
    workloads: {
      'teastore-recommender': {
        patch: { podAnnotations: restartAnno },
        rollout: { at: -42, revision: 6, oldPatch: { podAnnotations: undefined } },
        pods: [{ created: T.iso(-41.8) }],
      },
      'teastore-webui': { pods: [{ containers: { 'teastore-webui': cs.restartedRunning({ restarts: 2, startedAt: T.iso(-60 * 24 * 5), last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 8), finishedAt: T.iso(-60 * 24 * 5 - 0.2) } }) } }] },
    },
    events: [
      { on: 'deploy:teastore-recommender', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-recommender-%NEW% to 1', first: -42 },
      { on: 'deploy:teastore-recommender', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-recommender-%OLD% to 0 from 1', first: -40.5 },
      { on: 'pod:teastore-recommender#0', reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-recommender"', fieldPath: 'spec.containers{teastore-recommender}', first: -41.7 },
      { on: 'pod:teastore-recommender#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-recommender" in 1.204s (1.204s including waiting). Image size: 298765312 bytes.', fieldPath: 'spec.containers{teastore-recommender}', first: -41.6 },
      { on: 'pod:teastore-recommender#0', reason: 'Started', message: 'Started container teastore-recommender', fieldPath: 'spec.containers{teastore-recommender}', first: -41.5 },
    ],
    logs: {
      'teastore-recommender#0/teastore-recommender': [
        cat(-41.2, 'INFO', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [21450] milliseconds'),
        cat(-40.9, 'INFO', 'tools.descartes.teastore.recommender.servlet.TrainingSynchronizer.retrieveDataAndRetrain', 'Finished training, ready for recommendation.'),
        ...[-40.7, -40.6].map((m) => cat(m, 'WARNING', 'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation', 'Service teastore-persistence:8080 not reachable, retrying with another instance: java.net.SocketTimeoutException: Read timed out')),
      ],
      'teastore-webui#0/teastore-webui': [
        access(-30, '/tools.descartes.teastore.webui/category?category=2&page=1', 200, 143),
        ...[-19.5, -15, -11, -7, -3].map((m, i) => access(m, `/tools.descartes.teastore.webui/category?category=${i + 2}&page=${i + 3}`, 200, 1900 + i * 170)),
        ...[-18.2, -9.4].map((m) => access(m, '/tools.descartes.teastore.webui/product?id=4711', 200, 2240)),
        access(-6.2, '/tools.descartes.teastore.webui/loginAction', 302, 612),
        access(-5.1, '/tools.descartes.teastore.webui/cart', 200, 1760),
        cat(-12.6, 'WARNING', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Client abort: java.io.IOException: Broken pipe'),
      ],
      'teastore-persistence#0/teastore-persistence': [
        cat(-40.7, 'INFO', 'org.eclipse.persistence.session./file:/usr/local/tomcat/webapps/tools.descartes.teastore.persistence/WEB-INF/classes/_tools.descartes.teastore.persistence', 'login successful'),
      ],
    },
    grounding: `
      No fault: expected behaviour. The perf team's LIMBO/HTTP load generator (TeaStore's own load profiles, run from a VM
      outside the cluster at 03:00 every Tuesday) ramps the browse profile; the TeaStore upstream manifest sets no resources
      and one replica per service, so webui latency on /category pages rises to ~2 s under that load and the p99 alert
      fires, as it did the week before. All requests are 200; no pod is unhealthy. Decoy in the window: a
      "kubectl rollout restart" of teastore-recommender at 02:38 (only the pod template's
      kubectl.kubernetes.io/restartedAt annotation differs between the two ReplicaSets) whose first training pass logged two
      "not reachable, retrying" warnings toward persistence that then succeeded; an old webui restart five days ago; a
      client-abort warning. Deviations from upstream: the restart annotation; the external load test.`,
  },
];
