// Blind held-out batch s76b: the OpenTelemetry demo scenario (split test), as a spec for the scenario kit (scripts/s2-scenario-kit.mjs).
// System from scripts/kit-systems/otel-demo.mjs; built by scripts/s76b-build.mjs.
import { createHash } from 'node:crypto';
import { clock, cs, uid } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/otel-demo.mjs';

export const system = base;

const IT = '2026-02-17T17:48:00Z';
const T = clock(IT);
const SCALED = -47.6; // 17:00:24Z, 18:00 Europe/Berlin

const PRODUCTS = [
  ['OLJCESPC7Z', 101, 960000000], ['66VCHSJNUP', 349, 950000000], ['1YMWWN1N4O', 109, 990000000],
  ['L9ECAV7KIM', 68, 990000000], ['2ZYFJ3GM2N', 129, 990000000], ['0PUK6V6EV0', 21, 990000000],
  ['LS4PSXUNUM', 11, 990000000], ['9SIQT8TOJO', 8, 990000000], ['6E92ZMYYFZ', 34, 990000000],
];
const ADDR = [
  ['1600 Amphitheatre Parkway', 'Mountain View', 'CA', 'United States', '94043'],
  ['Wilhelmstraße 42', 'Berlin', 'BE', 'Germany', '10117'],
  ['12 Rue de la Paix', 'Paris', 'IDF', 'France', '75002'],
];
const hex = (s, n) => createHash('sha256').update(s).digest('hex').slice(0, n);
const orderId = (i) => { const x = hex(`order/${i}`, 32); return `${x.slice(0, 8)}-${x.slice(8, 12)}-11f0-${x.slice(16, 20)}-${x.slice(20, 32)}`; };
const orderJson = (i) => {
  const p = PRODUCTS[i % PRODUCTS.length];
  const q = 1 + (i % 3);
  const a = ADDR[i % ADDR.length];
  const trk = hex(`trk/${i}`, 32);
  return `{ "orderId": "${orderId(i)}", "shippingTrackingId": "${trk.slice(0, 8)}-${trk.slice(8, 12)}-${trk.slice(12, 16)}-${trk.slice(16, 20)}-${trk.slice(20, 32)}", "shippingCost": { "currencyCode": "USD", "units": "${8 + (i % 9)}", "nanos": ${(i * 130000000) % 1000000000} }, "shippingAddress": { "streetAddress": "${a[0]}", "city": "${a[1]}", "state": "${a[2]}", "country": "${a[3]}", "zipCode": "${a[4]}" }, "items": [ { "item": { "productId": "${p[0]}", "quantity": ${q} }, "cost": { "currencyCode": "USD", "units": "${p[1]}", "nanos": ${p[2]} } } ] }`;
};
const npgsqlFail = [
  'fail: Accounting.Consumer[0]',
  '      Order parsing failed:',
  "      System.InvalidOperationException: An exception has been raised that is likely due to a transient failure. Consider enabling transient error resiliency by adding 'EnableRetryOnFailure' to the 'UseNpgsql' call.",
  '       ---> Npgsql.NpgsqlException (0x80004005): Failed to connect to %SVCIP:postgresql%:5432',
  '       ---> System.Net.Sockets.SocketException (111): Connection refused',
  '         at Npgsql.Internal.NpgsqlConnector.Connect(NpgsqlTimeout timeout)',
  '         at Npgsql.Internal.NpgsqlConnector.Connect(NpgsqlTimeout timeout)',
  '         at Npgsql.Internal.NpgsqlConnector.RawOpen(SslMode sslMode, NpgsqlTimeout timeout, Boolean async, CancellationToken cancellationToken)',
  '         at Npgsql.Internal.NpgsqlConnector.<Open>g__OpenCore|214_1(NpgsqlConnector conn, SslMode sslMode, NpgsqlTimeout timeout, Boolean async, CancellationToken cancellationToken)',
  '         at Npgsql.Internal.NpgsqlConnector.Open(NpgsqlTimeout timeout, Boolean async, CancellationToken cancellationToken)',
  '         at Npgsql.PoolingDataSource.OpenNewConnector(NpgsqlConnection conn, NpgsqlTimeout timeout, Boolean async, CancellationToken cancellationToken)',
  '         at Npgsql.PoolingDataSource.<Get>g__RentAsync|34_0(NpgsqlConnection conn, NpgsqlTimeout timeout, Boolean async, CancellationToken cancellationToken)',
  '         at Npgsql.NpgsqlConnection.<Open>g__OpenAsync|42_0(Boolean async, CancellationToken cancellationToken)',
  '         at Npgsql.NpgsqlConnection.Open()',
  '         at Microsoft.EntityFrameworkCore.Storage.RelationalConnection.OpenDbConnection(Boolean errorsExpected)',
  '         at Microsoft.EntityFrameworkCore.Storage.RelationalConnection.OpenInternal(Boolean errorsExpected)',
  '         at Microsoft.EntityFrameworkCore.Storage.RelationalConnection.Open(Boolean errorsExpected)',
  '         at Microsoft.EntityFrameworkCore.Update.Internal.BatchExecutor.Execute(IEnumerable`1 commandBatches, IRelationalConnection connection)',
  '         at Microsoft.EntityFrameworkCore.Storage.RelationalDatabase.SaveChanges(IList`1 entries)',
  '         at Microsoft.EntityFrameworkCore.ChangeTracking.Internal.StateManager.SaveChanges(IList`1 entriesToSave)',
  '         at Microsoft.EntityFrameworkCore.ChangeTracking.Internal.StateManager.SaveChanges(StateManager stateManager, Boolean acceptAllChangesOnSuccess)',
  '         at Npgsql.EntityFrameworkCore.PostgreSQL.Storage.Internal.NpgsqlExecutionStrategy.Execute[TState,TResult](TState state, Func`3 operation, Func`3 verifySucceeded)',
  '         --- End of inner exception stack trace ---',
  '         at Npgsql.EntityFrameworkCore.PostgreSQL.Storage.Internal.NpgsqlExecutionStrategy.Execute[TState,TResult](TState state, Func`3 operation, Func`3 verifySucceeded)',
  '         at Microsoft.EntityFrameworkCore.ChangeTracking.Internal.StateManager.SaveChanges(Boolean acceptAllChangesOnSuccess)',
  '         at Microsoft.EntityFrameworkCore.DbContext.SaveChanges(Boolean acceptAllChangesOnSuccess)',
  '         at Microsoft.EntityFrameworkCore.DbContext.SaveChanges()',
  '         at Accounting.Consumer.ProcessMessage(Message`2 message) in /src/Consumer.cs:line 137',
];

