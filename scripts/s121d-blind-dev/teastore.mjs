// Batch s121d (blind dev, no-fault incidents): TeaStore spec — "everyone gets the same recommendations" is the
// popularity fallback for guests; a teastore-recommender restart with webui connection errors in the window is the decoy.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const T = clock('2026-05-14T09:30:00Z');
const cat = (min, lvl, cls, msg) => `14-May-2026 ${T.java(min).slice(11)} ${lvl} [http-nio-8080-exec-${Math.abs(Math.round(min)) % 9 + 1}] ${cls} ${msg}`;
const tc = (min, lvl, cls, msg) => `14-May-2026 ${T.java(min).slice(11)} ${lvl} [main] ${cls} ${msg}`;

const webui = [];
for (let k = 0; k < 30; k++) webui.push(cat(-26 + k * 0.07, 'WARNING', 'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation', `Exception while loadbalancing: javax.ws.rs.ProcessingException: java.net.ConnectException: Connection refused (Connection refused) for service teastore-recommender at %IPOF:teastore-recommender#0%:8080`));
webui.push(cat(-24, 'INFO', 'tools.descartes.teastore.registryclient.RegistryClient.updateServerList', 'Updated server list for teastore-recommender: [teastore-recommender:8080]'));

export const scenarios = [
  {
    folder: 's121d-guest-recommendations-identical',
    incidentTime: '2026-05-14T09:30:00Z',
    description: 'teastore: product "you might also like" is identical for all of us when not logged in — QA thinks recommender is dead since the restart at ~9am',
    difficulty: 'hard',
    traits: ['no-fault', 'decoy', 'partial-name', 'time-expression', 'pods-ready'],
    grounding: `
      No fault. TeaStore's recommender (services/tools.descartes.teastore.recommender) falls back to popularity ranking
      when there is no user id (AbstractRecommender: no user => the globally most-bought products), so every guest sees
      the same "Are you interested in?" items; logged-in users get personalised lists. Expected behaviour.
      Decoy inside the window: the teastore-recommender container restarted 27 minutes before the report (exit 143
      after a kubelet kill while its node was patched; restart count 1, Ready since); the webui logged thirty
      load-balancer ConnectException warnings toward it within two minutes, then the registry list refreshed and the
      errors stopped; the recommender retrained on start. Deviation from upstream: none in the manifests (no probes,
      no limits, :latest images as teastore-clusterip.yaml has them).`,
    workloads: {
      'teastore-recommender': { pods: [{ containers: { 'teastore-recommender': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-26.5), last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-26.8) } }) }, readyTransition: T.iso(-26.4) }] },
      'teastore-image': { pods: [{ containers: { 'teastore-image': cs.restartedRunning({ restarts: 2, startedAt: T.iso(-60 * 24 * 4), last: { exitCode: 137, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 4 - 0.2) } }) } }] },
    },
    events: [
      { on: 'pod:teastore-recommender#0', reason: 'Killing', message: 'Stopping container teastore-recommender', first: -26.9, fieldPath: 'spec.containers{teastore-recommender}' },
      { on: 'pod:teastore-recommender#0', reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-recommender"', first: -26.7, fieldPath: 'spec.containers{teastore-recommender}' },
      { on: 'pod:teastore-recommender#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-recommender" in 1.204s (1.204s including waiting). Image size: 229471544 bytes.', first: -26.6, fieldPath: 'spec.containers{teastore-recommender}' },
      { on: 'pod:teastore-recommender#0', reason: 'Started', message: 'Started container teastore-recommender', first: -26.5, fieldPath: 'spec.containers{teastore-recommender}' },
    ],
    logs: {
      'teastore-webui#0/teastore-webui': webui,
      'teastore-recommender#0/teastore-recommender': [
        tc(-26.4, 'INFO', 'org.apache.catalina.startup.Catalina.load', 'Server initialization in [612] milliseconds'),
        tc(-26.1, 'INFO', 'tools.descartes.teastore.recommender.servlet.RecommenderStartup.contextInitialized', 'Recommender Service starting up. Waiting for persistence.'),
        tc(-25.8, 'INFO', 'tools.descartes.teastore.recommender.servlet.TrainingSynchronizer.retrieveDataAndRetrain', 'Training recommender: 1784 orders, 5931 order items.'),
        tc(-25.2, 'INFO', 'tools.descartes.teastore.recommender.servlet.TrainingSynchronizer.retrieveDataAndRetrain', 'Recommender training finished in 34112 ms.'),
        tc(-25.1, 'INFO', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [78210] milliseconds'),
      ],
      'teastore-registry#0/teastore-registry': [
        tc(-26.8, 'INFO', 'tools.descartes.teastore.registry.rest.Registry.unregister', 'Unregistered teastore-recommender:8080'),
        tc(-25.1, 'INFO', 'tools.descartes.teastore.registry.rest.Registry.register', 'Registered teastore-recommender:8080'),
      ],
    },
  },
];
