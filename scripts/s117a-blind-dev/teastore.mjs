// Blind dev batch s117a: one TeaStore scenario (a lab machine took tea-worker-2's address, so ARP flaps and cross-node
// traffic to the registry and image pods there is intermittently lost). Built by scripts/s117a-build.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';
export { system };

const I = '2025-06-03T13:25:00Z';
const T = clock(I);
const j = (m, lvl, cls, msg) => `${T.java(m).slice(0, 10)} ${T.java(m).slice(11, 19)}.${T.java(m).slice(20, 23)} ${lvl} ${cls} - ${msg}`;
export const scenarios = [
  {
    folder: 's117a-duplicate-node-ip',
    incidentTime: I,
    description: 'teastore webui flaky since lunch, product images missing half the time and some "Service unavailable" pages. nobody deployed anything. login still works mostly',
    difficulty: 'hard',
    traits: ['pods-ready', 'node-level', 'callers-only', 'time-expression'],
    expected: { component: 'image', cause: 'network-fault', node: 'tea-worker-2' },
    alsoAcceptable: [{ component: 'registry', cause: 'network-fault', node: 'tea-worker-2' }],
    logs: {
      'teastore-webui#0/teastore-webui': [
        j(-41, 'INFO', 'tools.descartes.teastore.registryclient.RegistryClient', 'Refreshing service list for: IMAGE'),
        ...[-33, -24, -16, -8, -2].flatMap((m) => [
          j(m, 'WARN', 'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer', `Failed to connect to service IMAGE at %IPOF:teastore-image#0%:8080: java.net.SocketTimeoutException: connect timed out`),
          j(m + 0.1, 'WARN', 'tools.descartes.teastore.registryclient.RegistryClient', 'No route to host (Host unreachable) while contacting registry at teastore-registry:8080'),
        ]),
      ],
      'teastore-image#0/teastore-image': [j(-60 * 24, 'INFO', 'org.apache.catalina.startup.Catalina', 'Server startup in [14211] milliseconds'), j(-5, 'INFO', 'tools.descartes.teastore.image.setup.SetupController', 'Image provider heartbeat to registry ok')],
    },
    grounding: `TeaStore as upstream (examples/kubernetes/teastore-clusterip.yaml); the kit places teastore-registry and teastore-image on tea-worker-2 (192.168.50.12); flannel VXLAN carries cross-node pod traffic to the node's address.
    Invented deviation, after public reports of duplicate IPv4 addresses on a bare-metal LAN (ARP flapping, intermittent loss to one host): a new lab machine was given 192.168.50.12 statically, so neighbours alternately resolve tea-worker-2's address to the wrong MAC and VXLAN packets to its pods are lost part of the time. Nothing in the Kubernetes API changes: pods stay Running and Ready (no probes upstream), nothing restarts, no node condition flips.
    Callers (webui) are loud with connect timeouts and No route to host toward the image pod and the registry. Expected image (teastore-image) network-fault on node tea-worker-2; registry (also on that node) is also accepted.`,
  },
];
