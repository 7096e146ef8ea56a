// Held-out scenario of blind batch s54b for Sock Shop, on the session-2 system definition
// (scripts/s2-scenarios/sock-shop.mjs `system`); built by scripts/s54b-build.mjs (split: test).
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };

const INC = '2026-05-12T18:41:00Z';
const T = clock(INC);
const DOWN = -41; // 18:00:07 UTC = 20:00 Europe/Berlin (CEST)

// Spring Boot 1.4 + Sleuth console pattern: %15.15t keeps the last 15 characters of the thread name.
const spring = (min, level, thread, logger, msg) =>
  `${T.java(min)} ${level.padStart(5)} [orders,,,] 7 --- [${thread.slice(-15).padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const CTRL = 'w.w.s.o.controllers.OrdersController';
const DISP = 'o.a.c.c.C.[.[.[/].[dispatcherServlet]';
const refused = () => [
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
  '\tat sun.net.www.http.HttpClient.New(HttpClient.java:308) ~[na:1.8.0_111-internal]',
  '\tat sun.net.www.protocol.http.HttpURLConnection.plainConnect0(HttpURLConnection.java:1169) ~[na:1.8.0_111-internal]',
  '\tat sun.net.www.protocol.http.HttpURLConnection.connect(HttpURLConnection.java:966) ~[na:1.8.0_111-internal]',
  '\tat org.springframework.http.client.SimpleBufferingClientHttpRequest.executeInternal(SimpleBufferingClientHttpRequest.java:78) ~[spring-web-4.3.4.RELEASE.jar!/:4.3.4.RELEASE]',
  '\tat org.springframework.http.client.AbstractBufferingClientHttpRequest.executeInternal(AbstractBufferingClientHttpRequest.java:48) ~[spring-web-4.3.4.RELEASE.jar!/:4.3.4.RELEASE]',
  '\tat org.springframework.http.client.AbstractClientHttpRequest.execute(AbstractClientHttpRequest.java:53) ~[spring-web-4.3.4.RELEASE.jar!/:4.3.4.RELEASE]',
  '\tat org.springframework.web.client.RestTemplate.doExecute(RestTemplate.java:652) ~[spring-web-4.3.4.RELEASE.jar!/:4.3.4.RELEASE]',
  '\tat org.springframework.web.client.RestTemplate.execute(RestTemplate.java:613) ~[spring-web-4.3.4.RELEASE.jar!/:4.3.4.RELEASE]',
  '\tat org.springframework.web.client.RestTemplate.exchange(RestTemplate.java:531) ~[spring-web-4.3.4.RELEASE.jar!/:4.3.4.RELEASE]',
  '\tat works.weave.socks.orders.services.AsyncGetService.postResource(AsyncGetService.java:77) ~[classes!/:na]',
  '\tat works.weave.socks.orders.services.AsyncGetService$$FastClassBySpringCGLIB$$9b4e5d37.invoke(<generated>) ~[classes!/:na]',
  '\tat org.springframework.aop.interceptor.AsyncExecutionInterceptor$1.call(AsyncExecutionInterceptor.java:115) ~[spring-aop-4.3.4.RELEASE.jar!/:4.3.4.RELEASE]',
  '\tat java.util.concurrent.FutureTask.run(FutureTask.java:266) ~[na:1.8.0_111-internal]',
  '\tat java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1142) ~[na:1.8.0_111-internal]',
  '\tat java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:617) ~[na:1.8.0_111-internal]',
  '\tat java.lang.Thread.run(Thread.java:745) ~[na:1.8.0_111-internal]',
];
const CUSTOMERS = [
  '57a98d98e4b00679b4a830af',
  '57a98d98e4b00679b4a830b2',
  '5f3c2a91e4b0c1a7d9e04b16',
  '60b7e21ce4b0f3a5c81d22e9',
];
const order = (min, i) => {
  const amount = [24.98, 17.15, 45.0, 99.99][i % 4];
  return [
    spring(
      min,
      'INFO',
      `http-nio-80-exec-${(i % 9) + 1}`,
      CTRL,
      `Sending payment request: PaymentRequest{address=Address{id='null', number='${[246, 12, 7, 88][i % 4]}', street='${['Whitelees Road', 'Elm Street', 'Rue Haute', 'Kingsway'][i % 4]}', city='${['Glasgow', 'Leeds', 'Brussels', 'London'][i % 4]}', postcode='${['G67 3DL', 'LS1 4AP', '1000', 'WC2B 6TE'][i % 4]}', country='${['United Kingdom', 'United Kingdom', 'Belgium', 'United Kingdom'][i % 4]}'}, card=Card{id='null', longNum='${['5544154011345918', '4929385731054112', '5412751234123456', '4716190207394368'][i % 4]}', expires='${['08/27', '11/26', '03/28', '01/27'][i % 4]}', ccv='958'}, customer=Customer{id='null', firstName='${['Eve', 'Sam', 'Lea', 'Tom'][i % 4]}', lastName='${['Berger', 'Hall', 'Janssens', 'Price'][i % 4]}', username='${['Eve_Berger', 'samh', 'lea.j', 'tprice'][i % 4]}', addresses=[], cards=[]}, amount=${amount}}`,
    ),
    spring(
      min + 0.002,
      'INFO',
      `http-nio-80-exec-${(i % 9) + 1}`,
      CTRL,
      'Received payment response: PaymentResponse{authorised=true, message=Payment authorised}',
    ),
    spring(
      min + 0.004,
      'ERROR',
      `http-nio-80-exec-${(i % 9) + 1}`,
      DISP,
      'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is java.util.concurrent.ExecutionException: org.springframework.web.client.ResourceAccessException: I/O error on POST request for "http://shipping/shipping": Connection refused (Connection refused); nested exception is java.net.ConnectException: Connection refused (Connection refused)] with root cause',
    ),
    '',
    ...refused(),
    '',
  ];
};
const ordersLog = () => {
  const out = [];
  let i = 0;
  for (let m = DOWN + 2.3; m < -0.5; m += 1.1 + (i % 5) * 0.63) out.push(...order(m, i++));
  return out;
};
// go-kit logfmt of the payment service's logging middleware.
const paymentLog = () => {
  const out = [];
  let i = 0;
  for (let m = DOWN - 30; m < -0.5; m += 1.1 + (i % 5) * 0.63, i++)
    out.push(
      `ts=${T.isoMs(m)} caller=logging.go:26 method=Authorise result=true took=${9 + ((i * 7) % 23)}.${(i * 131) % 1000}µs`,
    );
  out.push(`ts=${T.isoMs(-0.3)} caller=logging.go:39 method=Health result=2 took=4.118µs`);
  return out;
};
// front-end (Express + morgan "dev"): order posts go through /orders and fail with the orders error body.
const feLog = (seed) => {
  const out = [];
  let i = seed;
  for (let m = DOWN - 25 + seed * 0.4; m < -0.5; m += 0.9 + (i % 4) * 0.55, i++) {
    const failing = m > DOWN + 2;
    if (i % 3 === 0) {
      out.push(
        `GET /catalogue?page=1&size=6&tags= 200 ${12 + ((i * 7) % 30)}.${(i * 37) % 1000} ms - ${1780 + (i % 3) * 4}`,
      );
      out.push(`GET /cart 200 ${8 + ((i * 3) % 20)}.${(i * 91) % 1000} ms - ${i % 4 ? 143 : 2}`);
    } else if (i % 3 === 1) {
      out.push(
        `GET /catalogue/${['03fef6ac-1896-4ce8-bd69-b798f85c6e0b', '3395a43e-2d88-40de-b95f-e00e1502085b', 'a0a4f044-b040-410d-8ead-4de0446aec7e'][i % 3]} 200 ${9 + ((i * 5) % 14)}.${(i * 53) % 1000} ms - ${310 + (i % 5)}`,
      );
      out.push(`POST /cart 201 ${31 + ((i * 11) % 40)}.${(i * 17) % 1000} ms - -`);
    } else {
      out.push(
        'Posting Order: {"customer":"http://user/customers/' +
          CUSTOMERS[i % 4] +
          '","address":"http://user/addresses/' +
          CUSTOMERS[(i + 1) % 4] +
          '","card":"http://user/cards/' +
          CUSTOMERS[(i + 2) % 4] +
          '","items":"http://carts/carts/' +
          CUSTOMERS[i % 4] +
          '/items"}',
      );
      if (failing) {
        out.push(
          'Order response: {"timestamp":' +
            String(Date.parse(INC) + Math.round(m * 60000)) +
            ',"status":500,"error":"Internal Server Error","exception":"java.util.concurrent.ExecutionException","message":"org.springframework.web.client.ResourceAccessException: I/O error on POST request for \\"http://shipping/shipping\\": Connection refused (Connection refused); nested exception is java.net.ConnectException: Connection refused (Connection refused)","path":"/orders"}',
        );
        out.push(`POST /orders 500 ${210 + ((i * 13) % 90)}.${(i * 29) % 1000} ms - 357`);
      } else {
        out.push(
          `Order response: {"id":"${(0x6442a9f0 + i).toString(16)}e4b0a1c3f9d27b${String(10 + i).padStart(2, '0')}","customerId":"${CUSTOMERS[i % 4]}","total":${[24.98, 17.15, 45.0][i % 3]},"_links":{"self":{"href":"http://orders/orders/${(0x6442a9f0 + i).toString(16)}"}}}`,
        );
        out.push(`POST /orders 201 ${260 + ((i * 13) % 120)}.${(i * 29) % 1000} ms - 311`);
      }
    }
  }
  return out;
};

export const scenarios = [
  {
    folder: 's54b-orders-fail-evening',
    incidentTime: INC,
    description:
      'sockshop orders failing at checkout since 8pm, card gets authorised but the order errors out. nothing was deployed today',
    expected: { component: 'shipping', cause: 'no-endpoints' },
    difficulty: 'medium',
    traits: ['callers-only', 'louder-dependents', 'time-expression'],
    grounding: `
      Manifest facts: microservices-demo complete-demo.yaml at 9dff06f (kit system of scripts/s2-scenarios/sock-shop.mjs):
      orders posts the shipment to http://shipping/shipping after payment authorises (orders OrdersController, AsyncGetService
      with RestTemplate); Service shipping selects name: shipping on port 80.
      Fault: kube-downscaler (hjacobs/kube-downscaler, annotation-driven) scaled the shipping Deployment to 0 at 20:00
      Europe/Berlin: the fulfilment team's shared kustomize base carries downscaler/uptime "Mon-Fri 07:00-20:00 Europe/Berlin",
      meant for their staging overlay, and it reached production with last week's base bump. The downscaler records
      downscaler/original-replicas on the Deployment; the deployment-controller scales the ReplicaSet down, the last pod is
      deleted and the Service keeps its ClusterIP with an empty Endpoints object. kube-proxy rejects connections to a Service
      without endpoints, so orders gets "Connection refused" on every checkout after the card was authorised, answers 500, and
      the front-end relays it. shipping itself has no pod and logs nothing; queue-master and rabbitmq are idle but healthy.
      Deviations from upstream: kube-downscaler and its annotations are added (the downscaler runs in another namespace, not in
      the snapshot); the orders log wording follows Spring Boot 1.4 / Tomcat 8.5 and the orders sources; Java version string assumed.
    `,
    workloads: {
      shipping: {
        replicas: 0,
        pods: [],
        endpointsChanged: DOWN + 0.1,
        deployAnnotations: {
          'downscaler/original-replicas': '1',
          'downscaler/uptime': 'Mon-Fri 07:00-20:00 Europe/Berlin',
        },
      },
    },
    events: [
      {
        on: 'deploy:shipping',
        reason: 'ScalingReplicaSet',
        message: 'Scaled down replica set shipping-%NEW% to 0 from 1',
        source: 'deployment-controller',
        first: DOWN,
      },
      {
        on: 'rs:shipping',
        reason: 'SuccessfulDelete',
        message: 'Deleted pod: shipping-%RS%',
        source: 'replicaset-controller',
        first: DOWN + 0.01,
      },
    ],
    logs: {
      'orders#0/orders': ordersLog(),
      'payment#0/payment': paymentLog(),
      'front-end#0/front-end': feLog(0),
      'front-end#1/front-end': feLog(1),
    },
  },
];
