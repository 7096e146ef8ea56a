// Blind dev batch s109a, Sock Shop: one scenario (catalogue's only pod, moved off a node consolidated by the autoscaler,
// cannot get a network sandbox because aws-node/ipamd is down on its new node; the Service has no endpoints).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';
export { system };

const I = '2026-03-27T16:18:00Z';
const T = clock(I);
const N2 = 'ip-10-0-2-148.eu-west-1.compute.internal';
const sandbox = 'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "4e1b9c07d2a85f36e0c4b7a91d2f58e3c6a0b4d97e1f2c385a6d0e9b7c4f1a28": plugin type="aws-cni" name="aws-cni" failed (add): add cmd: Error received from AddNetwork gRPC call: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp 127.0.0.1:50051: connect: connection refused"';
const econn = (min) => [
  `Error: connect ECONNREFUSED %SVCIP:catalogue%:80`,
  '    at Object.exports._errnoException (util.js:1026:11)',
  '    at exports._exceptionWithHostPort (util.js:1049:20)',
  '    at TCPConnectWrap.afterConnect [as oncomplete] (net.js:1085:14)',
];

export const scenarios = [
  {
    folder: 's109a-catalogue-no-sandbox-ipamd',
    incidentTime: I,
    description: 'sockshop catalog page empty for ~20 min, "no socks" for everyone. login + cart look ok',
    expected: { component: 'catalogue', cause: 'dependency-down' },
    alsoAcceptable: [{ component: 'catalogue', cause: 'no-endpoints' }, { component: 'catalogue', cause: 'network-fault' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'decoy', 'partial-name', 'time-expression'],
    workloads: {
      catalogue: {
        since: -21,
        pods: [{ node: N2, creating: true, created: T.iso(-21) }],
        unavailableSince: -21,
        endpointsChanged: -21.2,
      },
      carts: {
        pods: [{ containers: { carts: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 2), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 8), finishedAt: T.iso(-60 * 24 * 2 - 0.1) } }) } }],
      },
    },
    events: [
      { on: 'pod:catalogue#0', reason: 'Scheduled', source: 'default-scheduler', message: `Successfully assigned sock-shop/%POD% to ${N2}`, first: -21 },
      { on: 'pod:catalogue#0', reason: 'FailedCreatePodSandBox', type: 'Warning', message: sandbox, first: -20.9, last: -0.4, count: 87 },
      { on: 'rs:catalogue', reason: 'SuccessfulCreate', message: 'Created pod: catalogue-%RS%', first: -21.05 },
      { on: `node:${N2}`, reason: 'NodeHasSufficientMemory', message: `Node ${N2} status is now: NodeHasSufficientMemory`, first: -60 * 24 * 3 },
    ],
    logs: {
      'front-end#0/front-end': [...econn(-3), 'GET /catalogue?size=5 500 3.481 ms - 0', ...econn(-1), 'GET /catalogue?page=1&size=6&tags= 500 2.967 ms - 0', 'GET /cart 200 41.022 ms - 2'],
      'front-end#1/front-end': [...econn(-2), 'GET /catalogue/size?tags= 500 2.114 ms - 0', 'GET /customers/57a98d98e4b00679b4a830af 200 19.337 ms - 352'],
      'user#0/user': [`ts=${T.iso(-2)} caller=logging.go:47 method=GetUsers id=57a98d98e4b00679b4a830af result=1 err=null took=2.731485ms`],
      'carts#0/carts': [`${T.java(-1.5)}  INFO [carts,,,] 1 --- [p-nio-80-exec-7] w.d.c.c.CartsController                 : Cart for customer 57a98d98e4b00679b4a830af`],
    },
    grounding: `Manifests: microservices-demo/microservices-demo deploy/kubernetes/complete-demo.yaml (system of scripts/s2-scenarios/sock-shop.mjs): catalogue has one replica, the front-end reaches it at http://catalogue/ .
      Fault: the node that ran catalogue was consolidated by the autoscaler; the replacement pod landed on ${N2} where aws-node (ipamd) is not serving, so every sandbox fails with the VPC CNI's "Error received from AddNetwork gRPC call ... dial tcp 127.0.0.1:50051: connect: connection refused" (aws/amazon-vpc-cni-k8s issues). catalogue stays ContainerCreating without an IP, its Endpoints are empty, and kube-proxy rejects connections to the ClusterIP, so front-end logs ECONNREFUSED on every catalogue call while carts and user serve normally.
      Deviations: kube-system (aws-node) objects are outside the snapshot; the scale-down itself is not shown. Decoy: carts OOMKilled two days ago.`,
  },
];
