// Batch s50b held-out scenario (split: test) for Stan's Robot Shop, written blind with the kit's Robot Shop system
// (scripts/kit-systems/robot-shop.mjs: withDefaults, default PVCs); expanded by scripts/s50b-build.mjs.
import { system, defaultPvcs, withDefaults } from '../kit-systems/robot-shop.mjs';
import { clock, cs } from '../s2-scenario-kit.mjs';

export { system, defaultPvcs };

const I1 = '2026-07-08T10:47:00Z';
const T1 = clock(I1);
const ROLL = -17;
const res = (rc, rm, lc, lm) => ({ limits: { cpu: lc, memory: lm }, requests: { cpu: rc, memory: rm } });
const SCHED = '0/3 nodes are available: 3 Insufficient memory. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.';
const spring = (min, level, thread, logger, msg) => `${T1.java(min)} ${level.padStart(5)} 1 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const shipFail = (min, n) => [
  spring(min, 'WARN', `nio-8080-exec-${n}`, 'o.h.engine.jdbc.spi.SqlExceptionHelper', 'SQL Error: 0, SQLState: 08S01'),
  spring(min, 'ERROR', `nio-8080-exec-${n}`, 'o.h.engine.jdbc.spi.SqlExceptionHelper', 'Communications link failure'),
  '',
  'The last packet sent successfully to the server was 0 milliseconds ago. The driver has not received any packets from the server.',
  spring(min + 0.001, 'ERROR', `nio-8080-exec-${n}`, 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.dao.DataAccessResourceFailureException: Unable to acquire JDBC Connection; nested exception is org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection] with root cause'),
  '',
  'java.net.ConnectException: Connection refused (Connection refused)',
  '\tat java.net.PlainSocketImpl.socketConnect(Native Method) ~[na:1.8.0_392]',
  '\tat java.net.AbstractPlainSocketImpl.doConnect(AbstractPlainSocketImpl.java:350) ~[na:1.8.0_392]',
  '\tat java.net.Socket.connect(Socket.java:607) ~[na:1.8.0_392]',
  '\tat com.mysql.cj.protocol.StandardSocketFactory.connect(StandardSocketFactory.java:156) ~[mysql-connector-java-8.0.28.jar!/:8.0.28]',
  '\tat com.mysql.cj.protocol.a.NativeSocketConnection.connect(NativeSocketConnection.java:63) ~[mysql-connector-java-8.0.28.jar!/:8.0.28]',
  '\t... 96 common frames omitted',
];
const apache = (min, path, code, bytes) => {
  const d = new Date(Date.parse(T1.isoMs(min)));
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  const t = T1.java(min);
  return `%IPOF:web#0% - - [${t.slice(8, 10)}/${mon}/${t.slice(0, 4)}:${t.slice(11, 19)} +0000] "GET ${path} HTTP/1.1" ${code} ${bytes} "-" "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36"`;
};
const nginx = (min, path, code, bytes, rt) => {
  const d = new Date(Date.parse(T1.isoMs(min)));
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  const t = T1.java(min);
  return `10.1.2.137 - - [${t.slice(8, 10)}/${mon}/${t.slice(0, 4)}:${t.slice(11, 19)} +0000] "GET ${path} HTTP/1.1" ${code} ${bytes} "https://shop.robotshop.example/" "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36" rt=${rt}`;
};
const SKUS = ['Watson', 'EMM', 'HPTD', 'RED', 'STAN-1', 'CNA'];

