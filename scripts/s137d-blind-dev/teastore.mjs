// Batch s137d (blind dev): TeaStore. System from scripts/kit-systems/teastore.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';
export { system };
const T = clock('2026-05-16T10:25:00Z');
const tc = (min, lvl, cls, msg) => `${T.java(min).slice(8, 10)}-May-2026 ${T.java(min).slice(11)} ${lvl} [main] ${cls} ${msg}`;
export const scenarios = [
  {
    folder: 's137d-recommender-not-retrained-by-design',
    incidentTime: '2026-05-16T10:25:00Z',
    description: 'teastore recommendations havent changed at all since we bulk-loaded ~2k new orders at 10:05, recomender broken? it was restarted ~09:50 too',
    difficulty: 'hard',
    traits: ['no-fault', 'decoy', 'typo', 'time-expression'],
    grounding: `No fault. Upstream TeaStore recommender (tools.descartes.teastore.recommender) trains its algorithm on the orders it
      reads from persistence when it starts (TrainingSynchronizer) and only retrains when its /rest/train endpoint is called or the
      service restarts; orders loaded after training are not reflected by design. The recommender last trained at 09:50 on start.
      Decoy: the teastore-recommender container restarted once at 09:50 (exit 143 after a SIGTERM from an operator's crictl stop),
      and webui logged a short burst of connection-refused errors to the recommender that stopped; Ready since. Deviation:
      the bulk order load and the manual stop are invented.`,
    workloads: {
      'teastore-recommender': {
        pods: [{ containers: { 'teastore-recommender': { state: { running: { startedAt: T.iso(-35) } }, lastState: { terminated: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-35.1), containerID: '%CID%' } }, ready: true, started: true, restartCount: 1 } } }],
      },
    },
    events: [
      { on: 'pod:teastore-recommender#0', reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-recommender"', first: -35.05, fieldPath: 'spec.containers{teastore-recommender}' },
      { on: 'pod:teastore-recommender#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-recommender" in 1.204s (1.204s including waiting). Image size: 301225011 bytes.', first: -35.02, fieldPath: 'spec.containers{teastore-recommender}' },
      { on: 'pod:teastore-recommender#0', reason: 'Started', message: 'Started container teastore-recommender', first: -35, fieldPath: 'spec.containers{teastore-recommender}' },
    ],
    logs: {
      'teastore-recommender#0/teastore-recommender': [
        tc(-34.5, 'INFO', 'org.apache.catalina.startup.Catalina.load', 'Server initialization in [612] milliseconds'),
        tc(-33.9, 'INFO', 'tools.descartes.teastore.recommender.servlet.TrainingSynchronizer.retrieveDataAndRetrain', 'Retrieved 1847 orders and 5210 orderItems. Training recommender.'),
        tc(-33.8, 'INFO', 'tools.descartes.teastore.recommender.servlet.TrainingSynchronizer.retrieveDataAndRetrain', 'Training finished successfully.'),
        tc(-33.7, 'INFO', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [48122] milliseconds'),
      ],
      'teastore-webui#0/teastore-webui': [
        tc(-35.05, 'WARNING', 'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation', 'Error connecting to teastore-recommender: java.net.ConnectException: Connection refused'),
        tc(-34.9, 'WARNING', 'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation', 'Error connecting to teastore-recommender: java.net.ConnectException: Connection refused'),
      ],
    },
  },
];
