// Blind dev batch s83a, TeaStore: one scenario (a Chaos Mesh packet-loss experiment left on teastore-auth).
// System from scripts/kit-systems/teastore.mjs (DescartesResearch/TeaStore teastore-clusterip.yaml at 5ab1188).
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };
const T = clock('2026-05-14T09:47:00Z');
const cat = (min, level, cls, msg) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  const p = (n, w = 2) => String(n).padStart(w, '0');
  return `${p(d.getUTCDate())}-${mon}-${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)} ${level} [${cls.thread}] ${cls.name} ${msg}`;
};
const W = (n) => ({ thread: `http-nio-8080-exec-${n}`, name: 'tools.descartes.teastore.registryclient.rest.LoadBalancedCRUDOperations' });
const TIMEOUT = 'javax.ws.rs.ProcessingException: java.net.SocketTimeoutException: Read timed out';

export const scenarios = [
  {
    folder: 's83a-auth-packet-loss-chaos-left-on',
    incidentTime: '2026-05-14T09:47:00Z',
    description: 'teastore login and add-to-cart randomly hang then error, maybe 1 in 3 requests. product pages load fine. since this morning',
    expected: { component: 'auth', cause: 'network-fault' },
    difficulty: 'hard',
    traits: ['pods-ready', 'callers-only', 'louder-dependents', 'network-latency', 'time-expression'],
    grounding: `
      TeaStore's webui calls auth (REST over Jersey, load-balanced through the registry client) for login, cart and
      order actions; product pages only use persistence and image. The fault follows Chaos Mesh's NetworkChaos
      "loss" action (tc netem inside the pod's network namespace, docs chaos-mesh.org simulate-network-chaos) with
      loss 35% on the teastore-auth pod, started by a game-day at 07:30 and not cleaned up (duration unset). netem leaves
      no trace in the Kubernetes API objects of the snapshot: auth stays Running and Ready (no probes upstream), its own
      log is quiet, and webui logs Read timed out / retries to auth. Deviations from upstream: none in the manifests;
      the NetworkChaos object itself (chaos-mesh.org CRD) is not among the snapshot kinds. Decoys: recommender logs its
      routine retraining, registry logs heartbeats.`,
    workloads: {},
    logs: {
      'teastore-auth#0/teastore-auth': [
        cat(-60 * 30, 'INFO', { thread: 'RegistryStartup', name: 'tools.descartes.teastore.registryclient.RegistryClient' }, 'Succesfully registered teastore-auth:8080 with registry.'),
      ],
      'teastore-webui#0/teastore-webui': [
        cat(-120, 'INFO', { thread: 'http-nio-8080-exec-2', name: 'tools.descartes.teastore.webui.servlet.LoginActionServlet' }, 'Login for user user12 successful'),
        cat(-95, 'WARNING', W(5), `Timeout calling teastore-auth:8080 (cart/add); retrying on next instance: ${TIMEOUT}`),
        cat(-71, 'WARNING', W(7), `Timeout calling teastore-auth:8080 (useractions/isloggedin); retrying on next instance: ${TIMEOUT}`),
        cat(-40, 'INFO', { thread: 'http-nio-8080-exec-1', name: 'tools.descartes.teastore.webui.servlet.CategoryServlet' }, 'category 2 page 1 rendered'),
        cat(-22, 'SEVERE', { thread: 'http-nio-8080-exec-4', name: 'org.apache.catalina.core.StandardWrapperValve.invoke' }, `Servlet.service() for servlet [LoginActionServlet] in context with path [/tools.descartes.teastore.webui] threw exception\n${TIMEOUT}\n\tat org.glassfish.jersey.client.internal.HttpUrlConnector.apply(HttpUrlConnector.java:287)\n\tat org.glassfish.jersey.client.ClientRuntime.invoke(ClientRuntime.java:255)\n\tat tools.descartes.teastore.registryclient.rest.LoadBalancedStoreOperations.login(LoadBalancedStoreOperations.java:178)\n\tat tools.descartes.teastore.webui.servlet.LoginActionServlet.handlePOSTRequest(LoginActionServlet.java:76)\nCaused by: java.net.SocketTimeoutException: Read timed out\n\tat java.base/java.net.SocketInputStream.socketRead0(Native Method)`),
        cat(-9, 'WARNING', W(3), `Timeout calling teastore-auth:8080 (cart/add); retrying on next instance: ${TIMEOUT}`),
        cat(-3, 'SEVERE', { thread: 'http-nio-8080-exec-6', name: 'org.apache.catalina.core.StandardWrapperValve.invoke' }, `Servlet.service() for servlet [CartActionServlet] in context with path [/tools.descartes.teastore.webui] threw exception\n${TIMEOUT}`),
      ],
      'teastore-registry#0/teastore-registry': [
        cat(-30, 'INFO', { thread: 'pool-1-thread-1', name: 'tools.descartes.teastore.registry.rest.Registry' }, 'Heartbeat check: 6 services registered, 0 removed'),
        cat(-2, 'INFO', { thread: 'pool-1-thread-1', name: 'tools.descartes.teastore.registry.rest.Registry' }, 'Heartbeat check: 6 services registered, 0 removed'),
      ],
      'teastore-recommender#0/teastore-recommender': [
        cat(-60, 'INFO', { thread: 'pool-2-thread-1', name: 'tools.descartes.teastore.recommender.servlet.TrainingSynchronizer' }, 'Finished training, took 1843ms'),
      ],
    },
  },
];
