// Blind held-out batch s92b: one DeathStarBench hotelReservation scenario for the scenario kit
// (scripts/s2-scenario-kit.mjs), on the system part of scripts/s3-scenarios/hotel-reservation.mjs; grounding in the scenario.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs } from '../s3-scenarios/hotel-reservation.mjs';

export { system, defaultPvcs };

const T = clock('2026-08-12T14:47:00Z');
const N1 = 'aks-nodepool1-27419563-vmss000001';
const VOL = defaultPvcs.find((p) => p.name === 'rate-pvc').volume;
const DISK = `/subscriptions/3f1c2a7e-8d41-4b9a-a6e0-52c7d9f1b3a8/resourceGroups/mc_hotelres-prod_hotelres-aks_eastus2/providers/Microsoft.Compute/disks/${VOL}`;
const LV = { INF: '\x1b[32mINF\x1b[0m', ERR: '\x1b[1m\x1b[31mERR\x1b[0m\x1b[0m' };
const zl = (min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
const sel = `server selection error: server selection timeout, current topology: { Type: Unknown, Servers: [{ Addr: mongodb-rate:27017, Type: Unknown, Last error: dial tcp %SVCIP:mongodb-rate%:27017: connect: connection refused }, ] }`;

export const scenarios = [
  {
    folder: 's92b-hotel-rates-disk',
    incidentTime: '2026-08-12T14:47:00Z',
    description: 'hotel search returning 500s for most date ranges since ~14:25 (right after someone bounced the rate mongo pod to "fix" slowness)',
    expected: { component: 'mongodb-rate', cause: 'storage-unavailable' },
    alsoAcceptable: [{ component: 'mongodb-rate', cause: 'dependency-down' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'partial-name'],
    workloads: {
      'mongodb-rate': {
        unavailableSince: -23,
        pods: [{ node: N1, created: T.iso(-23), creating: true, containers: { 'hotel-reserv-rate-mongo': cs.creating() } }],
      },
    },
    events: [
      { on: 'rs:mongodb-rate', reason: 'SuccessfulCreate', message: 'Created pod: mongodb-rate-%RS%', first: -23 },
      { on: 'pod:mongodb-rate#0', reason: 'Scheduled', source: 'default-scheduler', message: `Successfully assigned hotel-reservation/%POD% to ${N1}`, first: -23 },
      { on: 'pod:mongodb-rate#0', reason: 'FailedAttachVolume', type: 'Warning', source: 'attachdetach-controller', message: `AttachVolume.Attach failed for volume "${VOL}" : rpc error: code = Unknown desc = Attach volume ${DISK} to instance ${N1} failed with Retriable: false, RetryAfter: 0s, HTTPStatusCode: 409, RawError: {\r\n  "error": {\r\n    "code": "OperationNotAllowed",\r\n    "message": "The maximum number of data disks allowed to be attached to a VM of this size is 8.",\r\n    "target": "dataDisks"\r\n  }\r\n}`, first: -22.8, last: -1.5, count: 14 },
      { on: 'pod:mongodb-rate#0', reason: 'FailedMount', type: 'Warning', message: 'Unable to attach or mount volumes: unmounted volumes=[rate], unattached volumes=[rate kube-api-access-x7q2m]: timed out waiting for the condition', first: -20.9, last: -2.6, count: 9 },
    ],
    logs: {
      'rate#0/hotel-reserv-rate': [
        zl(-60 * 24 * 6, 'INF', 'cmd/rate/main.go:38', 'Read database URL: mongodb-rate:27017'),
        zl(-60 * 24 * 6, 'INF', 'cmd/rate/db.go:29', 'New session successfull...'),
        zl(-60 * 24 * 6, 'INF', 'cmd/rate/main.go:57', 'Successfull'),
        zl(-21.7, 'ERR', 'services/rate/server.go:112', `Tried to find hotelId [41]: ${sel}`),
        zl(-12.3, 'ERR', 'services/rate/server.go:112', `Tried to find hotelId [17]: ${sel}`),
        zl(-1.4, 'ERR', 'services/rate/server.go:112', `Tried to find hotelId [63]: ${sel}`),
      ],
      'search#0/hotel-reserv-search': [
        zl(-21.7, 'ERR', 'services/search/server.go:128', `rate.GetRates failed: rpc error: code = Unknown desc = ${sel}`),
        zl(-1.4, 'ERR', 'services/search/server.go:128', `rate.GetRates failed: rpc error: code = Unknown desc = ${sel}`),
      ],
      'frontend#0/hotel-reserv-frontend': [
        zl(-40, 'INF', 'services/frontend/server.go:162', 'SearchHandler: searching hotels near (37.7867, -122.4112) from 2015-04-14 to 2015-04-17'),
        zl(-21.6, 'ERR', 'services/frontend/server.go:181', 'SearchHandler: search.Nearby failed: rpc error: code = Unknown desc = rate.GetRates failed'),
        zl(-1.3, 'ERR', 'services/frontend/server.go:181', 'SearchHandler: search.Nearby failed: rpc error: code = Unknown desc = rate.GetRates failed'),
      ],
    },
    grounding: `
      Upstream hotelReservation/kubernetes (6ecb097): mongodb-rate is a single-replica Deployment with a ReadWriteOnce claim
      rate-pvc (here managed-csi, Azure Disk CSI) mounted at /data/db; rate reads rate plans from it on memcached misses and
      search/frontend call rate. The pod was deleted by hand at about 14:24; its replacement landed on vmss000001, whose VM
      (Standard_D4s_v5, 8 data disks) still carries data disks left attached from released volumes that the scheduler's
      per-node CSI volume count does not see, so Azure refuses the attach with 409 OperationNotAllowed "The maximum number of
      data disks allowed to be attached to a VM of this size is 8" (kubernetes-sigs/azuredisk-csi-driver issues) and the pod
      stays ContainerCreating with FailedAttachVolume / FailedMount. rate logs server selection errors; search and frontend
      return errors. Log line texts of rate/search/frontend are written in the image's zerolog console format, not copied.
    `,
  },
];
