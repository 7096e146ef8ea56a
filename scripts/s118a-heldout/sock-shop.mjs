// Held-out batch s118a (split test): one Sock Shop scenario on the session-2 system definition.
// Spec for scripts/s2-scenario-kit.mjs; built by scripts/s118a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';
export { system };

const IT = '2026-05-13T14:41:00Z';
const T = clock(IT);
const spring = (min, level, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [orders,,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const oom = (s, f) => ({ exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(s), finishedAt: T.iso(f) });

export const scenarios = [{
  folder: 's118a-payment-oomkilled',
  incidentTime: IT,
  description: 'place order fails with internal server error since about 14:20, orders team says its not them',
  expected: { component: 'payment', cause: 'oom-killed' },
  alsoAcceptable: [{ component: 'payment', cause: 'crash-loop' }, { component: 'payment', cause: 'resource-exhaustion' }],
  difficulty: 'medium',
  traits: ['louder-dependents', 'decoy', 'time-expression', 'team-name'],
  workloads: {
    payment: { pods: [{ containers: { payment: cs.crashLoop({ restarts: 6, exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-3.9), finishedAt: T.iso(-2.6), container: 'payment' }) } }], unavailableSince: -20 },
    carts: { pods: [{ containers: { carts: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 4), last: oom(-60 * 24 * 9, -60 * 24 * 4 - 0.2) }) } }] },
  },
  events: [
    { on: 'pod:payment#0', reason: 'Pulled', fieldPath: 'spec.containers{payment}', message: 'Container image "weaveworksdemos/payment:0.4.3" already present on machine', first: -21, last: -3.9, count: 7 },
    { on: 'pod:payment#0', reason: 'Started', fieldPath: 'spec.containers{payment}', message: 'Started container payment', first: -21, last: -3.9, count: 7 },
    { on: 'pod:payment#0', reason: 'BackOff', type: 'Warning', fieldPath: 'spec.containers{payment}', message: 'Back-off restarting failed container payment in pod %POD%_sock-shop(%PODUID%)', first: -17, last: -0.5, count: 38 },
    { on: 'node:ip-10-0-2-148.eu-west-1.compute.internal', reason: 'OOMKilling', type: 'Warning', source: 'kernel-monitor', message: 'Memory cgroup out of memory: Killed process 28817 (app) total-vm:1304212kB, anon-rss:203884kB, file-rss:7320kB, shmem-rss:0kB, UID:10001 pgtables:612kB oom_score_adj:983', first: -2.6 },
  ],
  logs: {
    'payment#0/payment': [
      `ts=${T.isoMs(-3.88)} caller=main.go:70 transport=HTTP port=80`,
      `ts=${T.isoMs(-3.6)} caller=logging.go:22 method=Authorise result=true took=112.442µs`,
      `ts=${T.isoMs(-3.1)} caller=logging.go:22 method=Authorise result=true took=3.1042ms`,
      `ts=${T.isoMs(-2.7)} caller=logging.go:22 method=Authorise result=true took=1.88417s`,
    ],
    'payment#0/payment/previous': [
      `ts=${T.isoMs(-5.3)} caller=main.go:70 transport=HTTP port=80`,
      `ts=${T.isoMs(-5.0)} caller=logging.go:22 method=Authorise result=true took=98.13µs`,
      `ts=${T.isoMs(-4.2)} caller=logging.go:22 method=Authorise result=true took=2.20551s`,
    ],
    'orders#0/orders': [
      spring(-6, 'INFO', 'nio-80-exec-3', 'w.w.s.o.controllers.OrdersController', 'Order created: 5d3f0a8e2c1b7a4e9f6d3b21'),
      spring(-2.2, 'ERROR', 'nio-80-exec-7', 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is java.util.concurrent.ExecutionException: org.springframework.web.client.ResourceAccessException: I/O error on POST request for "http://payment/paymentAuth": Connection refused (Connection refused); nested exception is java.net.ConnectException: Connection refused (Connection refused)] with root cause'),
      '',
      'java.net.ConnectException: Connection refused (Connection refused)',
      '\tat java.net.PlainSocketImpl.socketConnect(Native Method) ~[na:1.8.0_111-internal]',
      '\tat java.net.AbstractPlainSocketImpl.doConnect(AbstractPlainSocketImpl.java:350) ~[na:1.8.0_111-internal]',
      '\tat org.springframework.web.client.RestTemplate.doExecute(RestTemplate.java:652) ~[spring-web-4.3.4.RELEASE.jar!/:4.3.4.RELEASE]',
      '\tat works.weave.socks.orders.services.AsyncGetService.postResource(AsyncGetService.java:73) ~[classes!/:na]',
      spring(-0.9, 'ERROR', 'nio-80-exec-2', 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is java.util.concurrent.ExecutionException: org.springframework.web.client.ResourceAccessException: I/O error on POST request for "http://payment/paymentAuth": Read timed out; nested exception is java.net.SocketTimeoutException: Read timed out] with root cause'),
    ],
    'front-end#0/front-end': [
      'Order response: {"timestamp":1778683194113,"status":500,"error":"Internal Server Error","exception":"org.springframework.web.client.ResourceAccessException","message":"I/O error on POST request for \\"http://payment/paymentAuth\\": Connection refused","path":"/orders"}',
      'Order response: {"timestamp":1778683254402,"status":500,"error":"Internal Server Error","exception":"org.springframework.web.client.ResourceAccessException","message":"I/O error on POST request for \\"http://payment/paymentAuth\\": Read timed out","path":"/orders"}',
    ],
  },
  grounding: `Sock Shop complete-demo.yaml (9dff06f): payment (weaveworksdemos/payment:0.4.3, Go kit) has a 200Mi memory limit and
  is called by orders at http://payment/paymentAuth before an order is saved. The fault follows the common Go-service OOM shape: the
  process grows past its cgroup limit and the kernel kills it (OOMKilled, exit 137), CrashLoopBackOff in between; orders and
  front-end are the loud ones (Connection refused / Read timed out, HTTP 500). Decoy: carts' single OOMKilled restart four days
  ago. Deviation from upstream: upstream payment stays far below its limit; the growth is invented (no public payment leak report).`,
}];
