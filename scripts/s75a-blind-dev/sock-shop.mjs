// Blind dev batch s75a — Sock Shop spec: catalogue's pod moved by the descheduler onto a node of a new node group whose security
// group admits no traffic from the old nodes, so every call to catalogue times out while it stays Ready; built by scripts/s75a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as ssSystem } from '../s2-scenarios/sock-shop.mjs';

const NEW_NODE = {
  name: 'ip-10-0-4-212.eu-west-1.compute.internal',
  ip: '10.0.4.212',
  podCidr: '10.0.4',
  zone: 'eu-west-1a',
  group: 'general-2026',
  providerID: 'aws:///eu-west-1a/i-0c5e81a7d3f249b06',
};
export const system = { ...ssSystem, nodes: [...ssSystem.nodes, NEW_NODE] };

const INCIDENT = '2026-03-22T13:40:00Z';
const T = clock(INCIDENT);
const MOVED = -42;
const OLD = ssSystem.nodes.map((n) => n.name);

// Keep every pod where the three original nodes put it; only catalogue's replacement pod runs on the new node.
const placement = {};
ssSystem.workloads.forEach((w, idx) => {
  const n = w.replicas ?? 1;
  placement[w.name] = { pods: Array.from({ length: n }, (_, i) => ({ node: OLD[(idx + i) % OLD.length] })) };
});

const kit = (min, kv) => `ts=${T.isoMs(min).replace(/\.(\d{3})Z$/, '.$1Z')} ${kv}`;
const morgan = (min, method, url, status, ms, len) => `${method} ${url} ${status} ${ms.toFixed(3)} ms - ${len}`;

const frontLog = (k) => {
  const out = [];
  for (let m = -60; m < -0.3; m += 1.3) {
    out.push(morgan(m, 'GET', '/', 200, 4.1 + (k % 3), 8688));
    if (m < MOVED + 1) {
      out.push(morgan(m + 0.01, 'GET', '/catalogue?page=1&size=6', 200, 21.7 + k, 2130));
      out.push(morgan(m + 0.02, 'GET', '/catalogue/size?tags=', 200, 9.2, 12));
    } else if (m < -2.5) {
      out.push('Error: connect ETIMEDOUT %SVCIP:catalogue%:80');
      out.push('    at TCPConnectWrap.afterConnect [as oncomplete] (net.js:1107:14)');
      out.push(morgan(m + 2.2, 'GET', '/catalogue?page=1&size=6', 500, 130812.442 + k * 17, 2));
      if (Math.abs(Math.round(m * 10)) % 3 === 0) {
        out.push('Error: connect ETIMEDOUT %SVCIP:catalogue%:80');
        out.push('    at TCPConnectWrap.afterConnect [as oncomplete] (net.js:1107:14)');
        out.push(morgan(m + 2.25, 'POST', '/cart', 500, 130690.118, 2));
      }
    }
    out.push(morgan(m + 0.05, 'GET', '/cart', 200, 14.3, 2));
    out.push(morgan(m + 0.06, 'GET', '/customers/57a98d98e4b00679b4a830af', 200, 11.9, 233));
  }
  return out;
};

