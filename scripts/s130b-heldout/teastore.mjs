// Held-out batch s130b, TeaStore.
import { clock } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/teastore.mjs';

export const system = base;
const T = clock('2026-06-03T09:47:00Z');
const cat = (min, lvl, cls, msg) => {
  const d = new Date(T.isoMs(min));
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  return `${String(d.getUTCDate()).padStart(2, '0')}-${mon}-${d.getUTCFullYear()} ${T.java(min).slice(11)} ${lvl} [http-nio-8080-exec-${(Math.round(min * 7) % 9 + 9) % 9 + 1}] ${cls} ${msg}`;
};
const dbFail = (min) => [
  cat(min, 'SEVERE', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [jersey-serlvet] in context with path [/tools.descartes.teastore.persistence] threw exception [javax.persistence.PersistenceException: Exception [EclipseLink-4002] (Eclipse Persistence Services - 2.7.7.v20200504-69f2c2b80d): org.eclipse.persistence.exceptions.DatabaseException'),
  'Internal Exception: java.sql.SQLNonTransientConnectionException: Could not connect to address=(host=teastore-db)(port=3306)(type=master) : Socket fail to connect to host:teastore-db, port:3306. connect timed out',
  'Error Code: 0] with root cause',
  'java.net.SocketTimeoutException: connect timed out',
  '\tat java.base/java.net.PlainSocketImpl.socketConnect(Native Method)',
  '\tat java.base/java.net.AbstractPlainSocketImpl.doConnect(AbstractPlainSocketImpl.java:412)',
  '\tat java.base/java.net.Socket.connect(Socket.java:609)',
  '\tat org.mariadb.jdbc.internal.io.socket.StandardSocketFactory.connect(StandardSocketFactory.java:43)',
  '\tat org.mariadb.jdbc.internal.protocol.AbstractConnectProtocol.createSocket(AbstractConnectProtocol.java:251)',
  '\tat org.mariadb.jdbc.internal.protocol.AbstractConnectProtocol.createConnection(AbstractConnectProtocol.java:475)',
  '\tat org.mariadb.jdbc.internal.protocol.AbstractConnectProtocol.connectWithoutProxy(AbstractConnectProtocol.java:1236)',
  '\tat org.mariadb.jdbc.MariaDbConnection.newConnection(MariaDbConnection.java:175)',
  '\tat org.eclipse.persistence.sessions.DefaultConnector.connect(DefaultConnector.java:100)',
  '\tat tools.descartes.teastore.persistence.repository.CategoryRepository.getAllEntities(CategoryRepository.java:61)',
  '\tat tools.descartes.teastore.persistence.rest.CategoryEndpoint.listAllEntities(CategoryEndpoint.java:48)',
];
const webFail = (min, path) => [
  cat(min, 'SEVERE', 'org.apache.catalina.core.StandardWrapperValve.invoke', `Servlet.service() for servlet [${path}] in context with path [/tools.descartes.teastore.webui] threw exception`),
  'javax.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error',
  '\tat org.glassfish.jersey.client.JerseyInvocation.convertToException(JerseyInvocation.java:1098)',
  '\tat org.glassfish.jersey.client.JerseyInvocation.translate(JerseyInvocation.java:883)',
  '\tat tools.descartes.teastore.registryclient.rest.LoadBalancedCRUDOperations.getEntities(LoadBalancedCRUDOperations.java:140)',
  '\tat tools.descartes.teastore.webui.servlet.AbstractUIServlet.checkforCookie(AbstractUIServlet.java:97)',
];
const mariadb = [
  '2026-05-27 11:02:13 0 [Note] mysqld (server 10.11.8-MariaDB-ubu2204) starting as process 1 ...',
  '2026-05-27 11:02:14 0 [Note] InnoDB: Buffer pool(s) load completed at 260527 11:02:14',
  "2026-05-27 11:02:14 0 [Note] Server socket created on IP: '0.0.0.0'.",
  "2026-05-27 11:02:14 0 [Note] mysqld: ready for connections.\nVersion: '10.11.8-MariaDB-ubu2204'  socket: '/run/mysqld/mysqld.sock'  port: 3306  mariadb.org binary distribution",
  `${T.iso(-21.5).replace('T', ' ').slice(0, 19)} 4812 [Warning] Aborted connection 4812 to db: 'teadb' user: 'teauser' host: '%IPOF:teastore-persistence#0%' (Got timeout reading communication packets)`,
  `${T.iso(-13.2).replace('T', ' ').slice(0, 19)} 4809 [Warning] Aborted connection 4809 to db: 'teadb' user: 'teauser' host: '%IPOF:teastore-persistence#0%' (Got timeout reading communication packets)`,
];

export const scenarios = [
  {
    folder: 's130b-teastore-category-500s',
    incidentTime: '2026-06-03T09:47:00Z',
    description: 'teastore webui giving 500 on category pages + login for the past 20 min or so, pods all green. persistance logs full of exceptions',
    expected: { component: 'teastore-db', cause: 'network-fault' },
    alsoAcceptable: [{ component: 'persistence', cause: 'network-fault' }],
    difficulty: 'hard',
    traits: ['network-policy', 'pods-ready', 'louder-dependents', 'callers-only', 'typo', 'time-expression'],
    grounding: `
      TeaStore teastore-clusterip.yaml: teastore-persistence reaches teastore-db through DB_HOST=teastore-db, DB_PORT=3306;
      every pod carries labels app=teastore, run=<name>; no NetworkPolicy upstream, no probes, so all pods stay Running/Ready.
      The fault follows the Kubernetes NetworkPolicy documentation and the common "default-deny with a wrong selector"
      mistake (also the network-policy experiments of chaos tooling): 25 minutes before the incident a hardening change adds
      an ingress NetworkPolicy that selects run=teastore-db and admits only pods labelled app=teastore-persistence, a label no
      pod has, so all new TCP connections to MariaDB 3306 are silently dropped (the CNI enforces it; connect times out, not
      refused). Persistence's pooled connections die one by one (MariaDB "Aborted connection ... Got timeout reading
      communication packets"), new ones time out in the MariaDB Connector/J, and webui renders 500s. The database itself is
      healthy. Deviations: the policy is invented; MariaDB version in logs is assumed for the descartesresearch/teastore-db image.
    `,
    networkPolicies: [
      {
        name: 'teastore-db-allow-persistence',
        created: -25,
        spec: {
          podSelector: { matchLabels: { run: 'teastore-db' } },
          policyTypes: ['Ingress'],
          ingress: [{ from: [{ podSelector: { matchLabels: { app: 'teastore-persistence' } } }], ports: [{ protocol: 'TCP', port: 3306 }] }],
        },
      },
    ],
    logs: {
      'teastore-db#0/teastore-db': mariadb,
      'teastore-persistence#0/teastore-persistence': [
        cat(-40, 'INFO', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [8123] milliseconds').replace(/\[http-nio-8080-exec-\d\]/, '[main]'),
        ...dbFail(-19.6), ...dbFail(-14.1), ...dbFail(-8.3), ...dbFail(-2.2), ...dbFail(-0.6),
      ],
      'teastore-webui#0/teastore-webui': [
        ...webFail(-19.5, 'CategoryServlet'), ...webFail(-13.9, 'LoginActionServlet'), ...webFail(-8.2, 'CategoryServlet'), ...webFail(-2.1, 'IndexServlet'),
      ],
      'teastore-auth#0/teastore-auth': [
        cat(-14, 'WARNING', 'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation', 'Received HTTP 500 from teastore-persistence:8080/tools.descartes.teastore.persistence/rest/users/name/user2'),
      ],
    },
  },
];
