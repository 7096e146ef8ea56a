// Blind dev batch s103a, TeaStore: one scenario (flannel never rewrote subnet.env after a node reboot; auth cannot get a sandbox).
// System from scripts/kit-systems/teastore.mjs; built by scripts/s103a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };
const T = clock('2025-04-08T10:58:00Z');
const sandbox = 'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "%ID%": plugin type="flannel" failed (add): loadFlannelSubnetEnv failed: open /run/flannel/subnet.env: no such file or directory';
const cat = (min, level, cls, msg) => `${T.java(min).replace(' ', ' ').replace(/^(\d+)-(\d+)-(\d+)/, (_, y, m, d) => `${d}-${['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][Number(m) - 1]}-${y}`)} ${level} [${cls}] ${msg}`;

export const scenarios = [
  {
    folder: 's103a-auth-sandbox-flannel-subnet-env',
    incidentTime: T.iso(0),
    description: 'teastore login broken since ~10:40, browsing the catalog still works. recommender widget also empty',
    difficulty: 'hard',
    traits: ['node-level', 'louder-dependents', 'decoy', 'time-expression'],
    expected: { component: 'auth', cause: 'network-fault', node: 'tea-worker-3' },
    alsoAcceptable: [{ component: 'auth', cause: 'dependency-down' }],
    workloads: {
      'teastore-persistence': { pods: [{ node: 'tea-worker-1' }] },
      'teastore-auth': { pods: [{ node: 'tea-worker-3', creating: true, created: T.iso(-19) }], unavailableSince: -19, endpointsChanged: -19.5 },
      'teastore-recommender': { pods: [{ node: 'tea-worker-3', creating: true, created: T.iso(-19) }], unavailableSince: -19, endpointsChanged: -19.5 },
    },
    events: [
      { on: 'node:tea-worker-3', reason: 'Rebooted', type: 'Warning', message: 'Node tea-worker-3 has been rebooted, boot id: 0b7e3f21-9c4a-4d8e-b6f1-2a5c7d9e4f10', first: -20 },
      { on: 'node:tea-worker-3', reason: 'NodeReady', message: 'Node tea-worker-3 status is now: NodeReady', first: -19.7 },
      { on: 'pod:teastore-auth#0', reason: 'Scheduled', message: 'Successfully assigned teastore/%POD% to tea-worker-3', source: 'default-scheduler', first: -19 },
      { on: 'pod:teastore-auth#0', reason: 'FailedCreatePodSandBox', type: 'Warning', message: sandbox.replace('%ID%', '6a1f0c9e2b7d4e53a8c1f0b9d2e4a7c3f5e1d9b0a2c4e6f8a1b3c5d7e9f0a2b4'), first: -18.9, last: -0.4, count: 71 },
      { on: 'pod:teastore-recommender#0', reason: 'Scheduled', message: 'Successfully assigned teastore/%POD% to tea-worker-3', source: 'default-scheduler', first: -19 },
      { on: 'pod:teastore-recommender#0', reason: 'FailedCreatePodSandBox', type: 'Warning', message: sandbox.replace('%ID%', 'c3e5a7b9d1f2e4a6c8b0d2f4a6c8e0b2d4f6a8c0e2b4d6f8a0c2e4b6d8f0a2c4'), first: -18.9, last: -0.6, count: 69 },
      { on: 'pod:teastore-db#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container teastore-db in pod %POD%', first: -60 * 24 * 3, last: -60 * 24 * 3 + 2, count: 3 },
    ],
    logs: {
      'teastore-webui#0/teastore-webui': [
        cat(-60, 'INFO', 'tools.descartes.teastore.registryclient.RegistryClient', 'Registered teastore-webui:8080'),
        cat(-17.2, 'WARNING', 'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer', 'No instances of service auth available'),
        cat(-17.2, 'SEVERE', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [LoginActionServlet] in context with path [/tools.descartes.teastore.webui] threw exception\n\ttools.descartes.teastore.registryclient.loadbalancers.LoadBalancerTimeoutException: Timeout while waiting for service auth\n\t\tat tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation(ServiceLoadBalancer.java:310)\n\t\tat tools.descartes.teastore.registryclient.rest.LoadBalancedStoreOperations.login(LoadBalancedStoreOperations.java:171)\n\t\tat tools.descartes.teastore.webui.servlet.LoginActionServlet.handlePOSTRequest(LoginActionServlet.java:74)'),
        cat(-3.4, 'WARNING', 'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer', 'No instances of service recommender available'),
        cat(-1.1, 'SEVERE', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [CartActionServlet] in context with path [/tools.descartes.teastore.webui] threw exception\n\ttools.descartes.teastore.registryclient.loadbalancers.LoadBalancerTimeoutException: Timeout while waiting for service auth\n\t\tat tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation(ServiceLoadBalancer.java:310)'),
      ],
      'teastore-registry#0/teastore-registry': [
        cat(-19.8, 'INFO', 'tools.descartes.teastore.registry.rest.Registry', 'Heartbeat of teastore-auth:8080 timed out; unregistering'),
        cat(-19.8, 'INFO', 'tools.descartes.teastore.registry.rest.Registry', 'Heartbeat of teastore-recommender:8080 timed out; unregistering'),
      ],
    },
    grounding: `
      flannel's CNI plugin reads /run/flannel/subnet.env, which kube-flannel writes once it has started on the node;
      on a rebooted node where kube-flannel has not come back (here its DaemonSet pod is outside the snapshot's
      namespace) every new sandbox fails with "loadFlannelSubnetEnv failed: open /run/flannel/subnet.env: no such
      file or directory" (flannel-io/flannel issues). TeaStore has one replica of auth and recommender and no probes
      upstream; the webui's registry load balancer finds no instance of auth. Deviations: pods placed by hand
      (auth and recommender on tea-worker-3, persistence on tea-worker-1); TeaStore log texts are paraphrased from
      its RegistryClient/ServiceLoadBalancer classes. Decoy: a three-day-old BackOff of teastore-db.
    `,
  },
];
