// Blind dev batch s121a: one Robot Shop scenario (a patched EKS node rebooted with IP forwarding turned off, so the
// pods on it cannot reach or be reached from other nodes), on the kit system scripts/kit-systems/robot-shop.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';
export { system, defaultPvcs };

const I = '2025-04-09T09:40:00Z';
const T = clock(I);
const [N0, N1, N2] = system.nodes.map((n) => n.name);
const rebooted = (c) => cs.restartedRunning({ restarts: 1, startedAt: T.iso(-47), last: { exitCode: 255, reason: 'Unknown', startedAt: T.iso(-60 * 24 * 12), finishedAt: T.iso(-52) } });
const nginxTs = (min) => {
  const d = new Date(Date.parse(T.iso(min)));
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  return `${String(d.getUTCDate()).padStart(2, '0')}/${mon}/${d.getUTCFullYear()}:${T.hm(min)}:${String(d.getUTCSeconds()).padStart(2, '0')} +0000`;
};
const errTs = (min) => `${T.go(min)}`;
const web = [];
for (let k = 0; k < 10; k++) {
  const m = -70 + k * 2;
  web.push(`10.1.1.12 - - [${nginxTs(m)}] "GET /api/catalogue/products HTTP/1.1" 200 2961 "http://shop.robotshop.example/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"`);
  web.push(`10.1.2.40 - - [${nginxTs(m + 0.3)}] "GET /api/cart/cart/8f3a2c HTTP/1.1" 200 412 "http://shop.robotshop.example/" "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)"`);
}
for (let k = 0; k < 12; k++) {
  const m = -44 + k * 3.4;
  web.push(`10.1.1.12 - - [${nginxTs(m)}] "GET /api/catalogue/products HTTP/1.1" 200 2961 "http://shop.robotshop.example/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"`);
  web.push(`10.1.2.40 - - [${nginxTs(m + 0.5)}] "GET /api/cart/add/${['c4e1', '9a2f', '77bd'][k % 3]}/HAL-1/1 HTTP/1.1" 500 93 "http://shop.robotshop.example/" "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)"`);
  if (k % 3 === 0) {
    web.push(`${errTs(m + 1.5)} [error] 22#22: *${4100 + k} upstream timed out (110: Connection timed out) while connecting to upstream, client: 10.1.1.12, server: localhost, request: "POST /api/payment/pay/c4e1 HTTP/1.1", upstream: "http://%SVCIP:payment%:8080/pay/c4e1", host: "shop.robotshop.example"`);
    web.push(`10.1.1.12 - - [${nginxTs(m + 1.5)}] "POST /api/payment/pay/c4e1 HTTP/1.1" 504 167 "http://shop.robotshop.example/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"`);
  }
}
const cart = [pino(T, -300, 'info', '%POD%', 'connected to redis')];
for (let k = 0; k < 8; k++) cart.push(pino(T, -51.5 + k * 0.05, 'error', '%POD%', `Redis connection to redis:6379 failed - connect ETIMEDOUT %SVCIP:redis%:6379`, ''));
for (let k = 0; k < 12; k++) cart.push(pino(T, -43.5 + k * 3.4, 'error', '%POD%', 'ERROR', `"err":{"type":"Error","message":"Redis connection in broken state, retry aborted.","stack":"AbortError: Redis connection in broken state, retry aborted.\\n    at RedisClient.connection_gone (/opt/server/node_modules/redis/index.js:569:14)","code":"CONNECTION_BROKEN"},`));

