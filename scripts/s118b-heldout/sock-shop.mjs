// Blind held-out batch s118b: one Sock Shop scenario (split test) for the s2 scenario kit.
// Built by scripts/s118b-build.mjs; system definition from scripts/s2-scenarios/sock-shop.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';
export { system };

const IT = '2026-05-15T16:22:00Z';
const T = clock(IT);
const spring = (min, level, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [carts,,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;

export const scenarios = [
  {
    folder: 's118b-cart-add-fails',
    incidentTime: IT,
    description: 'socks: "add to cart" spins then errors for everyone since the platform team merged the labels cleanup (~15:55). browsing + login ok',
    expected: { component: 'carts-db', cause: 'no-endpoints' },
    alsoAcceptable: [{ component: 'carts-db', cause: 'config-error' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'team-name', 'time-expression'],
    grounding: `Manifest: complete-demo.yaml at 9dff06f (carts-db Service selects name: carts-db; carts reaches
      carts-db:27017). Fault follows the common kustomize commonLabels/selector drift reports (kubernetes-sigs/kustomize
      issues on commonLabels changing Service selectors): a "labels cleanup" re-applied the carts-db Service with
      selector {name: carts-db, app.kubernetes.io/part-of: sock-shop}, a label the running carts-db pod does not carry
      (the Deployment was not re-applied, so its pod template is unchanged). The Endpoints object is empty; the
      carts-db pod stays Running and Ready with a quiet mongod log. carts (Spring Data MongoDB) times out selecting a
      server and answers 500; front-end logs the failed cart calls. Deviation: the Service selector only.`,
    workloads: {
      'carts-db': { serviceSelector: { name: 'carts-db', 'app.kubernetes.io/part-of': 'sock-shop' }, endpointsChanged: -27 },
    },
    events: [],
    logs: {
      'carts#0/carts': [
        spring(-30, 'INFO', 'nio-80-exec-4', 'o.s.d.m.c.MongoTemplate', 'Found @Document class works.weave.socks.cart.entities.Cart'),
        spring(-26.8, 'INFO', 'cluster-ClusterId{value=\'664a1f0e3c2b8d0007a1e5f2\', description=\'null\'}-carts-db:27017', 'org.mongodb.driver.cluster', 'Exception in monitor thread while connecting to server carts-db:27017'),
        '',
        'com.mongodb.MongoSocketOpenException: Exception opening socket',
        '\tat com.mongodb.connection.SocketStream.open(SocketStream.java:63) ~[mongodb-driver-core-3.4.2.jar!/:na]',
        '\tat com.mongodb.connection.InternalStreamConnection.open(InternalStreamConnection.java:115) ~[mongodb-driver-core-3.4.2.jar!/:na]',
        '\tat com.mongodb.connection.DefaultServerMonitor$ServerMonitorRunnable.run(DefaultServerMonitor.java:113) ~[mongodb-driver-core-3.4.2.jar!/:na]',
        '\tat java.lang.Thread.run(Thread.java:745) [na:1.8.0_111-internal]',
        'Caused by: java.net.ConnectException: Connection refused (Connection refused)',
        '\tat java.net.PlainSocketImpl.socketConnect(Native Method) ~[na:1.8.0_111-internal]',
        '\tat java.net.Socket.connect(Socket.java:589) ~[na:1.8.0_111-internal]',
        '\tat com.mongodb.connection.SocketStreamHelper.initialize(SocketStreamHelper.java:57) ~[mongodb-driver-core-3.4.2.jar!/:na]',
        '\tat com.mongodb.connection.SocketStream.open(SocketStream.java:58) ~[mongodb-driver-core-3.4.2.jar!/:na]',
        '\t... 3 common frames omitted',
        '',
        spring(-4, 'ERROR', 'nio-80-exec-7', 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.dao.DataAccessResourceFailureException: Timed out after 30000 ms while waiting for a server that matches ReadPreferenceServerSelector{readPreference=primary}. Client view of cluster state is {type=UNKNOWN, servers=[{address=carts-db:27017, type=UNKNOWN, state=CONNECTING, exception={com.mongodb.MongoSocketOpenException: Exception opening socket}, caused by {java.net.ConnectException: Connection refused (Connection refused)}}]; nested exception is com.mongodb.MongoTimeoutException: Timed out after 30000 ms while waiting for a server that matches ReadPreferenceServerSelector{readPreference=primary}. Client view of cluster state is {type=UNKNOWN, servers=[{address=carts-db:27017, type=UNKNOWN, state=CONNECTING, exception={com.mongodb.MongoSocketOpenException: Exception opening socket}, caused by {java.net.ConnectException: Connection refused (Connection refused)}}]] with root cause'),
      ],
      'front-end#0/front-end': [
        'GET /catalogue?size=5 200 41.221 ms - 1987',
        'POST /cart 500 30042.118 ms - 179',
        'GET /cart 500 30018.904 ms - 179',
      ],
      'front-end#1/front-end': [
        'GET /login 200 37.004 ms - 0',
        'POST /cart 500 30039.512 ms - 179',
      ],
      'carts-db#0/carts-db': [
        `${T.iso(-60 * 24 * 9 + 1).replace('Z', '.412+0000')} I NETWORK  [thread1] waiting for connections on port 27017`,
        `${T.iso(-28).replace('Z', '.118+0000')} I NETWORK  [conn214] end connection 10.0.2.77:51834 (3 connections now open)`,
        `${T.iso(-28).replace('Z', '.119+0000')} I NETWORK  [conn215] end connection 10.0.2.77:51836 (2 connections now open)`,
      ],
    },
  },
];
