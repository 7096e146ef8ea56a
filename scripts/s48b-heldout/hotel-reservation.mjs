// Held-out scenario of batch s48b for DeathStarBench hotel-reservation (session-3 system definition), split: test.
// Written blind (no rule packs, engine code or other scenarios read); expected answer fixed before the snapshot was built.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as hr, defaultPvcs as pvcs } from '../s3-scenarios/hotel-reservation.mjs';

export const system = hr;
export const defaultPvcs = pvcs;

const I = '2026-08-27T03:42:00Z';
const T = clock(I);
const N = (i) => `aks-nodepool1-27419563-vmss00000${i}`;
const LV = { INF: '\x1b[32mINF\x1b[0m', WRN: '\x1b[31mWRN\x1b[0m', ERR: '\x1b[1m\x1b[31mERR\x1b[0m\x1b[0m', PNC: '\x1b[1m\x1b[31mPNC\x1b[0m\x1b[0m' };
const zl = (min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
const RATE_PVC = pvcs.find((p) => p.name === 'rate-pvc').volume;
const SUB = '/subscriptions/3f1c2a7e-8d41-4b9a-a6e0-52c7d9f1b3a8/resourceGroups/mc_hotelres-prod_hotelres-aks_eastus2/providers/Microsoft.Compute/disks';
const selErr = `server selection error: server selection timeout, current topology: { Type: Unknown, Servers: [{ Addr: mongodb-rate:27017, Type: Unknown, Last error: dial tcp %SVCIP:mongodb-rate%:27017: connect: connection refused }, ] }`;
const rateBoot = (min) => [
  zl(min, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
  zl(min, 'INF', 'tune/setting.go:52', 'Set global log level: info'),
  zl(min, 'INF', 'tune/setting.go:60', 'Tune: GetMemCTimeout 2'),
  zl(min, 'INF', 'cmd/rate/main.go:23', 'Reading config...'),
  zl(min, 'INF', 'cmd/rate/main.go:36', 'Read database URL: mongodb-rate:27017'),
  zl(min, 'INF', 'cmd/rate/main.go:37', 'Initializing DB connection...'),
];
const ratePrev = [
  ...rateBoot(-3.9),
  zl(-3.4, 'PNC', 'cmd/rate/db.go:43', selErr),
  `panic: ${selErr}`,
  '',
  'goroutine 1 [running]:',
  'github.com/rs/zerolog.(*Logger).Panic.func1({0xc0002a6000?, 0x0?})',
  '\t/workspace/vendor/github.com/rs/zerolog/log.go:396 +0x27',
  'github.com/rs/zerolog.(*Event).msg(0xc00021e000, {0xc0002a6000, 0x10e})',
  '\t/workspace/vendor/github.com/rs/zerolog/event.go:158 +0x2c2',
  'github.com/rs/zerolog.(*Event).Msg(...)',
  '\t/workspace/vendor/github.com/rs/zerolog/event.go:110',
  'main.initializeDatabase({0xc000038a50, 0x12})',
  '\t/workspace/cmd/rate/db.go:43 +0x1b9',
  'main.main()',
  '\t/workspace/cmd/rate/main.go:39 +0x4a5',
];
const searchLog = [];
for (let m = -19.5, i = 0; m < -0.3; m += 1.3, i++)
  searchLog.push(zl(m, 'ERR', 'services/search/server.go:113', `SearchHandler GetRates failed: rpc error: code = Unavailable desc = ${i % 3 === 0 ? 'error reading from server: EOF' : 'connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:rate%:8084: connect: connection refused"'}`));
const frontLog = [];
for (let m = -30; m < -20; m += 2.2) frontLog.push(zl(m, 'INF', 'services/frontend/server.go:133', 'searchHandler: inDate=2015-04-09 outDate=2015-04-10 lat=37.7867 lon=-122.4112'));
for (let m = -19.2; m < -0.2; m += 1.1) frontLog.push(zl(m, 'ERR', 'services/frontend/server.go:173', 'searchHandler: SearchClient error: rpc error: code = Unavailable desc = error reading from server: EOF'));
const memcLog = ['<28 new auto-negotiating client connection', '28: Client using the ascii protocol', '<29 new auto-negotiating client connection', '29: Client using the ascii protocol'];
const jaegerLog = [
  `{"level":"info","ts":${(Date.parse(T.isoMs(-2900)) / 1000).toFixed(6)},"caller":"flags/service.go:123","msg":"Mounting expvar handler on admin server","route":"/debug/vars"}`,
  `{"level":"info","ts":${(Date.parse(T.isoMs(-2899.9)) / 1000).toFixed(6)},"caller":"healthcheck/handler.go:129","msg":"Health Check state change","status":"ready"}`,
];

export const scenarios = [
  {
    folder: 's48b-mongodb-rate-disk-still-detaching',
    description: 'hotel search returning 500s since ~03:20',
    incidentTime: I,
    expected: { component: 'mongodb-rate', cause: 'storage-unavailable' },
    difficulty: 'hard',
    traits: ['time-expression', 'louder-dependents', 'decoy'],
    grounding: `
      DeathStarBench hotelReservation kubernetes manifests at 6ecb097: mongodb-rate (mongo:4.4.6) keeps /data/db on PVC rate-pvc,
      kompose strategy Recreate; rate (cmd/rate) reads RateMongoAddress=mongodb-rate:27017 and initialises the database at start,
      log.Panic on error (zerolog ConsoleWriter, colours on), so it crash-loops while Mongo is unreachable. On AKS (managed-csi,
      Azure Disk CSI) a disk moving between VMs must detach first; when the detach from the old VM hangs, the attach to the new VM
      fails with the real ARM error AttachDiskWhileBeingDetached (HTTP 409) after a Multi-Attach error, a known Azure Disk CSI
      failure (kubernetes-sigs/azuredisk-csi-driver issues on slow or stuck detach). Incident: at 03:21 a DBA applied a memory limit
      bump (1Gi to 2Gi) to mongodb-rate; Recreate stops the old pod on vmss000000 and the new one lands on vmss000002, where the
      disk never attaches: pod ContainerCreating, attachdetach-controller FailedAttachVolume and kubelet FailedMount events,
      Deployment past its progress deadline, mongodb-rate Endpoints empty. rate restarts with mongo-driver server selection errors
      (connection refused from kube-proxy's reject rule), search and frontend log gRPC Unavailable, louder than the database.
      vmss000002 is put in the same zone as vmss000000 here (a pool spread over two zones) so a zonal disk may follow. Decoy: a
      healthy frontend rollout three hours earlier and a jaeger restart days ago.`,
    nodes: { [N(2)]: { zone: 'eastus2-1' } },
    workloads: {
      'mongodb-rate': {
        rollout: { at: -21.2, revision: 3, oldContainers: { 'hotel-reserv-rate-mongo': { resources: { requests: { cpu: '100m', memory: '256Mi' }, limits: { cpu: '1000m', memory: '1Gi' } } } } },
        containers: { 'hotel-reserv-rate-mongo': { resources: { requests: { cpu: '100m', memory: '256Mi' }, limits: { cpu: '1000m', memory: '2Gi' } } } },
        pods: [{ creating: true, created: T.iso(-20.9), node: N(2) }],
        unavailableSince: -21.2,
        endpointsChanged: -21.2,
        progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(-10.9), lastTransitionTime: T.iso(-10.9), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
      },
      rate: {
        pods: [{ node: N(1), containers: { 'hotel-reserv-rate': cs.crashLoop({ restarts: 7, exitCode: 2, reason: 'Error', startedAt: T.iso(-3.9), finishedAt: T.iso(-3.4), backoff: '5m0s', container: 'hotel-reserv-rate' }) } }],
        unavailableSince: -20,
      },
      frontend: { rollout: { at: -185, revision: 6, oldContainers: { 'hotel-reserv-frontend': { env: [{ name: 'TLS', value: '0' }, { name: 'LOG_LEVEL', value: 'INFO' }, { name: 'JAEGER_SAMPLE_RATIO', value: '0.01' }, { name: 'MEMC_TIMEOUT', value: '2' }, { name: 'GC', value: '100' }] } } },
        containers: { 'hotel-reserv-frontend': { env: [{ name: 'TLS', value: '0' }, { name: 'LOG_LEVEL', value: 'INFO' }, { name: 'JAEGER_SAMPLE_RATIO', value: '0.05' }, { name: 'MEMC_TIMEOUT', value: '2' }, { name: 'GC', value: '100' }] } } },
      jaeger: { pods: [{ containers: { 'hotel-reserv-jaeger': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-2900), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-9000), finishedAt: T.iso(-2900.1) } }) } }] },
    },
    events: [
      { on: 'deploy:mongodb-rate', reason: 'ScalingReplicaSet', message: 'Scaled down replica set mongodb-rate-%OLD% to 0 from 1', first: -21.2 },
      { on: 'deploy:mongodb-rate', reason: 'ScalingReplicaSet', message: 'Scaled up replica set mongodb-rate-%NEW% to 1', first: -20.9 },
      { on: 'pod:mongodb-rate#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned hotel-reservation/%POD% to %NODE%', first: -20.9 },
      { on: 'pod:mongodb-rate#0', reason: 'FailedAttachVolume', source: 'attachdetach-controller', type: 'Warning', message: `Multi-Attach error for volume "${RATE_PVC}" Volume is already exclusively attached to one node and can't be attached to another`, first: -20.9 },
      { on: 'pod:mongodb-rate#0', reason: 'FailedAttachVolume', source: 'attachdetach-controller', type: 'Warning', first: -18.7, last: -1.2, count: 11,
        message: `AttachVolume.Attach failed for volume "${RATE_PVC}" : rpc error: code = Internal desc = Attach volume ${SUB}/${RATE_PVC} to instance ${N(2)} failed with Retriable: false, RetryAfter: 0s, HTTPStatusCode: 409, RawError: {\r\n  "error": {\r\n    "code": "AttachDiskWhileBeingDetached",\r\n    "message": "Cannot attach data disk '${RATE_PVC}' to VM 'aks-nodepool1-27419563-vmss_2' because the disk is currently being detached or the last detach operation failed. Please wait until the disk is completely detached and then try again or delete/detach the disk explicitly again. Instructions can be found at https://aka.ms/AzureDiskDetached"\r\n  }\r\n}` },
      { on: 'pod:mongodb-rate#0', reason: 'FailedMount', type: 'Warning', message: 'Unable to attach or mount volumes: unmounted volumes=[rate], unattached volumes=[rate], failed to process volumes=[]: timed out waiting for the condition', first: -18.8, last: -2.5, count: 9 },
      { on: 'deploy:mongodb-rate', reason: 'ProgressDeadlineExceeded', message: 'Deployment "mongodb-rate" has timed out progressing.', type: 'Warning', first: -10.9 },
      { on: 'pod:rate#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container hotel-reserv-rate in pod %POD%_hotel-reservation(%PODUID%)', first: -17.5, last: -0.6, count: 41 },
      { on: 'pod:rate#0', reason: 'Pulled', message: 'Container image "hotelres.azurecr.io/hotel-reservation:6ecb097" already present on machine', first: -20, last: -3.9, count: 7 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 2 from 1', first: -184 },
    ],
    logs: {
      'rate#0/hotel-reserv-rate/previous': ratePrev,
      'search#0/hotel-reserv-search': searchLog,
      'frontend#0/hotel-reserv-frontend': frontLog,
      'memcached-rate#0/hotel-reserv-rate-mmc': memcLog,
      'jaeger#0/hotel-reserv-jaeger': jaegerLog,
    },
  },
];

/** The kompose-generated mongodb Deployments use strategy Recreate (SOURCES.md); the kit writes RollingUpdate. */
const recreate = (dir) => {
  const f = join(dir, 'deployments.json');
  const deps = JSON.parse(readFileSync(f, 'utf8'));
  for (const d of deps.items) if (d.metadata.name.startsWith('mongodb-')) d.spec.strategy = { type: 'Recreate' };
  writeFileSync(f, JSON.stringify(deps, null, 2) + '\n');
};
export const post = { 's48b-mongodb-rate-disk-still-detaching': recreate };
