// Batch s111c (blind dev): Sock Shop scenario spec for the s2 kit (scripts/s2-scenario-kit.mjs).
// Fault: catalogue released with a -DSN arg naming database "sockdb" instead of "socksdb" (MySQL error 1049).
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';
export { system };
const T = clock('2026-05-21T13:07:00Z');
const kit = (min, kv) => `ts=${T.isoMs(min)} ${kv}`;
export const scenarios = [{
  folder: 's111c-catalogue-dsn-wrong-database',
  incidentTime: '2026-05-21T13:07:00Z',
  description: 'socks catalog page empty / "error" on the shop since the 12:40 release train, front-end 500s',
  expected: { component: 'catalogue', cause: 'config-error' },
  alsoAcceptable: [{ component: 'catalogue', cause: 'bad-deploy-rollout' }],
  difficulty: 'medium',
  traits: ['pods-ready', 'louder-dependents', 'time-expression'],
  grounding: `Manifest facts: catalogue (Go, weaveworksdemos/catalogue:0.3.5) runs /app -port=80 and, without -DSN, connects to
    catalogue_user:default_password@tcp(catalogue-db:3306)/socksdb (catalogue main.go default); catalogue-db sets MYSQL_DATABASE socksdb.
    Fault: the 12:40 release added an explicit -DSN arg (deviation from upstream) with the database typed "sockdb"; go-sql-driver/mysql
    connects lazily, so the service starts and stays Ready, and every query fails with "Error 1049: Unknown database 'sockdb'"; the
    front-end logs the failing catalogue calls and answers 500. The new ReplicaSet differs from the old one only by the args.`,
  workloads: {
    catalogue: {
      rollout: { at: -27, oldReplicas: 0, oldContainers: { catalogue: { args: ['-port=80'] } } },
      containers: { catalogue: { args: ['-port=80', '-DSN=catalogue_user:default_password@tcp(catalogue-db:3306)/sockdb'] } },
    },
  },
  events: [
    { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled up replica set catalogue-%NEW% to 1', first: -27 },
    { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled down replica set catalogue-%OLD% to 0 from 1', first: -23.5 },
    { on: 'pod:catalogue#0', reason: 'Pulled', message: 'Container image "weaveworksdemos/catalogue:0.3.5" already present on machine', first: -26.9 },
    { on: 'pod:catalogue#0', reason: 'Started', message: 'Started container catalogue', fieldPath: 'spec.containers{catalogue}', first: -26.8 },
  ],
  logs: {
    'catalogue#0/catalogue': [
      kit(-26.7, 'caller=main.go:100 transport=HTTP port=80'),
      kit(-5.1, 'caller=logging.go:33 method=List tags= order= pageNum=1 pageSize=6 result=0 err="Error 1049: Unknown database \'sockdb\'" took=2.91ms'),
      kit(-5.1, 'caller=logging.go:61 method=Count tags= result=0 err="Error 1049: Unknown database \'sockdb\'" took=1.84ms'),
      kit(-3.0, 'caller=logging.go:83 method=Health result=2 took=4.1µs'),
      kit(-1.2, 'caller=logging.go:33 method=List tags= order= pageNum=1 pageSize=6 result=0 err="Error 1049: Unknown database \'sockdb\'" took=2.47ms'),
    ],
    'front-end#0/front-end': [
      'GET /catalogue?page=1&size=6 500 14.223 ms - 21',
      'Error with log in: undefined',
      'GET /catalogue/size 500 9.871 ms - 21',
      'GET / 200 3.114 ms - 8688',
      'GET /catalogue?page=1&size=6 500 12.006 ms - 21',
    ],
    'catalogue-db#0/catalogue-db': [
      `${T.isoMs(-60 * 24 * 9 + 1).replace(/\.\d+Z/, '.000000Z')} 0 [Note] mysqld: ready for connections.`,
      `${T.isoMs(-5.1).replace(/\.\d+Z/, '.000000Z')} 912 [Note] Access denied for user 'catalogue_user'@'%' to database 'sockdb'`,
    ],
  },
}];