export const scenarios = [
  withDefaults({
    folder: 's50b-mysql-recreate-unschedulable',
    description: 'robot shop checkout broken, shipping step errors out for everyone',
    incidentTime: I1,
    expected: { component: 'mysql', cause: 'unschedulable' },
    alsoAcceptable: [{ component: 'mysql', cause: 'bad-deploy-rollout' }],
    difficulty: 'medium',
    traits: ['rollout-regression', 'louder-dependents', 'decoy'],
    grounding: `
      Stan's Robot Shop helm chart (instana/robot-shop K8s/helm, rs-mysql-db:2.1.0 with requests 100m/700Mi, limits 200m/1Gi;
      shipping (Spring Boot, jdbc:mysql://mysql/cities) and ratings (PHP, PDO mysql:host=mysql;dbname=ratings) depend on it) on
      three EKS m5.large nodes shared with other namespaces. After last week's mysql OOMKill the fulfilment team raises mysql to
      requests 500m/3Gi, limits 1/3Gi and applies it 17 minutes before the incident; their overlay sets strategy Recreate on the
      mysql Deployment (usual for single-instance databases; written by the build script's post), so the old pod is killed first
      and the new one stays Pending: the scheduler's real text "0/3 nodes are available: 3 Insufficient memory. preemption: 0/3
      nodes are available: 3 No preemption victims found for incoming pod.", cluster-autoscaler's NotTriggerScaleUp "pod didn't
      trigger scale-up: 1 max node group size reached" (node group at max), the Deployment past its 600 s progress deadline. The
      mysql Service has no endpoints: shipping's Hibernate/Connector-J logs SQLState 08S01 "Communications link failure" with
      ConnectException: Connection refused (kube-proxy rejects a Service without endpoints) and answers 500, ratings' PDO gets
      SQLSTATE[HY000] [2002] Connection refused, nginx in web logs the 500s. Decoy: dispatch restarted once a day ago when
      rabbitmq was briefly unreachable (exit 1), long since recovered.
    `,
    workloads: {
      mysql: {
        containers: { mysql: { resources: res('500m', '3Gi', '1', '3Gi') } },
        rollout: { at: ROLL, revision: 6, oldContainers: { mysql: { resources: res('100m', '700Mi', '200m', '1Gi') } } },
        pods: [{ unscheduled: SCHED }],
        unavailableSince: ROLL,
        endpointsChanged: ROLL - 0.1,
        progressing: (rsName) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T1.iso(ROLL + 10.1), lastTransitionTime: T1.iso(ROLL + 10.1), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rsName}" has timed out progressing.` }),
      },
      dispatch: {
        pods: [
          {
            containers: {
              dispatch: cs.restartedRunning({ restarts: 1, startedAt: T1.iso(-60 * 26 + 0.2), last: { exitCode: 1, reason: 'Error', startedAt: T1.iso(-60 * 24 * 12), finishedAt: T1.iso(-60 * 26) } }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'deploy:mysql', reason: 'ScalingReplicaSet', message: 'Scaled down replica set mysql-%OLD% to 0 from 1', first: ROLL },
      { on: 'deploy:mysql', reason: 'ScalingReplicaSet', message: 'Scaled up replica set mysql-%NEW% to 1', first: ROLL + 0.3 },
      { on: 'pod:mysql#0', reason: 'FailedScheduling', type: 'Warning', message: SCHED, first: ROLL + 0.3, last: -1.6, count: 7, source: 'default-scheduler' },
      { on: 'pod:mysql#0', reason: 'NotTriggerScaleUp', message: "pod didn't trigger scale-up: 1 max node group size reached", first: ROLL + 0.5, last: -0.7, count: 16, source: 'cluster-autoscaler' },
    ],
    logs: {
      'shipping#0/shipping': [
        spring(-60 * 24 * 12, 'INFO', 'main', 'com.instana.robotshop.shipping.Main', 'Started Main in 21.403 seconds (JVM running for 23.118)'),
        ...[-16.2, -13.9, -11.5, -8.7, -6.1, -3.3, -0.9].flatMap((m, i) => shipFail(m, (i % 10) + 1)),
      ],
      'ratings#0/ratings': [
        apache(-20.4, '/api/fetch/RED', 200, 44),
        apache(-18.9, '/api/fetch/Watson', 200, 44),
        ...[-15.8, -12.6, -9.9, -7.2, -4.4, -1.8].flatMap((m, i) => [
          `[${T1.isoMs(m).replace('Z', '000+00:00')}] app.ERROR: Database Error SQLSTATE[HY000] [2002] Connection refused [] []`,
          apache(m, `/api/fetch/${SKUS[i]}`, 500, 57),
        ]),
      ],
      'web#0/web': [
        nginx(-19.5, '/api/shipping/codes', 200, 6321, '0.012'),
        nginx(-19.4, '/api/shipping/match/gb/lond', 200, 892, '0.019'),
        ...[-16.2, -11.5, -8.7, -6.1, -3.3, -0.9].flatMap((m) => [
          nginx(m, '/api/shipping/codes', 500, 247, '0.031'),
          nginx(m + 0.02, '/api/ratings/api/fetch/Watson', 500, 57, '0.008'),
        ]),
      ],
      'dispatch#0/dispatch': [
        `${T1.go(-60 * 26 + 0.25)} Connecting to rabbitmq`,
        `${T1.go(-60 * 26 + 0.3)} Connected to rabbitmq`,
        ...[-44, -31, -12, -3].map((m, i) => `${T1.go(m)} processing order ${'6a9c3f21e04b'.slice(0, 10)}${i}${i + 3}`),
      ],
      'dispatch#0/dispatch/previous': [
        `${T1.go(-60 * 26 - 0.3)} Failed to connect to rabbitmq: dial tcp %SVCIP:rabbitmq%:5672: connect: connection refused`,
        `${T1.go(-60 * 26)} Exception (504) Reason: "channel/connection is not open"`,
      ],
    },
  }),
];

export const post = {
  's50b-mysql-recreate-unschedulable': (read, write) => {
    const dl = read('deployments.json');
    const d = dl.items.find((x) => x.metadata.name === 'mysql');
    d.spec.strategy = { type: 'Recreate' };
    write('deployments.json', dl);
  },
};
