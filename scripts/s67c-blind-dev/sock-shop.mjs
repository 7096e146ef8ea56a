// Blind dev batch s67c (no-fault incidents): one Sock Shop scenario, built by scripts/s67c-build.mjs with the scenario
// kit; the system is the session-2 definition (deploy/kubernetes/complete-demo.yaml at 9dff06f).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };

const T = clock('2026-04-09T14:21:00Z');
// Spring Boot 1.x with Sleuth, as orders/shipping/queue-master print it.
const spring = (min, level, app, thread, logger, msg, trace = ',,,') =>
  `${T.java(min)} ${level.padStart(5)} [${app}${trace}] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const kit = (min, kv) => `ts=${T.isoMs(min)} ${kv}`;

// front-end: morgan("dev") lines (no timestamp) for the kubelet probes on "/" every 3 s (readiness and liveness) and for
// shoppers; console.log lines of api/orders/index.js. The DNS hiccup (CoreDNS, 14:02:20-14:05:10) shows as 500s.
const HICCUP = [-18.7, -15.8];
const frontEnd = (k) => {
  const out = [];
  const shop = [
    ['GET /catalogue?size=5', 1043], ['GET /catalogue?page=1&size=6&tags=', 2189], ['GET /catalogue/size?tags=', 12], ['GET /tags', 107],
    ['GET /cart', 2], ['GET /customers/57a98d98e4b00679b4a830af', 246], ['GET /catalogue/3395a43e-2d88-40de-b95f-e00e1502085b', 364], ['GET /orders', 1529],
  ];
  for (let s = -40 * 60; s < -20; s += 3) {
    const min = s / 60;
    const bad = min > HICCUP[0] && min < HICCUP[1];
    out.push(`GET / 200 ${(1.6 + ((s * 7 + k) % 13) / 10).toFixed(3)} ms - 8688`);
    if ((s / 3 + k) % 4 === 0) {
      const [r, b] = shop[((s / 3 + k) / 4 + 8 * 100) % shop.length];
      const needsDns = r.startsWith('GET /catalogue') || r.startsWith('GET /customers') || r.startsWith('GET /orders') || r === 'GET /cart' || r === 'GET /tags';
      out.push(bad && needsDns && (s % 2 === 0 || k === 1) ? `${r} 500 ${(4 + Math.abs(s % 5)).toFixed(3)} ms - 112` : `${r} 200 ${(9 + (s % 23) / 3).toFixed(3)} ms - ${b}`);
    }
    if (k === 0 && (s === -25 * 60 || s === -9 * 60)) {
      out.push('Request received with body: {}');
      out.push('Received response: {"firstName":"Eve","lastName":"Berger","username":"Eve_Berger","id":"57a98d98e4b00679b4a830af","_links":{"addresses":{"href":"http://user/customers/57a98d98e4b00679b4a830af/addresses"},"cards":{"href":"http://user/customers/57a98d98e4b00679b4a830af/cards"},"customer":{"href":"http://user/customers/57a98d98e4b00679b4a830af"},"self":{"href":"http://user/customers/57a98d98e4b00679b4a830af"}}}');
      out.push('GET Request to: http://user/customers/57a98d98e4b00679b4a830af/addresses');
      out.push('Received response: {"_embedded":{"address":[{"id":"57a98d98e4b00679b4a830ad","number":"246","street":"Whitelees Road","city":"Glasgow","postcode":"G67 3DL","country":"United Kingdom"}]}}');
      out.push('GET Request to: http://user/customers/57a98d98e4b00679b4a830af/cards');
      out.push('Received response: {"_embedded":{"card":[{"id":"57a98d98e4b00679b4a830ae","longNum":"5953580604169678","expires":"08/19","ccv":"678"}]}}');
      out.push('Posting Order: {"customer":"http://user/customers/57a98d98e4b00679b4a830af","address":"http://user/addresses/57a98d98e4b00679b4a830ad","card":"http://user/cards/57a98d98e4b00679b4a830ae","items":"http://carts/carts/57a98d98e4b00679b4a830af/items"}');
      out.push(`POST /orders 201 ${s === -25 * 60 ? '412.559' : '388.104'} ms - 1209`);
    }
    if (k === 1 && s === -17 * 60) {
      out.push('Request received with body: {}');
      out.push('POST /orders 500 6.771 ms - 177');
    }
  }
  return out;
};

export const scenarios = [
  {
    folder: 's67c-socks-5xx-alert-autoresolved',
    description: 'paged "sock-shop front-end 5xx > 5%" at 14:03, it auto resolved around 14:06. did checkout/orders actually break? want to know if anything is still wrong before I close it',
    incidentTime: '2026-04-09T14:21:00Z',
    difficulty: 'hard',
    traits: ['no-fault', 'decoy', 'time-expression', 'partial-name'],
    workloads: {
      // carts was OOMKilled once three days ago (500Mi limit, JVM) and has been Ready since.
      carts: { pods: [{ containers: { carts: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 - 47), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 47.5) } }) } }] },
      // A user release yesterday evening (0.4.4 -> 0.4.7, image only) that went fine.
      user: { rollout: { at: -60 * 19 - 40, revision: 6, oldContainers: { user: { image: 'weaveworksdemos/user:0.4.4' } } } },
    },
    logs: {
      'front-end#0/front-end': frontEnd(0),
      'front-end#1/front-end': frontEnd(1),
      'orders#0/orders': [
        spring(-25.01, 'INFO', 'orders', 'nio-80-exec-4', 'w.w.s.o.controllers.OrdersController', 'Sending payment request: PaymentRequest{address=Address{id=\'null\', number=\'246\', street=\'Whitelees Road\', city=\'Glasgow\', postcode=\'G67 3DL\', country=\'United Kingdom\'}, card=Card{id=\'null\', longNum=\'5953580604169678\', expires=\'08/19\', ccv=\'678\'}, customer=Customer{id=\'null\', firstName=\'Eve\', lastName=\'Berger\', username=\'Eve_Berger\', addresses=[], cards=[]}, amount=104.98}', ',8e2f4c1a9b3d7e60,8e2f4c1a9b3d7e60,false'),
        spring(-25.0, 'INFO', 'orders', 'nio-80-exec-4', 'w.w.s.o.controllers.OrdersController', 'Received payment response: PaymentResponse{authorised=true, message=Payment authorised}', ',8e2f4c1a9b3d7e60,8e2f4c1a9b3d7e60,false'),
        spring(-17.0, 'ERROR', 'orders', 'nio-80-exec-9', 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is java.lang.IllegalStateException: Unable to create order due to unspecified IO error.] with root cause', ',1f7a03c5d92e84b6,1f7a03c5d92e84b6,false'),
        '',
        'java.net.UnknownHostException: user',
        '\tat java.net.AbstractPlainSocketImpl.connect(AbstractPlainSocketImpl.java:184) ~[na:1.8.0_111-internal]',
        '\tat java.net.SocksSocketImpl.connect(SocksSocketImpl.java:392) ~[na:1.8.0_111-internal]',
        '\tat java.net.Socket.connect(Socket.java:589) ~[na:1.8.0_111-internal]',
        '\tat sun.net.NetworkClient.doConnect(NetworkClient.java:175) ~[na:1.8.0_111-internal]',
        '\tat sun.net.www.http.HttpClient.openServer(HttpClient.java:432) ~[na:1.8.0_111-internal]',
        '\tat sun.net.www.http.HttpClient.openServer(HttpClient.java:527) ~[na:1.8.0_111-internal]',
        '\tat sun.net.www.protocol.http.HttpURLConnection.connect(HttpURLConnection.java:1032) ~[na:1.8.0_111-internal]',
        '\tat org.springframework.http.client.SimpleBufferingClientHttpRequest.executeInternal(SimpleBufferingClientHttpRequest.java:78) ~[spring-web-4.3.4.RELEASE.jar!/:4.3.4.RELEASE]',
        '\tat org.springframework.web.client.RestTemplate.doExecute(RestTemplate.java:652) ~[spring-web-4.3.4.RELEASE.jar!/:4.3.4.RELEASE]',
        '\tat works.weave.socks.orders.services.AsyncGetService.getResource(AsyncGetService.java:49) ~[classes!/:na]',
        '',
        spring(-9.01, 'INFO', 'orders', 'nio-80-exec-2', 'w.w.s.o.controllers.OrdersController', 'Sending payment request: PaymentRequest{address=Address{id=\'null\', number=\'246\', street=\'Whitelees Road\', city=\'Glasgow\', postcode=\'G67 3DL\', country=\'United Kingdom\'}, card=Card{id=\'null\', longNum=\'5953580604169678\', expires=\'08/19\', ccv=\'678\'}, customer=Customer{id=\'null\', firstName=\'Eve\', lastName=\'Berger\', username=\'Eve_Berger\', addresses=[], cards=[]}, amount=33.99}', ',c40d9e7b21a5f386,c40d9e7b21a5f386,false'),
        spring(-9.0, 'INFO', 'orders', 'nio-80-exec-2', 'w.w.s.o.controllers.OrdersController', 'Received payment response: PaymentResponse{authorised=true, message=Payment authorised}', ',c40d9e7b21a5f386,c40d9e7b21a5f386,false'),
      ],
      'shipping#0/shipping': ['Adding shipment to queue...', 'Adding shipment to queue...'],
      'queue-master#0/queue-master': [
        spring(-24.98, 'INFO', 'queue-master', 'cTaskExecutor-1', 'w.w.s.q.ShippingTaskHandler', 'Received shipment task: 57a98d98e4b00679b4a830af'),
        spring(-8.97, 'INFO', 'queue-master', 'cTaskExecutor-1', 'w.w.s.q.ShippingTaskHandler', 'Received shipment task: 57a98d98e4b00679b4a830af'),
      ],
      'catalogue#0/catalogue': [
        kit(-60 * 24 * 9 + 0.4, 'caller=main.go:94 transport=HTTP port=80'),
        ...Array.from({ length: 14 }, (_, i) => kit(-38 + i * 2.6, `method=List tags= order=id pageNum=1 pageSize=${i % 2 ? 6 : 5} result=${i % 2 ? 6 : 5} err=null took=${(1.1 + (i % 5) * 0.31).toFixed(6)}ms`)),
        kit(-30.2, 'method=Count tags= result=9 err=null took=602.871µs'),
        kit(-12.4, 'method=Get id=3395a43e-2d88-40de-b95f-e00e1502085b sock=3395a43e-2d88-40de-b95f-e00e1502085b err=null took=897.146µs'),
      ].sort(),
      'user#0/user': [
        kit(-60 * 19 - 39.5, 'caller=main.go:87 transport=HTTP port=80'),
        kit(-25.05, 'method=GetUsers result=1 took=1.981433ms'),
        kit(-25.04, 'method=GetAddresses result=1 took=1.104762ms'),
        kit(-25.03, 'method=GetCards result=1 took=1.062217ms'),
        kit(-9.05, 'method=GetUsers result=1 took=2.093118ms'),
        kit(-9.04, 'method=GetAddresses result=1 took=1.211034ms'),
        kit(-9.03, 'method=GetCards result=1 took=0.998721ms'),
      ],
    },
    grounding: `
      No fault now: a fault that healed itself. From 14:02:20 to 14:05:10 cluster DNS (CoreDNS in kube-system, outside
      this snapshot) failed lookups, as in the public reports of brief CoreDNS outages during an EKS add-on update and the
      conntrack/DNS race of kubernetes/kubernetes#56903; the front-end's lookups of catalogue/user/carts/orders failed
      (morgan "dev" 500 lines of server.js), one POST /orders reached orders whose RestTemplate call to http://user/...
      failed with java.net.UnknownHostException inside "Unable to create order due to unspecified IO error."
      (OrdersController.java at microservices-demo/orders). Since 14:05:10 everything answers: orders placed at 13:56 and
      14:12 went through ("Sending payment request"/"Received payment response ... authorised=true"), shipping
      "Adding shipment to queue...", queue-master received the tasks, catalogue go-kit lines err=null. No pod restarted,
      every Endpoints is full.
      Healthy noise: the kubelet's readiness and liveness GETs of "/" every 3 s in the front-end log.
      Decoys: carts OOMKilled three days ago (restartCount 1, Ready since), a user rollout yesterday evening
      (weaveworksdemos/user 0.4.4 -> 0.4.7, image only, old ReplicaSet scaled to 0).
      Deviations: morgan's ANSI colours are left out; the user release history is this operator's; log lines of go-kit
      services are shortened to the fields that matter.
    `,
  },
];
