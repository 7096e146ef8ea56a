// Batch s21a (blind dev, split: dev): one Sock Shop incident for the scenario kit, written without seeing the engine,
// the rule packs or the system's other scenarios; system definition from scripts/s2-scenarios/sock-shop.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/sock-shop.mjs';

export const system = base;

// Spring Boot 1.x console pattern with Sleuth's [app,trace,span,export] (thread names cut to 15 characters, logger to 40).
const spring = (T, min, level, app, thread, logger, msg) =>
  `${T.java(min)} ${level.padStart(5)} [${app},,,] 7 --- [${thread.slice(-15).padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const kit = (T, min, kv) => `ts=${T.isoMs(min)} ${kv}`;

// s21a-payment-service-selector-commonlabels
const sel = (() => {
  const T = clock('2026-04-08T16:31:00Z');
  const applied = -22.4;
  const ordersErr = (min, thread) => [
    spring(T, min, 'ERROR', 'orders', thread, 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is java.lang.IllegalStateException: Unable to create order due to timeout from one of the services.] with root cause'),
    '',
    'java.net.ConnectException: Connection refused (Connection refused)',
    '\tat java.net.PlainSocketImpl.socketConnect(Native Method) ~[na:1.8.0_111]',
    '\tat java.net.AbstractPlainSocketImpl.doConnect(AbstractPlainSocketImpl.java:350) ~[na:1.8.0_111]',
    '\tat java.net.AbstractPlainSocketImpl.connectToAddress(AbstractPlainSocketImpl.java:206) ~[na:1.8.0_111]',
    '\tat java.net.AbstractPlainSocketImpl.connect(AbstractPlainSocketImpl.java:188) ~[na:1.8.0_111]',
    '\tat java.net.Socket.connect(Socket.java:589) ~[na:1.8.0_111]',
    '\tat sun.net.NetworkClient.doConnect(NetworkClient.java:175) ~[na:1.8.0_111]',
    '\tat sun.net.www.http.HttpClient.openServer(HttpClient.java:432) ~[na:1.8.0_111]',
    '\tat sun.net.www.protocol.http.HttpURLConnection.connect(HttpURLConnection.java:938) ~[na:1.8.0_111]',
    '\tat org.springframework.http.client.SimpleBufferingAsyncClientHttpRequest$1.call(SimpleBufferingAsyncClientHttpRequest.java:75) ~[spring-web-4.3.4.RELEASE.jar!/:4.3.4.RELEASE]',
    '\tat java.util.concurrent.FutureTask.run(FutureTask.java:266) ~[na:1.8.0_111]',
    '\tat java.lang.Thread.run(Thread.java:745) ~[na:1.8.0_111]',
    '',
  ];
  const ok = (min, thread) => spring(T, min, ' INFO', 'orders', thread, 'w.w.s.controllers.OrdersController', 'Received payment response: PaymentResponse{authorised=true, message=Payment authorised}');
  const orders = [
    ok(-41.3, 'http-nio-80-exec-2'),
    ok(-33.8, 'http-nio-80-exec-5'),
    ok(-26.0, 'http-nio-80-exec-7'),
    ...ordersErr(-20.6, 'http-nio-80-exec-1'),
    ...ordersErr(-17.2, 'http-nio-80-exec-4'),
    ...ordersErr(-12.9, 'http-nio-80-exec-8'),
    ...ordersErr(-8.4, 'http-nio-80-exec-3'),
    ...ordersErr(-3.7, 'http-nio-80-exec-6'),
    ...ordersErr(-1.1, 'http-nio-80-exec-9'),
  ];
  const fail = (min) => Date.parse(T.iso(min));
  const frontErr = (min) => [
    `Posting Order: {"customer":"http://user/customers/57a98d98e4b00679b4a830af","address":"http://user/addresses/57a98d98e4b00679b4a830ad","card":"http://user/cards/57a98d98e4b00679b4a830ae","items":"http://carts/carts/57a98d98e4b00679b4a830af/items"}`,
    `Order response: {"timestamp":${fail(min)},"status":500,"error":"Internal Server Error","exception":"java.lang.IllegalStateException","message":"Unable to create order due to timeout from one of the services.","path":"/orders"}`,
  ];
  const payment = [
    kit(T, -41.3, 'caller=logging.go:23 method=Authorise result=true took=6.117µs'),
    kit(T, -33.8, 'caller=logging.go:23 method=Authorise result=true took=4.802µs'),
    kit(T, -26.0, 'caller=logging.go:23 method=Authorise result=true took=5.334µs'),
  ];
  return {
    folder: 's21a-payment-service-selector-commonlabels',
    description: 'sock shop checkout broken since around 16:10, orders service returning 500 on place order',
    incidentTime: '2026-04-08T16:31:00Z',
    expected: { component: 'payment', cause: 'no-endpoints' },
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      Manifest facts (deploy/kubernetes/complete-demo.yaml): the payment Deployment and Service select name: payment on
      port 80; orders (Spring Boot 1.4, Sleuth log pattern) posts to http://payment/paymentAuth through an AsyncRestTemplate
      and wraps any failure of the payment, user or carts futures into IllegalStateException "Unable to create order due to
      timeout from one of the services."; the front-end (Node/Express) prints "Posting Order:" and "Order response:" with the
      500 body Spring Boot 1.x returns. Failure mode (a known kustomize gotcha): the payment team moved its manifests to a
      kustomization with commonLabels app.kubernetes.io/part-of: sock-shop; kustomize adds common labels to Service selectors
      and Deployment selectors, the apply of the Service succeeded, the Deployment's was refused (spec.selector is
      immutable), so the Service now selects a label the running pods do not carry and its Endpoints are empty from 16:08.
      The payment pods stay Running and Ready and log their last Authorise calls before the change; orders' calls to the
      ClusterIP are refused (kube-proxy REJECT for a Service without endpoints), orders is the loud one. Decoy: a carts OOM
      kill three days old (restartCount 1).`,
    workloads: {
      payment: {
        serviceSelector: { name: 'payment', 'app.kubernetes.io/part-of': 'sock-shop' },
        endpointsChanged: applied,
      },
      carts: {
        pods: [
          {
            containers: {
              carts: cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-60 * 24 * 3 - 17),
                last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 17.2) },
              }),
            },
          },
        ],
      },
    },
    events: [],
    logs: {
      'orders#0/orders': orders,
      'payment#0/payment': payment,
      'front-end#0/front-end': [...frontErr(-20.6), ...frontErr(-12.9), ...frontErr(-3.7)],
      'front-end#1/front-end': [...frontErr(-17.2), ...frontErr(-8.4), ...frontErr(-1.1)],
    },
  };
})();

export const scenarios = [sel];

/** Labels kustomize's commonLabels put on the Service's metadata with its selector (written by scripts/s21a-build.mjs). */
export const serviceLabels = {
  's21a-payment-service-selector-commonlabels': { payment: { 'app.kubernetes.io/part-of': 'sock-shop' } },
};
