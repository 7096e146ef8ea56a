// Blind dev batch s75b: one Sock Shop scenario for the scenario kit (scripts/s2-scenario-kit.mjs), built by
// scripts/s75b-build.mjs — catalogue-db (MySQL 5.7) left in offline_mode after a cancelled maintenance window.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };

const T = clock('2025-06-03T09:20:00Z');
const OFFLINE = -26.4; // 08:53:36, SET GLOBAL offline_mode = ON
const kit = (min, kv) => `ts=${T.isoMs(min)} ${kv}`;
const took = (k) => `${(1.1 + ((k * 37) % 29) / 10 + ((k * 7919) % 9973) / 1e6).toFixed(6)}ms`;
const ERR = 'Error 3032: The server is currently in offline mode';
const SOCKS = ['3395a43e-2d88-40de-b95f-e00e1502085b', '510a0d7e-8e83-4193-b483-e27e09ddc34d', '808a2de1-1aaa-4c25-a9b9-6612e8f29a38', 'a0a4f044-b040-410d-8ead-4de0446aec7e', 'd3588630-ad8e-49df-bbd7-3167f7efb246', 'zzz4f044-b040-410d-8ead-4de0446aec7e'];

// catalogue (go-kit logfmt, DefaultTimestampUTC + DefaultCaller); the kubelet's /health probe every 3s is logged too
const catLog = [
  kit(-60 * 24 * 9 + 0.2, 'caller=main.go:78 transport=HTTP port=80'),
];
let k = 0;
for (let m = -40; m < -0.05; m += 0.05) {
  k++;
  catLog.push(kit(m, `caller=logging.go:74 method=Health result=2 took=${took(k)}`));
  if (k % 7 === 0) {
    const off = m > OFFLINE + 0.2;
    const kind = k % 4;
    if (kind === 0) {
      if (off) catLog.push(kit(m + 0.0004, `caller=service.go:93 databaseerror="${ERR}"`));
      catLog.push(kit(m + 0.0005, `caller=logging.go:32 method=List tags= order=id pageNum=1 pageSize=6 result=${off ? 0 : 6} err=${off ? '"database connection error"' : 'null'} took=${took(k + 3)}`));
    } else if (kind === 1) {
      if (off) catLog.push(kit(m + 0.0004, `caller=service.go:121 databaseerror="${ERR}"`));
      catLog.push(kit(m + 0.0005, `caller=logging.go:46 method=Count tags= result=${off ? 0 : 9} err=${off ? '"database connection error"' : 'null'} took=${took(k + 5)}`));
    } else if (kind === 2) {
      const id = SOCKS[k % SOCKS.length];
      if (off) catLog.push(kit(m + 0.0004, `caller=service.go:144 databaseerror="${ERR}"`));
      catLog.push(kit(m + 0.0005, `caller=logging.go:57 method=Get id=${id} sock=${off ? '' : id} err=${off ? '"not found"' : 'null'} took=${took(k + 1)}`));
    } else {
      if (off) catLog.push(kit(m + 0.0004, `caller=service.go:173 databaseerror="${ERR}"`));
      catLog.push(kit(m + 0.0005, `caller=logging.go:68 method=Tags result=${off ? 0 : 12} err=${off ? '"database connection error"' : 'null'} took=${took(k + 2)}`));
    }
  }
}
// the driver's first query on each pooled connection after offline_mode finds it closed by the server
catLog.push(`[mysql] ${T.go(OFFLINE + 0.19)} packets.go:36: unexpected EOF`);
catLog.push(`[mysql] ${T.go(OFFLINE + 0.19)} packets.go:36: unexpected EOF`);
catLog.sort((a, b) => (a.startsWith('ts=') ? a.slice(3, 26) : a.slice(8, 27).replaceAll('/', '-').replace(' ', 'T')).localeCompare(b.startsWith('ts=') ? b.slice(3, 26) : b.slice(8, 27).replaceAll('/', '-').replace(' ', 'T')));

