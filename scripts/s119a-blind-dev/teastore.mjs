// Blind dev batch s119a: TeaStore spec (system from scripts/kit-systems/teastore.mjs).
// teastore-webui NodePort switched to externalTrafficPolicy: Local behind an LB that sends to every node.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/teastore.mjs';

export const system = base;
const T = clock('2025-06-03T08:50:00Z');
const tc = (min, level, logger, msg, thread = 'main') => { const d = new Date(Date.parse(T.isoMs(min))); const mon = ['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][d.getUTCMonth()]; const p = (n, w = 2) => String(n).padStart(w, '0'); return `${p(d.getUTCDate())}-${mon}-${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)} ${level} [${thread}] ${logger} ${msg}`; };
const W = ['tea-worker-1', 'tea-worker-2', 'tea-worker-3'];

export const scenarios = [
  {
    folder: 's119a-webui-external-traffic-local',
    incidentTime: '2025-06-03T08:50:00Z',
    description: 'tea store website: roughly 2 out of 3 page loads just hang / time out for customers since last nights change window. curl teastore-webui:8080 from a debug pod inside the cluster works every time',
    expected: { component: 'webui', cause: 'network-fault' },
    alsoAcceptable: [{ component: 'webui', cause: 'config-error' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'decoy', 'time-expression'],
    grounding: `
      Manifest facts: upstream teastore-clusterip.yaml exposes teastore-webui as type NodePort 30080 with the default
      externalTrafficPolicy Cluster; one webui replica. Fault shape (Kubernetes docs "Preserving the client source IP" and many
      reports of NodePort + externalTrafficPolicy Local behind an external load balancer): with Local, kube-proxy only answers on
      nodes that host a ready endpoint, other nodes drop the packets, so an external L4 balancer that health-checks the nodes by
      TCP on a different port (here the on-prem HAProxy checks :22) keeps sending two thirds of connections to nodes without the
      webui pod. Deviation: the Service was edited in the change window to externalTrafficPolicy Local (to get client IPs in the
      access log); the build adds that field and nodePort 30080 to services.json. The webui pod runs on tea-worker-2 only, is
      Ready, and logs normally; in-cluster traffic to the ClusterIP works. Nothing restarts. Decoy: teastore-recommender had a
      restart two days ago (exit 143 during a node patch) and logs a routine retraining line; registry heartbeats normal.
    `,
    workloads: {
      'teastore-webui': { pods: [{ node: W[1] }] },
      'teastore-recommender': {
        pods: [{ node: W[0], containers: { 'teastore-recommender': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 2), last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 2 - 0.5) } }) } }],
      },
    },
    events: [],
    logs: {
      'teastore-webui#0/teastore-webui': [
        tc(-60 * 24 * 9 + 1, 'INFO', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [21534] milliseconds'),
        tc(-12, 'INFO', 'tools.descartes.teastore.registryclient.RegistryClient.logAvailability', 'Service teastore-auth is available.', 'Thread-4'),
        tc(-3, 'INFO', 'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.updateLoadBalancersForServiceUsingRegistry', 'Updated load balancer for service teastore-image: 1 servers', 'pool-2-thread-1'),
      ],
      'teastore-recommender#0/teastore-recommender': [
        tc(-60 * 24 * 2 + 0.5, 'INFO', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [19877] milliseconds'),
        tc(-45, 'INFO', 'tools.descartes.teastore.recommender.servlet.TrainingSynchronizer.retrieveDataAndRetrain', 'Finished training, ready for recommendation.', 'Thread-6'),
      ],
      'teastore-registry#0/teastore-registry': [
        tc(-60 * 24 * 9 + 0.5, 'INFO', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [6203] milliseconds'),
      ],
    },
  },
];