// The .NET console logger prints no timestamps; the container started 9 days ago and has consumed the orders since.
const accountingLog = (() => {
  const out = [
    'Accounting service started',
    ...Array.from({ length: 14 }, () => 'System.Collections.DictionaryEntry'),
    'info: Accounting.Consumer[0]',
    '      Connecting to Kafka: kafka:9092',
  ];
  // The last stretch of orders: written until the database went away, then every SaveChanges fails.
  let i = 0;
  for (let m = -75; m < -0.3; m += 0.55 + ((i * 7) % 5) * 0.1) {
    out.push('info: Accounting.Consumer[0]', `      Order details: ${orderJson(i)}.`);
    if (m > SCALED) out.push(...npgsqlFail);
    i++;
  }
  return out;
})();

export const scenarios = [
  {
    folder: 's76b-accounting-writes-stop-at-six',
    incidentTime: IT,
    description: "data platform here - accounting hasn't written a single order to postgres since ~18:00 CET. consumer is up and still logging orders, shop itself is fine",
    expected: { component: 'postgresql', cause: 'no-endpoints' },
    alsoAcceptable: [{ component: 'postgresql', cause: 'dependency-down' }],
    difficulty: 'medium',
    traits: ['callers-only', 'team-name', 'time-expression', 'decoy'],
    grounding: `
      Manifests: open-telemetry/opentelemetry-demo kubernetes/opentelemetry-demo.yaml at a8a3ea2 (postgresql Deployment and
      Service tcp-service 5432; accounting's DB_CONNECTION_STRING Host=postgresql). Log wording from src/accounting/Consumer.cs
      (ProcessMessage logs "Order details: {@OrderResult}." before SaveChanges and catches every exception as
      "Order parsing failed:"), Program.cs ("Accounting service started", then Console.WriteLine of DictionaryEntry values,
      which prints the type name) and the .NET console logger's default format.
      Fault: kube-downscaler (its downscaler/uptime annotation and downscaler/original-replicas bookkeeping, as its README
      documents) scaled the postgresql Deployment to zero at 18:00 Europe/Berlin: the annotation was copied from the
      staging overlay into production. The ReplicaSet has no pods, the postgresql Service has no endpoints, and
      accounting's EF Core SaveChanges gets "Connection refused" from the Service address for every order (Npgsql's
      execution strategy wraps it as a transient failure), while the Kafka consumer keeps committing offsets.
      Decoy: fraud-detection was OOMKilled two days ago and has run since.
      Deviations from upstream: the downscaler annotations on postgresql; the deleted postgres pod's Killing event is
      written by the build script (the kit has no pod to hang it on).
    `,
    workloads: {
      postgresql: {
        replicas: 0,
        deployAnnotations: { 'downscaler/uptime': 'Mon-Fri 07:30-18:00 Europe/Berlin', 'downscaler/original-replicas': '1' },
        deployStatus: {
          observedGeneration: 6,
          conditions: [
            { type: 'Available', status: 'True', lastUpdateTime: T.iso(-60 * 24 * 30), lastTransitionTime: T.iso(-60 * 24 * 30), reason: 'MinimumReplicasAvailable', message: 'Deployment has minimum availability.' },
            { type: 'Progressing', status: 'True', lastUpdateTime: T.iso(-60 * 24 * 30), lastTransitionTime: T.iso(-60 * 24 * 30), reason: 'NewReplicaSetAvailable', message: 'ReplicaSet "%RS%" has successfully progressed.' },
          ],
        },
        endpointsChanged: SCALED + 0.02,
      },
      'fraud-detection': {
        pods: [{
          containers: {
            'fraud-detection': cs.restartedRunning({
              restarts: 1, startedAt: T.iso(-60 * 24 * 2 + 0.2),
              last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9 + 0.4), finishedAt: T.iso(-60 * 24 * 2) },
            }),
          },
        }],
      },
    },
    events: [
      { on: 'deploy:postgresql', reason: 'ScalingReplicaSet', message: 'Scaled down replica set postgresql-%NEW% to 0 from 1', first: SCALED },
      { on: 'rs:postgresql', reason: 'SuccessfulDelete', message: 'Deleted pod: %OLDPOD%', first: SCALED + 0.01 },
    ],
    logs: {
      'accounting#0/accounting': accountingLog,
    },
  },
];

