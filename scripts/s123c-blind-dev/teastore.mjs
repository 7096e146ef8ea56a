// Blind dev batch s123c: one TeaStore scenario (system from scripts/kit-systems/teastore.mjs).
// teastore-persistence's DB_HOST edited to the registry's Service name; webui and auth are the loud ones.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';
export { system };

const I = '2026-05-13T09:25:00Z';
const T = clock(I);
const persEnv = [
  { name: 'HOST_NAME', value: 'teastore-persistence' },
  { name: 'REGISTRY_HOST', value: 'teastore-registry' },
  { name: 'DB_HOST', value: 'teastore-registry' },
  { name: 'DB_PORT', value: '3306' },
];
const oldEnv = persEnv.map((e) => (e.name === 'DB_HOST' ? { ...e, value: 'teastore-db' } : e));
const jdbcTrace = (min) => [
  `${T.java(min)} ERROR [http-nio-8080-exec-4] o.h.e.j.s.SqlExceptionHelper - Could not create connection to database server. Attempted reconnect 3 times. Giving up.`,
  `${T.java(min)} WARN [http-nio-8080-exec-4] o.h.e.j.s.SqlExceptionHelper - SQL Error: 0, SQLState: 08001`,
  `com.mysql.cj.jdbc.exceptions.CommunicationsException: Communications link failure`,
  ``,
  `The last packet sent successfully to the server was 0 milliseconds ago. The driver has not received any packets from the server.`,
  `\tat com.mysql.cj.jdbc.exceptions.SQLError.createCommunicationsException(SQLError.java:174)`,
  `\tat com.mysql.cj.jdbc.ConnectionImpl.createNewIO(ConnectionImpl.java:836)`,
  `Caused by: java.net.ConnectException: Connection refused (Connection refused)`,
  `\tat java.net.PlainSocketImpl.socketConnect(Native Method)`,
  `\tat com.mysql.cj.protocol.StandardSocketFactory.connect(StandardSocketFactory.java:155)`,
];

export const scenarios = [
  {
    folder: 's123c-persistence-dbhost-registry',
    description: 'teastore shop shows "Oops" error page on every category since 9:10ish. login broken too. db pod looks fine??',
    incidentTime: I,
    expected: { component: 'persistence', cause: 'config-error' },
    alsoAcceptable: [{ component: 'persistence', cause: 'bad-deploy-rollout' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'louder-dependents', 'rollout-regression', 'time-expression'],
    grounding: `
      Manifest: teastore-clusterip.yaml at 5ab1188 sets DB_HOST=teastore-db, DB_PORT=3306 on teastore-persistence.
      Fault: a kubectl set env (revision 4, 16 minutes before) set DB_HOST=teastore-registry — the wrong Service name,
      copied from REGISTRY_HOST. The teastore-registry Service exposes only 8080, so kube-proxy rejects 3306 and
      Connector/J reports "Communications link failure ... Connection refused". Persistence's Tomcat starts and stays
      Ready (upstream has no probes), and answers 500 to the webui and auth, which log loudly. teastore-db is healthy.
      Deviation: only DB_HOST differs between the two persistence ReplicaSets; no probes, as upstream.`,
    workloads: {
      'teastore-persistence': { rollout: { at: -16, oldReplicas: 0, oldContainers: { 'teastore-persistence': { env: oldEnv } } }, containers: { 'teastore-persistence': { env: persEnv } } },
    },
    events: [
      { on: 'deploy:teastore-persistence', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-persistence-%NEW% to 1', first: -16 },
      { on: 'deploy:teastore-persistence', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-persistence-%OLD% to 0 from 1', first: -15 },
      { on: 'pod:teastore-persistence#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-persistence" in 1.204s (1.204s including waiting). Image size: 291345112 bytes.', first: -15.6, fieldPath: 'spec.containers{teastore-persistence}' },
      { on: 'pod:teastore-persistence#0', reason: 'Started', message: 'Started container teastore-persistence', first: -15.5, fieldPath: 'spec.containers{teastore-persistence}' },
    ],
    logs: {
      'teastore-persistence#0/teastore-persistence': [
        `13-May-2026 ${T.hm(-15.4)}:12.118 INFO [main] org.apache.catalina.startup.Catalina.start Server startup in [18342] milliseconds`,
        ...jdbcTrace(-14),
        ...jdbcTrace(-6),
        ...jdbcTrace(-1.5),
      ],
      'teastore-webui#0/teastore-webui': [
        `${T.java(-13.9)} WARN [http-nio-8080-exec-7] t.d.t.r.r.HttpWrapper - Service persistence returned 500 for GET http://teastore-persistence:8080/tools.descartes.teastore.persistence/rest/categories?start=-1&max=-1`,
        `javax.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error`,
        `\tat tools.descartes.teastore.registryclient.rest.RestUtil.throwCommonExceptions(RestUtil.java:52)`,
        `\tat tools.descartes.teastore.webui.servlet.IndexServlet.handleGETRequest(IndexServlet.java:57)`,
        `${T.java(-1.4)} WARN [http-nio-8080-exec-2] t.d.t.r.r.HttpWrapper - Service persistence returned 500 for GET http://teastore-persistence:8080/tools.descartes.teastore.persistence/rest/categories?start=-1&max=-1`,
        `javax.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error`,
      ],
      'teastore-auth#0/teastore-auth': [
        `${T.java(-6)} ERROR [http-nio-8080-exec-3] t.d.t.a.r.AuthCartRest - login failed: javax.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error (persistence /rest/users/name/user2)`,
      ],
      'teastore-db#0/teastore-db': [
        `${T.java(-60 * 24 * 9).replace(' ', 'T').slice(0, 19)}.000000Z 0 [Note] mysqld: ready for connections.`,
        `Version: '10.4.12-MariaDB-1:10.4.12+maria~bionic'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  mariadb.org binary distribution`,
      ],
    },
  },
];
void cs;
