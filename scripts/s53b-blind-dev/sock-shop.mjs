// Blind dev batch s53b, Sock Shop: shipping's pod is removed by a cluster-autoscaler scale-down and its replacement is refused
// by a namespace ResourceQuota set below actual usage; built with the session-2 Sock Shop system by scripts/s53b-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/sock-shop.mjs';

export const system = base;

const T = clock('2026-04-21T13:52:00Z');
const N1 = 'ip-10-0-1-23.eu-west-1.compute.internal';
const N2 = 'ip-10-0-2-148.eu-west-1.compute.internal';
const N3 = 'ip-10-0-3-91.eu-west-1.compute.internal';
const GONE = 'ip-10-0-2-201.eu-west-1.compute.internal';
const QUOTA_MSG = 'exceeded quota: compute-quota, requested: requests.memory=300Mi, used: requests.memory=2000Mi, limited: requests.memory=2Gi';

// Spring Boot 1.4 + Sleuth console pattern (SOURCES.md: `[app,,,]` when no span is current).
const spring = (min, level, app, thread, logger, msg) =>
  `${T.java(min)} ${level.padStart(5)} [${app},,,] 7 --- [${thread.slice(-15).padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const kit = (min, kv) => `ts=${T.isoMs(min)} ${kv}`;

const ADDR = "Address{id='null', number='246', street='Whitelees Road', city='Glasgow', postcode='G67 3DL', country='United Kingdom'}";
const CARD = "Card{id='null', longNum='5544154011345918', expires='08/27', ccv='958'}";
const CUST = "Customer{id='null', firstName='Eve', lastName='Berger', username='Eve_Berger', addresses=[], cards=[]}";

const refusedTrace = [
  'java.net.ConnectException: Connection refused (Connection refused)',
  '\tat java.net.PlainSocketImpl.socketConnect(Native Method) ~[na:1.8.0_111-internal]',
  '\tat java.net.AbstractPlainSocketImpl.doConnect(AbstractPlainSocketImpl.java:350) ~[na:1.8.0_111-internal]',
  '\tat java.net.AbstractPlainSocketImpl.connectToAddress(AbstractPlainSocketImpl.java:206) ~[na:1.8.0_111-internal]',
  '\tat java.net.AbstractPlainSocketImpl.connect(AbstractPlainSocketImpl.java:188) ~[na:1.8.0_111-internal]',
  '\tat java.net.SocksSocketImpl.connect(SocksSocketImpl.java:392) ~[na:1.8.0_111-internal]',
  '\tat java.net.Socket.connect(Socket.java:589) ~[na:1.8.0_111-internal]',
  '\tat sun.net.NetworkClient.doConnect(NetworkClient.java:175) ~[na:1.8.0_111-internal]',
  '\tat sun.net.www.http.HttpClient.openServer(HttpClient.java:432) ~[na:1.8.0_111-internal]',
  '\tat sun.net.www.http.HttpClient.openServer(HttpClient.java:527) ~[na:1.8.0_111-internal]',
  '\tat sun.net.www.http.HttpClient.<init>(HttpClient.java:211) ~[na:1.8.0_111-internal]',
  '\tat sun.net.www.protocol.http.HttpURLConnection.plainConnect0(HttpURLConnection.java:1113) ~[na:1.8.0_111-internal]',
  '\tat sun.net.www.protocol.http.HttpURLConnection.connect(HttpURLConnection.java:999) ~[na:1.8.0_111-internal]',
  '\tat org.springframework.http.client.SimpleBufferingClientHttpRequest.executeInternal(SimpleBufferingClientHttpRequest.java:78) ~[spring-web-4.3.4.RELEASE.jar!/:4.3.4.RELEASE]',
  '\tat org.springframework.http.client.AbstractBufferingClientHttpRequest.executeInternal(AbstractBufferingClientHttpRequest.java:48) ~[spring-web-4.3.4.RELEASE.jar!/:4.3.4.RELEASE]',
  '\tat org.springframework.http.client.AbstractClientHttpRequest.execute(AbstractClientHttpRequest.java:53) ~[spring-web-4.3.4.RELEASE.jar!/:4.3.4.RELEASE]',
  '\tat org.springframework.web.client.RestTemplate.doExecute(RestTemplate.java:652) ~[spring-web-4.3.4.RELEASE.jar!/:4.3.4.RELEASE]',
  '\tat org.springframework.web.client.RestTemplate.execute(RestTemplate.java:613) ~[spring-web-4.3.4.RELEASE.jar!/:4.3.4.RELEASE]',
  '\tat org.springframework.web.client.RestTemplate.exchange(RestTemplate.java:559) ~[spring-web-4.3.4.RELEASE.jar!/:4.3.4.RELEASE]',
  '\tat works.weave.socks.orders.services.AsyncGetService.postResource(AsyncGetService.java:89) ~[classes!/:na]',
  '\tat works.weave.socks.orders.services.AsyncGetService$$FastClassBySpringCGLIB$$f2d2d0a7.invoke(<generated>) ~[classes!/:na]',
  '\tat org.springframework.cglib.proxy.MethodProxy.invoke(MethodProxy.java:204) ~[spring-core-4.3.4.RELEASE.jar!/:4.3.4.RELEASE]',
  '\tat org.springframework.aop.interceptor.AsyncExecutionInterceptor$1.call(AsyncExecutionInterceptor.java:115) ~[spring-aop-4.3.4.RELEASE.jar!/:4.3.4.RELEASE]',
  '\tat java.util.concurrent.FutureTask.run(FutureTask.java:266) ~[na:1.8.0_111-internal]',
  '\tat java.lang.Thread.run(Thread.java:745) ~[na:1.8.0_111-internal]',
];

function ordersLogs() {
  const L = [];
  let exec = 3;
  const order = (min, ok) => {
    const th = `http-nio-80-exec-${exec}`;
    exec = (exec % 10) + 1;
    L.push(spring(min, 'INFO', 'orders', th, 'w.w.s.o.controllers.OrdersController', `Sending payment request: PaymentRequest{address=${ADDR}, card=${CARD}, customer=${CUST}, amount=${ok ? '23.98' : '41.97'}}`));
    L.push(spring(min + 0.004, 'INFO', 'orders', th, 'w.w.s.o.controllers.OrdersController', 'Received payment response: PaymentResponse{authorised=true, message=Payment authorised}'));
    if (!ok) {
      L.push(spring(min + 0.006, 'ERROR', 'orders', th, 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is java.lang.IllegalStateException: Unable to create order due to unspecified IO error.] with root cause'));
      L.push('', ...refusedTrace, '');
    }
  };
  for (let m = -58; m < -24.5; m += 3.1) order(m, true);
  for (let m = -23.1; m < -0.3; m += 1.9) order(m, false);
  return L;
}

const morgan = (status, path, ms, len) => {
  const c = status >= 500 ? 31 : status >= 400 ? 33 : status >= 300 ? 36 : 32;
  return `\x1b[0m${path.split(' ')[0]} ${path.split(' ')[1]} \x1b[${c}m${status} \x1b[0m${ms} ms - ${len}\x1b[0m`;
};

function frontLogs(seed) {
  const L = [];
  const order = { customer: 'http://user/customers/57a98d98e4b00679b4a830af', address: 'http://user/addresses/57a98d98e4b00679b4a830ad', card: 'http://user/cards/57a98d98e4b00679b4a830ae', items: 'http://carts/carts/57a98d98e4b00679b4a830af/items' };
  for (let m = -58 + seed; m < -0.5; m += 3.7) {
    L.push(morgan(200, 'GET /catalogue?size=5', (8 + seed * 3.1).toFixed(3), 1736));
    L.push(morgan(200, 'GET /cart', (11.2 + seed).toFixed(3), 226));
    if (m < -24.4 && Math.round(m * 10) % 3 === 0) {
      L.push(`Posting Order: ${JSON.stringify(order)}`);
      L.push(`Order response: ${JSON.stringify({ id: 'ok' }).replace('{"id":"ok"}', `{"id":"6627f${Math.abs(Math.round(m * 1000)).toString(16).padStart(6, '0')}e4b0c1f2a9d3","customerId":"57a98d98e4b00679b4a830af","customer":{"id":null,"firstName":"Eve","lastName":"Berger","username":"Eve_Berger","addresses":[],"cards":[]},"address":{"id":null,"number":"246","street":"Whitelees Road","city":"Glasgow","postcode":"G67 3DL","country":"United Kingdom"},"card":{"id":null,"longNum":"5544154011345918","expires":"08/27","ccv":"958"},"items":[{"id":"6627e1c4e4b0a3b2c1d0f9e8","itemId":"03fef6ac-1896-4ce8-bd69-b798f85c6e0b","quantity":1,"unitPrice":18.99}],"shipment":{"id":"${Math.abs(Math.round(m * 7919)).toString(16)}-7c1e-4d2a-9f3b-2a8c4e6d1b07","name":"57a98d98e4b00679b4a830af"},"date":"${T.isoMs(m).replace('Z', '+0000')}","total":23.98}`)}`);
      L.push(morgan(201, 'POST /orders', (141.7 + seed * 9).toFixed(3), 712));
    }
    if (m > -23) {
      L.push(`Posting Order: ${JSON.stringify(order)}`);
      L.push(`Order response: ${JSON.stringify({ statusCode: 500, body: { timestamp: Date.parse(T.isoMs(m)), status: 500, error: 'Internal Server Error', exception: 'java.lang.IllegalStateException', message: 'Unable to create order due to unspecified IO error.', path: '/orders' }, headers: { 'x-application-context': 'orders:80', 'content-type': 'application/json;charset=UTF-8', 'transfer-encoding': 'chunked', date: new Date(Date.parse(T.isoMs(m))).toUTCString(), connection: 'close' }, request: { uri: { protocol: 'http:', slashes: true, auth: null, host: 'orders', port: 80, hostname: 'orders', hash: null, search: null, query: null, pathname: '/orders', path: '/orders', href: 'http://orders/orders' }, method: 'POST', headers: { accept: 'application/json', 'content-type': 'application/json', 'content-length': 257 } } })}`);
      L.push(`Order response: ${JSON.stringify({ timestamp: Date.parse(T.isoMs(m)), status: 500, error: 'Internal Server Error', exception: 'java.lang.IllegalStateException', message: 'Unable to create order due to unspecified IO error.', path: '/orders' })}`);
      L.push(morgan(500, 'POST /orders', (96.4 + seed * 7).toFixed(3), 211));
    }
  }
  return L;
}

function paymentLogs() {
  const L = [];
  const orders = [];
  for (let m = -58; m < -24.5; m += 3.1) orders.push(m);
  for (let m = -23.1; m < -0.3; m += 1.9) orders.push(m);
  for (let m = -12; m < -0.02; m += 0.05) L.push([m, kit(m, `caller=logging.go:41 method=Health result=1 took=${(1.9 + ((m * 7) % 1.3 + 1.3) % 1.3).toFixed(3)}µs`)]);
  for (const m of orders) L.push([m + 0.002, kit(m + 0.002, `caller=logging.go:29 method=Authorise result=true took=${(24 + ((m * 13) % 9 + 9) % 9).toFixed(3)}µs`)]);
  return L.filter((x) => x[0] > -30).sort((a, b) => a[0] - b[0]).map((x) => x[1]);
}

function userLogs() {
  const L = [[-23.82, kit(-23.82, 'caller=main.go:155 transport=HTTP port=80')]];
  for (let m = -23.7; m < -0.02; m += 0.05) L.push([m, kit(m, `caller=middlewares.go:153 method=Health result=2 took=${(1.1 + ((m * 11) % 0.9 + 0.9) % 0.9).toFixed(6)}ms`)]);
  for (let m = -23.1; m < -0.3; m += 1.9) {
    L.push([m - 0.01, kit(m - 0.01, 'caller=middlewares.go:70 method=GetUsers id=57a98d98e4b00679b4a830af result=1 took=2.114302ms')]);
    L.push([m - 0.008, kit(m - 0.008, 'caller=middlewares.go:99 method=GetAddresses id=57a98d98e4b00679b4a830ad result=1 took=1.20917ms')]);
    L.push([m - 0.008, kit(m - 0.008, 'caller=middlewares.go:129 method=GetCards id=57a98d98e4b00679b4a830ae result=1 took=1.33045ms')]);
  }
  return L.sort((a, b) => a[0] - b[0]).map((x) => x[1]);
}

export const scenarios = [
  {
    folder: 's53b-shipping-gone-after-scaledown-quota-refuses-replacement',
    description: 'sock shop checkout broken since about 13:30 - customers get an error on "place order". payments say it is fine on their side',
    incidentTime: '2026-04-21T13:52:00Z',
    expected: { component: 'shipping', cause: 'quota-exceeded' },
    difficulty: 'hard',
    traits: ['louder-dependents', 'time-expression', 'decoy'],
    workloads: {
      'front-end': {
        replicas: 3,
        pods: [{ node: N1 }, { node: N2 }, { node: N3, created: T.iso(-52) }],
      },
      carts: {
        pods: [{ node: N1, containers: { carts: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 + 0.3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3) } }) } }],
      },
      user: { pods: [{ node: N1, created: T.iso(-23.9) }], endpointsChanged: -23.6 },
      shipping: {
        endpointsChanged: -24.35,
        pods: [],
        rsReplicas: 1,
        deployStatus: {
          observedGeneration: 5, replicas: 0, updatedReplicas: 0, readyReplicas: 0, availableReplicas: 0, unavailableReplicas: 1,
          conditions: [
            { type: 'Progressing', status: 'True', lastUpdateTime: T.iso(-60 * 24 * 9), lastTransitionTime: T.iso(-60 * 24 * 30), reason: 'NewReplicaSetAvailable', message: 'ReplicaSet "%RSNAME%" has successfully progressed.' },
            { type: 'Available', status: 'False', lastUpdateTime: T.iso(-23.9), lastTransitionTime: T.iso(-23.9), reason: 'MinimumReplicasUnavailable', message: 'Deployment does not have minimum availability.' },
            { type: 'ReplicaFailure', status: 'True', lastUpdateTime: T.iso(-23.9), lastTransitionTime: T.iso(-23.9), reason: 'FailedCreate', message: `pods "%FAILPOD%" is forbidden: ${QUOTA_MSG}` },
          ],
        },
      },
    },
    resourceQuotas: [{ name: 'compute-quota', hard: { 'requests.cpu': '2', 'requests.memory': '2Gi' }, used: { 'requests.cpu': '899m', 'requests.memory': '2000Mi' } }],
    hpas: [
      {
        name: 'front-end',
        spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'front-end' }, minReplicas: 2, maxReplicas: 6, metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } }] },
        status: {
          lastScaleTime: T.iso(-52), currentReplicas: 3, desiredReplicas: 3,
          currentMetrics: [{ type: 'Resource', resource: { name: 'cpu', current: { averageValue: '68m', averageUtilization: 68 } } }],
          conditions: [
            { type: 'AbleToScale', status: 'True', lastTransitionTime: T.iso(-52), reason: 'ReadyForNewScale', message: 'recommended size matches current size' },
            { type: 'ScalingActive', status: 'True', lastTransitionTime: T.iso(-60 * 24 * 20), reason: 'ValidMetricFound', message: 'the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)' },
            { type: 'ScalingLimited', status: 'False', lastTransitionTime: T.iso(-60 * 24 * 2), reason: 'DesiredWithinRange', message: 'the desired count is within the acceptable range' },
          ],
        },
      },
    ],
    events: [
      { on: 'hpa:front-end', reason: 'SuccessfulRescale', message: 'New size: 3; reason: cpu resource utilization (percentage of request) above target', first: -52.1 },
      { on: 'deploy:front-end', reason: 'ScalingReplicaSet', message: 'Scaled up replica set front-end-%NEW% to 3 from 2', first: -52.05 },
      { on: `node:${GONE}`, reason: 'ScaleDown', message: 'marked the node as toBeDeleted/unschedulable', source: 'cluster-autoscaler', first: -24.4 },
      { on: 'rs:user', reason: 'SuccessfulCreate', message: 'Created pod: %USERPOD%', first: -23.9 },
      { on: 'pod:user#0', reason: 'Scheduled', message: 'Successfully assigned sock-shop/%POD% to %NODE%', source: 'default-scheduler', first: -23.9 },
      { on: 'pod:user#0', reason: 'Pulled', message: 'Container image "weaveworksdemos/user:0.4.7" already present on machine', first: -23.85 },
      { on: 'pod:user#0', reason: 'Created', message: 'Created container user', first: -23.85 },
      { on: 'pod:user#0', reason: 'Started', message: 'Started container user', first: -23.85 },
      { on: 'rs:shipping', reason: 'FailedCreate', type: 'Warning', message: `Error creating: pods "shipping-%RS%" is forbidden: ${QUOTA_MSG}`, first: -23.9, last: -1.6, count: 17 },
      { on: `node:${GONE}`, reason: 'RemovingNode', message: `Node ${GONE} event: Removing Node ${GONE} from Controller`, source: 'node-controller', first: -22.6 },
    ],
    logs: {
      'orders#0/orders': ordersLogs(),
      'front-end#0/front-end': frontLogs(0),
      'front-end#1/front-end': frontLogs(1.3),
      'payment#0/payment': paymentLogs(),
      'user#0/user': userLogs(),
    },
    grounding: `
      Sock Shop as the session-2 system (microservices-demo complete-demo.yaml at 9dff06f). Fault: the platform team's GitOps
      "tenancy baseline" added a ResourceQuota compute-quota (requests.cpu 2, requests.memory 2Gi) four hours earlier, sized from
      a dashboard that missed the front-end HPA's extra replica; usage was already above it, which Kubernetes allows for existing
      pods. At 13:27 cluster-autoscaler scaled down the under-used fourth node (ip-10-0-2-201) and evicted user and shipping from
      it. The user replacement (100Mi) still fit; shipping's (300Mi) is refused by quota admission: FailedCreate on the ReplicaSet
      with the apiserver's "exceeded quota: …, requested: …, used: …, limited: …" text, a ReplicaFailure condition on the
      Deployment, no shipping pod and empty Endpoints. CA does not check quotas before evicting (cluster-autoscaler FAQ); the
      quota-admission wording follows kubernetes/kubernetes plugin/pkg/admission/resourcequota. orders 0.4.7 (OrdersController:
      payment first, then AsyncGetService.postResource to http://shipping/shipping) throws "Unable to create order due to
      unspecified IO error." on the refused connection (kube-proxy REJECT); the front-end (api/orders/index.js) logs the 500
      response and morgan's dev line. Payment authorises every order (decoy for "payment"). Decoys: the front-end HPA scale-up to
      3 fifty minutes earlier, a carts OOMKill three days old, the autoscaler's node removal, the freshly recreated user pod.
      Deviations from upstream: the quota and the HPA (upstream has neither), a fourth node that no longer exists, pods spread
      over the three remaining nodes; the ReplicaSet status and the quota's metadata are written by the post step.
    `,
    post(dir, h) {
      const pods = h.read(dir, 'pods');
      const rs = h.read(dir, 'replicasets');
      const ship = rs.items.find((r) => r.metadata.name.startsWith('shipping-'));
      const userPod = pods.items.find((p) => p.metadata.name.startsWith('user-')).metadata.name;
      const failPod = `${ship.metadata.name}-q2xlm`;
      h.edit(dir, 'replicasets', (l) => {
        const r = l.items.find((x) => x.metadata.name === ship.metadata.name);
        r.status = { replicas: 0, fullyLabeledReplicas: 0, readyReplicas: 0, availableReplicas: 0, observedGeneration: 1, conditions: [{ type: 'ReplicaFailure', status: 'True', lastTransitionTime: T.iso(-23.9), reason: 'FailedCreate', message: `pods "${failPod}" is forbidden: ${QUOTA_MSG}` }] };
      });
      h.edit(dir, 'deployments', (l) => {
        const d = l.items.find((x) => x.metadata.name === 'shipping');
        for (const c of d.status.conditions) c.message = c.message.replace('%RSNAME%', ship.metadata.name).replace('%FAILPOD%', failPod);
      });
      h.edit(dir, 'events', (l) => {
        for (const e of l.items) e.message = e.message.replace('%USERPOD%', userPod);
        const oldShip = `${ship.metadata.name}-7kq4d`;
        const oldUser = `${pods.items.find((p) => p.metadata.name.startsWith('user-')).metadata.ownerReferences[0].name}-t9w2b`;
        for (const [i, [pod, container]] of [[oldShip, 'shipping'], [oldUser, 'user']].entries()) {
          const ref = { kind: 'Pod', namespace: 'sock-shop', name: pod, uid: h.uid(`sock-shop/s53b/${pod}`), apiVersion: 'v1', resourceVersion: String(8990000 + i) };
          l.items.push(h.event(`${pod}.ca${i}`, ref, 'ScaleDown', 'deleting pod for node scale down', { component: 'cluster-autoscaler' }, T.iso(-24.35), T.iso(-24.35), 1, 'Normal'));
          l.items.push(h.event(`${pod}.kl${i}`, { ...ref, fieldPath: `spec.containers{${container}}` }, 'Killing', `Stopping container ${container}`, { component: 'kubelet', host: GONE }, T.iso(-24.3), T.iso(-24.3), 1, 'Normal'));
        }
      });
      h.edit(dir, 'resourcequotas', (l) => {
        const q = l.items[0];
        q.metadata.creationTimestamp = T.iso(-251);
        q.metadata.labels = { 'app.kubernetes.io/instance': 'tenancy-baseline-sock-shop' };
        q.metadata.annotations = { 'argocd.argoproj.io/tracking-id': 'tenancy-baseline-sock-shop:/ResourceQuota:sock-shop/compute-quota' };
      });
    },
  },
];