/** Fix-ups the kit cannot express: the deleted postgres pod's name in the events and its Killing event, the RS name in the status. */
export function post(spec, files) {
  const rs = files['replicasets.json'].items.find((r) => r.metadata.ownerReferences[0].name === 'postgresql');
  const podName = `${rs.metadata.name}-x7k2q`;
  const dep = files['deployments.json'].items.find((d) => d.metadata.name === 'postgresql');
  for (const c of dep.status.conditions) c.message = c.message.replace('%RS%', rs.metadata.name);
  rs.metadata.annotations['deployment.kubernetes.io/desired-replicas'] = '0';
  rs.metadata.annotations['deployment.kubernetes.io/max-replicas'] = '0';
  rs.status = { replicas: 0, observedGeneration: 2 };
  rs.metadata.generation = 2;
  dep.metadata.generation = 6;
  const evs = files['events.json'].items;
  for (const e of evs) e.message = e.message.replace('%OLDPOD%', podName);
  const t = T.iso(SCALED + 0.01);
  evs.push({
    metadata: { name: `${podName}.${hex(`${spec.folder}/kill`, 16)}`, namespace: 'otel-demo', uid: uid(`${spec.folder}/ev/kill`), resourceVersion: '9150900', creationTimestamp: t },
    involvedObject: { kind: 'Pod', namespace: 'otel-demo', name: podName, uid: uid(`${spec.folder}/pod/${podName}`), apiVersion: 'v1', resourceVersion: '9100444', fieldPath: 'spec.containers{postgresql}' },
    reason: 'Killing', message: 'Stopping container postgresql', source: { component: 'kubelet', host: 'gke-astro-prod-default-pool-8b41d0c3-v7mt' },
    firstTimestamp: t, lastTimestamp: t, count: 1, type: 'Normal', eventTime: null, reportingComponent: 'kubelet', reportingInstance: 'gke-astro-prod-default-pool-8b41d0c3-v7mt',
  });
}