export const scenarios = [
  withDefaults({
    folder: 's121a-patched-node-forwarding-off',
    incidentTime: I,
    description: 'robotshop add-to-cart + pay broken since the patch window (~8:50). catalogue still works, every node says Ready. basket team being paged',
    expected: { component: 'redis', cause: 'network-fault', node: N2 },
    alsoAcceptable: [
      { component: 'payment', cause: 'network-fault', node: N2 },
      { component: 'dispatch', cause: 'network-fault', node: N2 },
    ],
    difficulty: 'hard',
    traits: ['pods-ready', 'node-level', 'callers-only', 'louder-dependents', 'decoy', 'team-name', 'time-expression'],
    grounding: `
      Fault: node ${N2} was rebooted in the patch window 52 minutes before the incident; the new hardening profile it
      picked up sets net.ipv4.ip_forward = 0 in /etc/sysctl.d (a CIS benchmark item), so after boot the node no longer
      forwards packets between its pod ENIs and the VPC. The kubelet, the API and every pod on the node look healthy
      (Ready; the readiness probes come from the kubelet on the same host), but nothing crosses the node: cart (node
      ${N0}) times out connecting to redis, web times out connecting to payment, dispatch on the node cannot reach
      rabbitmq. Grounded in public reports of Kubernetes pod networking dying after a reboot reset ip_forward
      (kubeadm preflight "/proc/sys/net/ipv4/ip_forward contents are not set to 1"; EKS AMI troubleshooting).
      Pods on ${N2} show restartCount 1 with lastState Unknown / exit 255, what containerd reports after a reboot.
      The culprit component is the node's path; redis (cart's critical store) is the named answer, payment and
      dispatch (the other pods on the node) also acceptable. Deviations from the Helm chart: web pinned to ${N0}
      (kit placement); decoy: shipping OOMKilled two days ago (JVM), catalogue healthy, redis itself logs nothing.
      The redis pod's owner is the StatefulSet (post-processed by scripts/s121a-build.mjs).
    `,
    nodes: {
      [N2]: {
        conditions: {
          Ready: { type: 'Ready', status: 'True', lastHeartbeatTime: T.iso(-0.4), lastTransitionTime: T.iso(-48), reason: 'KubeletReady', message: 'kubelet is posting ready status' },
        },
      },
    },
    workloads: {
      web: { pods: [{ node: N0 }] },
      payment: { pods: [{ node: N2, containers: { payment: rebooted() } }] },
      dispatch: { pods: [{ node: N2, containers: { dispatch: rebooted() } }] },
      redis: { pods: [{ node: N2, containers: { redis: rebooted() } }] },
      cart: { pods: [{ node: N0 }] },
      shipping: {
        pods: [{ node: N0, containers: { shipping: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 2), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 2 - 0.2) } }) } }],
      },
    },
    events: [
      { on: `node:${N2}`, reason: 'Rebooted', type: 'Warning', message: `Node ${N2} has been rebooted, boot id: 4b7e1f0a-93c2-4d58-a1e6-0f8b2c7d9e35`, first: -49 },
      { on: `node:${N2}`, reason: 'Starting', message: 'Starting kubelet.', first: -49 },
      { on: `node:${N2}`, reason: 'NodeReady', message: `Node ${N2} status is now: NodeReady`, first: -48 },
      { on: 'pod:redis#0', reason: 'SandboxChanged', message: 'Pod sandbox changed, it will be killed and re-created.', first: -48, fieldPath: undefined },
      { on: 'pod:payment#0', reason: 'SandboxChanged', message: 'Pod sandbox changed, it will be killed and re-created.', first: -48 },
      { on: 'pod:dispatch#0', reason: 'SandboxChanged', message: 'Pod sandbox changed, it will be killed and re-created.', first: -48 },
      { on: 'pod:redis#0', reason: 'Started', message: 'Started container redis', first: -47, fieldPath: 'spec.containers{redis}' },
    ],
    logs: {
      'web#0/web': web,
      'cart#0/cart': cart,
      'redis#0/redis': [
        `1:C 09 Apr 09:53:02.118 # oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo`,
        `1:C 09 Apr 09:53:02.118 # Redis version=4.0.6, bits=64, commit=00000000, modified=0, pid=1, just started`,
        `1:M 09 Apr 09:53:02.121 * Running mode=standalone, port=6379.`,
        `1:M 09 Apr 09:53:02.121 # Server initialized`,
        `1:M 09 Apr 09:53:02.122 * DB loaded from disk: 0.000 seconds`,
        `1:M 09 Apr 09:53:02.122 * Ready to accept connections`,
      ].map((l) => l.replace('09:53', T.hm(-47))),
      'dispatch#0/dispatch': [
        `${T.go(-46.8)} Connecting to amqp://guest:guest@rabbitmq:5672/`,
        `${T.go(-46.3)} Failed to connect to RabbitMQ dial tcp %SVCIP:rabbitmq%:5672: i/o timeout`,
        `${T.go(-45.3)} Connecting to amqp://guest:guest@rabbitmq:5672/`,
        `${T.go(-44.8)} Failed to connect to RabbitMQ dial tcp %SVCIP:rabbitmq%:5672: i/o timeout`,
        `${T.go(-2)} Connecting to amqp://guest:guest@rabbitmq:5672/`,
        `${T.go(-1.5)} Failed to connect to RabbitMQ dial tcp %SVCIP:rabbitmq%:5672: i/o timeout`,
      ],
      'catalogue#0/catalogue': [
        pino(T, -300, 'info', '%POD%', 'MongoDB connected'),
        pino(T, -20, 'info', '%POD%', 'request completed', '"req":{"id":118,"method":"GET","url":"/products"},"res":{"statusCode":200},"responseTime":4,'),
      ],
    },
  }),
];
