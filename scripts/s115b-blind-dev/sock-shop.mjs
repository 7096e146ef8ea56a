// Blind dev batch s115b: one Sock Shop scenario (orders rescheduled onto a node whose secondary-ENI pods are dropped by
// rp_filter), built with the s2 kit by scripts/s115b-build.mjs; the system is the session-2 Sock Shop definition.
import { clock } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/sock-shop.mjs';
export const system = base;

const T = clock('2026-05-15T11:30:00Z');
const spring = (min, level, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [orders,,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const N3 = 'ip-10-0-3-91.eu-west-1.compute.internal';

export const scenarios = [
  {
    folder: 's115b-orders-node-rpfilter',
    incidentTime: '2026-05-15T11:30:00Z',
    description: 'sockshop: placing an order fails (timeout) since the node refresh this morning. login & cart work',
    expected: { component: 'orders', cause: 'network-fault' },
    difficulty: 'hard',
    traits: ['pods-ready', 'node-level', 'time-expression'],
    grounding: `Amazon VPC CNI places pods beyond the primary ENI's capacity on secondary ENIs; on an AMI with
      net.ipv4.conf.all.rp_filter=1 (strict) replies to those pods arrive on an interface the kernel does not route back
      through, and are dropped (aws/amazon-vpc-cni-k8s issues and troubleshooting guide on rp_filter with custom AMIs).
      Fault: after this morning's node-group refresh, the new node ${N3} came up from a hardened custom AMI; the orders
      pod landed there on a secondary-ENI address and its outbound calls to carts, user and payment time out
      (Apache HttpClient/Spring RestTemplate "Read timed out"/"connect timed out"), while its own actuator health is
      served locally and it stays Ready. Pods on the other two nodes are fine. Deviation from upstream: the custom AMI
      and node refresh are assumed; manifests unchanged. The orders pod was recreated by the node drain (a plain
      restart: old and new ReplicaSets are not involved, the same ReplicaSet owns it).`,
    workloads: {
      orders: { pods: [{ node: N3, created: T.iso(-160) }] },
    },
    events: [
      { on: 'pod:orders#0', reason: 'Scheduled', source: 'default-scheduler', message: `Successfully assigned sock-shop/%POD% to ${N3}`, first: -160 },
      { on: 'pod:orders#0', reason: 'Started', fieldPath: 'spec.containers{orders}', message: 'Started container orders', first: -159.5 },
    ],
    logs: {
      'orders#0/orders': [
        spring(-158, 'INFO', 'main', 'works.weave.socks.orders.OrderApplication', 'Started OrderApplication in 41.207 seconds (JVM running for 44.519)'),
        spring(-41, 'ERROR', 'http-nio-80-exec-3', 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is java.util.concurrent.ExecutionException: org.springframework.web.client.ResourceAccessException: I/O error on GET request for "http://user/customers/57a98d98e4b00679b4a830af": connect timed out; nested exception is java.net.SocketTimeoutException: connect timed out] with root cause\njava.net.SocketTimeoutException: connect timed out\n\tat java.net.PlainSocketImpl.socketConnect(Native Method)'),
        spring(-22, 'ERROR', 'http-nio-80-exec-7', 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is java.util.concurrent.ExecutionException: org.springframework.web.client.ResourceAccessException: I/O error on GET request for "http://carts/carts/57a98d98e4b00679b4a830af/items": Read timed out; nested exception is java.net.SocketTimeoutException: Read timed out] with root cause\njava.net.SocketTimeoutException: Read timed out'),
        spring(-5, 'ERROR', 'http-nio-80-exec-2', 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is java.util.concurrent.ExecutionException: org.springframework.web.client.ResourceAccessException: I/O error on GET request for "http://user/addresses/57a98d99e4b00679b4a830b0": connect timed out; nested exception is java.net.SocketTimeoutException: connect timed out] with root cause\njava.net.SocketTimeoutException: connect timed out'),
      ],
      'front-end#0/front-end': [
        'Order response: {"timestamp":' + Date.parse(T.isoMs(-5)) + ',"status":500,"error":"Internal Server Error","exception":"java.util.concurrent.ExecutionException","message":"org.springframework.web.client.ResourceAccessException: I/O error on GET request for \\"http://user/addresses/57a98d99e4b00679b4a830b0\\": connect timed out","path":"/orders"}',
        'GET /cart 200 12.114 ms - 181',
      ],
      'user#0/user': [
        `ts=${T.isoMs(-4)} caller=logging.go:48 method=GetCustomers id=57a98d98e4b00679b4a830af result=1 err=null took=2.31ms`,
      ],
    },
  },
];