const mysql = (min, n, sev, msg) => `${T.isoMs(min).replace('Z', '000Z')} ${n} [${sev}] ${msg}`;
const dbLog = [
  mysql(-60 * 24 * 9 + 0.3, 0, 'Warning', 'TIMESTAMP with implicit DEFAULT value is deprecated. Please use --explicit_defaults_for_timestamp server option (see documentation for more details).'),
  mysql(-60 * 24 * 9 + 0.3, 0, 'Note', 'mysqld (mysqld 5.7.18) starting as process 1 ...'),
  mysql(-60 * 24 * 9 + 0.31, 0, 'Note', 'InnoDB: Completed initialization of buffer pool'),
  mysql(-60 * 24 * 9 + 0.32, 0, 'Note', 'Server hostname (bind-address): \'*\'; port: 3306'),
  mysql(-60 * 24 * 9 + 0.32, 0, 'Note', 'Event Scheduler: Loaded 0 events'),
  mysql(-60 * 24 * 9 + 0.32, 0, 'Note', 'mysqld: ready for connections.\nVersion: \'5.7.18\'  socket: \'/var/run/mysqld/mysqld.sock\'  port: 3306  MySQL Community Server (GPL)'),
  mysql(-60 * 24 * 9 + 0.6, 3, 'Warning', "IP address '%IPOF:catalogue#0%' could not be resolved: Name or service not known"),
  mysql(-60 * 24 * 6 + 12, 211, 'Note', "Aborted connection 211 to db: 'socksdb' user: 'catalogue_user' host: '%IPOF:catalogue#0%' (Got timeout reading communication packets)"),
  mysql(OFFLINE + 0.19, 4118, 'Note', "Aborted connection 4118 to db: 'socksdb' user: 'catalogue_user' host: '%IPOF:catalogue#0%' (Got an error reading communication packets)"),
  mysql(OFFLINE + 0.19, 4121, 'Note', "Aborted connection 4121 to db: 'socksdb' user: 'catalogue_user' host: '%IPOF:catalogue#0%' (Got an error reading communication packets)"),
];

// front-end (Express + morgan "dev"): catalogue 500s/404s pass straight through
const feLog = ['npm info it worked if it ends with ok', 'npm info using npm@3.10.10', 'npm info using node@v6.10.3', '> microservices-demo-front-end@0.0.1 start /usr/src/app', '> node server.js', 'App now running in production mode on port 8079'];
for (let m = -40, i = 0; m < -0.2; m += 0.9, i++) {
  const off = m > OFFLINE + 0.2;
  feLog.push(`GET / 200 ${(2 + (i % 5) * 0.7).toFixed(3)} ms - 8688`);
  feLog.push(`GET /catalogue?page=1&size=6 ${off ? 500 : 200} ${(6 + (i % 4)).toFixed(3)} ms - ${off ? 26 : 2611}`);
  if (i % 3 === 0) feLog.push(`GET /catalogue/${SOCKS[i % 5]} ${off ? 404 : 200} ${(4 + (i % 3)).toFixed(3)} ms - ${off ? 2 : 431}`);
  if (i % 4 === 1) feLog.push(`GET /cart 200 ${(9 + (i % 6)).toFixed(3)} ms - 2`);
  if (i % 5 === 2) feLog.push(`GET /customers/57a98d98e4b00679b4a830b2 200 ${(5 + (i % 3)).toFixed(3)} ms - 331`);
}

export const scenarios = [
  {
    folder: 's75b-catalogue-db-offline-mode',
    incidentTime: '2025-06-03T09:20:00Z',
    description: 'sock shop home page shows no socks, product pages 404. cart and login still work. started maybe 25min ago?',
    expected: { component: 'catalogue-db', cause: 'dependency-down' },
    difficulty: 'medium',
    traits: ['pods-ready', 'louder-dependents', 'decoy', 'time-expression'],
    workloads: {
      // decoy: orders' JVM OOMKilled two days ago (500Mi limit upstream), running since
      orders: {
        pods: [{
          containers: {
            orders: cs.restartedRunning({
              restarts: 1,
              startedAt: T.iso(-60 * 24 * 2 + 0.3),
              last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9 + 0.4), finishedAt: T.iso(-60 * 24 * 2) },
            }),
          },
        }],
      },
    },
    events: [],
    logs: {
      'catalogue#0/catalogue': catLog,
      'catalogue-db#0/catalogue-db': dbLog,
      'front-end#0/front-end': feLog,
    },
    grounding: `
      Fault: a DBA opened a maintenance window on catalogue-db (weaveworksdemos/catalogue-db:0.3.0, MySQL 5.7) with
      \`SET GLOBAL offline_mode = ON\` at 08:53 ahead of a dump-and-upgrade, the window was called off and the flag was never
      reset. MySQL 5.7 reference, offline_mode: "the server disconnects client connections that do not have the SUPER
      privilege" on their next request and refuses new ones with ER_SERVER_OFFLINE_MODE (3032, "The server is currently in
      offline mode"). catalogue connects as catalogue_user (ALL on socksdb.* only, no SUPER), so every query fails; mysqld
      itself keeps running (Ready, no probe upstream, no restart) and logs only two Notes for the pooled connections it
      dropped. catalogue (Go, go-kit logfmt, go-sql-driver "Error 3032: ..."; catalogue/service.go logs "database error"
      — go-logfmt drops the space from the key — and returns "database connection error", Get returns "not found") stays
      Ready because its /health handler always answers 200 (it only reports catalogue-db "err" in the body). The
      front-end passes the 500/404s through; carts, user and orders are unaffected.
      Decoys: an orders OOMKilled restart two days ago; last week's "IP address ... could not be resolved" warning in the
      MySQL log. Deviations: catalogue's caller line numbers and the MySQL minor version in the log are assumed.
    `,
  },
];