export const scenarios = [
  {
    folder: 's75a-catalogue-on-new-nodegroup-sg-drops',
    description: 'sock shop catalogue page just spins, add to cart hangs too — since around lunch (12:58?). catalog pod is Running/Ready, logins + orders history still work',
    incidentTime: INCIDENT,
    expected: { component: 'catalogue', cause: 'network-fault' },
    alsoAcceptable: [{ component: 'catalogue', cause: 'dependency-down' }, { component: 'catalogue', cause: 'network-fault', node: NEW_NODE.name }],
    difficulty: 'hard',
    traits: ['pods-ready', 'callers-only', 'louder-dependents', 'partial-name', 'time-expression'],
    grounding: `
      Manifest facts (deploy/kubernetes/complete-demo.yaml at 9dff06f): catalogue (Go kit, port 80, readiness/liveness httpGet
      /health from the kubelet on its own node) serves the front-end (Node.js, request library, api/catalogue proxies
      http://catalogue/...; api/cart looks the price up in catalogue before adding to carts). catalogue reaches catalogue-db:3306.
      Fault: the platform team added EKS node group general-2026 (${NEW_NODE.name}) 75 minutes before the incident with a new
      security group that admits traffic only from itself (the old node groups' security group was not given an inbound rule
      for it); 42 minutes before the incident the descheduler (LowNodeUtilization) evicted catalogue's pod and its replacement
      was scheduled on the empty new node. Its kubelet probes are local and succeed, so catalogue is Ready with healthy
      endpoints, and its own outbound connection to catalogue-db works (stateful return traffic), but SYNs from the front-end
      pods on the old nodes are dropped: the front-end logs "Error: connect ETIMEDOUT <catalogue ClusterIP>:80" after ~130s
      (Linux SYN retries) and 500s on /catalogue and POST /cart; user, carts and orders paths still work. The shape follows
      the EKS user guide's security group requirements for node groups and public reports of pods unreachable across node
      groups with separate security groups; nothing in the cluster API shows the security group.
      No decoy workload: the rotation of the other pods is unchanged; catalogue logs only its own Health calls.
      Deviations from upstream: the fourth node, its node group and the descheduler eviction (the evicted pod is gone, so
      its events are not in the snapshot).
    `,
    workloads: {
      ...placement,
      catalogue: {
        pods: [{ node: NEW_NODE.name, created: T.iso(MOVED), readyTransition: T.iso(MOVED + 3.2) }],
        endpointsChanged: MOVED + 3.2,
      },
    },
    events: [
      { on: `node:${NEW_NODE.name}`, reason: 'RegisteredNode', source: 'node-controller', message: `Node ${NEW_NODE.name} event: Registered Node ${NEW_NODE.name} in Controller`, first: -75 },
      { on: `node:${NEW_NODE.name}`, reason: 'NodeReady', message: `Node ${NEW_NODE.name} status is now: NodeReady`, first: -74.5 },
      { on: 'rs:catalogue', reason: 'SuccessfulCreate', message: 'Created pod: catalogue-%RS%', first: MOVED },
      { on: 'pod:catalogue#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned sock-shop/%POD% to %NODE%', first: MOVED },
      { on: 'pod:catalogue#0', reason: 'Pulling', fieldPath: 'spec.containers{catalogue}', message: 'Pulling image "weaveworksdemos/catalogue:0.3.5"', first: MOVED + 0.05 },
      { on: 'pod:catalogue#0', reason: 'Pulled', fieldPath: 'spec.containers{catalogue}', message: 'Successfully pulled image "weaveworksdemos/catalogue:0.3.5" in 4.218s (4.218s including waiting). Image size: 11263721 bytes.', first: MOVED + 0.15 },
      { on: 'pod:catalogue#0', reason: 'Created', fieldPath: 'spec.containers{catalogue}', message: 'Created container catalogue', first: MOVED + 0.2 },
      { on: 'pod:catalogue#0', reason: 'Started', fieldPath: 'spec.containers{catalogue}', message: 'Started container catalogue', first: MOVED + 0.2 },
    ],
    logs: {
      'front-end#0/front-end': frontLog(0),
      'front-end#1/front-end': frontLog(1),
      'catalogue#0/catalogue': (() => {
        const out = [kit(MOVED + 0.21, 'caller=main.go:93 msg="connected to database"'), kit(MOVED + 0.21, 'transport=HTTP port=80')];
        for (let m = MOVED + 3; m < -0.3; m += 0.05) out.push(kit(m, `caller=logging.go:80 method=Health result=2 took=${(4 + (Math.abs(Math.round(m * 100)) % 9)).toString()}.${Math.abs(Math.round(m * 1000)) % 1000}µs`));
        return out;
      })(),
      'user#0/user': (() => {
        const out = [];
        for (let m = -60; m < -0.3; m += 1.3) out.push(kit(m + 0.06, `caller=logging.go:48 method=GetUsers result=1 took=${(2 + Math.abs(Math.round(m)) % 3)}.41ms`));
        return out;
      })(),
    },
  },
];
