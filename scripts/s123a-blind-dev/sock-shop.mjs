// Blind dev batch s123a: a Sock Shop scenario for the scenario kit (scripts/s2-scenario-kit.mjs).
// catalogue-db left with max_prepared_stmt_count=0 by a DBA: every prepared query of catalogue fails (error 1461).
import { clock } from '../s2-scenario-kit.mjs';
export { system } from '../s2-scenarios/sock-shop.mjs';

const I = '2026-05-13T09:20:00Z';
const T = clock(I);
const kit = (min, method, extra) => `ts=${T.isoMs(min)} caller=logging.go:${method === 'List' ? 34 : 80} method=${method} ${extra}`;
export const scenarios = [
  {
    folder: 's123a-catalogue-db-prepared-stmt-zero',
    incidentTime: I,
    description: 'catalog page on the shop is empty / 500s since about 9am, cart + login fine. catalogue pods look healthy??',
    expected: { component: 'catalogue-db', cause: 'config-error' },
    alsoAcceptable: [{ component: 'catalogue-db', cause: 'dependency-down' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'time-expression'],
    workloads: {},
    logs: {
      'catalogue-db#0/catalogue-db': [
        `${T.iso(-60 * 24 * 9).replace('Z', '.412003Z')} 0 [Note] mysqld: ready for connections.`,
        "Version: '5.7.44'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server (GPL)",
      ],
      'catalogue#0/catalogue': [
        kit(-25, 'List', 'tags= order=id pageNum=1 pageSize=6 result=6 err=null took=2.10318ms'),
        kit(-24, 'Count', 'tags= result=9 err=null took=1.0442ms'),
        kit(-19.5, 'List', 'tags= order=id pageNum=1 pageSize=6 result=0 err="database connection error" took=1.9021ms'),
        kit(-12, 'Get', 'id=a0a4f044-b040-410d-8ead-4de0446aec7e sock=... err="database connection error" took=1.2281ms'),
        kit(-2, 'List', 'tags= order=id pageNum=1 pageSize=6 result=0 err="database connection error" took=1.5117ms'),
        kit(-1.9, 'Count', 'tags= result=0 err="database connection error" took=0.9712ms'),
      ].map((l) => l.replace('sock=... ', '')),
      'front-end#0/front-end': [
        'GET /catalogue?size=6 500 8.216 ms - 40',
        'Error: Internal Server Error',
        '    at Request._callback (/usr/src/app/helpers/index.js:35:19)',
        'GET /catalogue/size?tags= 500 5.004 ms - 40',
        'GET /cart 200 12.773 ms - 2',
        'GET /customers/57a98d98e4b00679b4a830af 200 9.112 ms - 301',
      ],
    },
    grounding: `Upstream complete-demo.yaml: catalogue (Go, go-kit, weaveworksdemos/catalogue:0.3.5) reaches catalogue-db (MySQL
      5.7 image weaveworksdemos/catalogue-db:0.3.0, no probes) through go-sql-driver/mysql with prepared statements (sqlx Select/Get
      with arguments); catalogue maps any DB error to "database connection error" (catalogue/service.go ErrDBConnection), and its
      /health only reports the DB as a dependency, it keeps Ready.
      Deviation (the fault): during a prepared-statement leak investigation a DBA ran SET GLOBAL max_prepared_stmt_count = 0 on
      catalogue-db at about 09:00 and did not revert it; MySQL then answers every COM_STMT_PREPARE with error 1461 "Can't create
      more than max_prepared_stmt_count statements (current value: 0)" (MySQL reference, server system variable
      max_prepared_stmt_count; value 0 disables prepared statements). mysqld logs nothing for it; no pod restarts.
      The wrong value lives on catalogue-db; catalogue and front-end are the loud ones.`,
  },
];
