// Blind held-out batch s80b: one DeathStarBench hotelReservation scenario as a compact spec for the scenario kit.
// System definition and default PVCs imported from scripts/s3-scenarios/hotel-reservation.mjs (its system part only).
import { clock } from '../s2-scenario-kit.mjs';
import { system as base, defaultPvcs as pvcs } from '../s3-scenarios/hotel-reservation.mjs';

export const system = base;
export const defaultPvcs = pvcs;

const INC = '2026-04-08T11:05:00Z';
const T = clock(INC);
const IMG = 'hotelres.azurecr.io/hotel-reservation:6ecb097';
// zerolog ConsoleWriter (TimeFormat RFC3339, Caller()), colours kept by kubectl logs.
const LV = { INF: '\x1b[32mINF\x1b[0m', WRN: '\x1b[31mWRN\x1b[0m', DBG: '\x1b[33mDBG\x1b[0m' };
const zl = (min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
const boot = (min, svc, port, mongo) => [
  zl(min, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
  zl(min, 'INF', 'tune/setting.go:52', 'Set global log level: info'),
  zl(min, 'INF', 'tune/setting.go:60', 'Tune: GetMemCTimeout 2'),
  zl(min, 'INF', `cmd/${svc}/main.go:23`, 'Reading config...'),
  ...(mongo
    ? [
        zl(min, 'INF', `cmd/${svc}/main.go:36`, `Read database URL: ${mongo}`),
        zl(min, 'INF', `cmd/${svc}/main.go:37`, 'Initializing DB connection...'),
        zl(min + 0.02, 'INF', `cmd/${svc}/main.go:41`, 'Successfull'),
      ]
    : []),
  zl(min + 0.02, 'INF', `cmd/${svc}/main.go:46`, `Read target port: ${port}`),
  zl(min + 0.02, 'INF', `cmd/${svc}/main.go:47`, 'Read consul address: consul:8500'),
  zl(min + 0.02, 'INF', `cmd/${svc}/main.go:48`, 'Read jaeger address: jaeger:6831'),
  zl(min + 0.02, 'INF', `cmd/${svc}/main.go:55`, `Initializing jaeger agent [service name: ${svc} | host: jaeger:6831]...`),
  zl(min + 0.02, 'INF', `cmd/${svc}/main.go:61`, 'Jaeger agent initialized'),
  zl(min + 0.02, 'INF', `cmd/${svc}/main.go:63`, 'Initializing consul agent [host: consul:8500]...'),
  zl(min + 0.02, 'INF', `cmd/${svc}/main.go:68`, 'Consul agent initialized'),
  zl(min + 0.02, 'INF', `cmd/${svc}/main.go:79`, 'Starting server...'),
];
const res = (rc, rm, lc, lm) => ({ requests: { cpu: rc, memory: rm }, limits: { cpu: lc, memory: lm } });

export const scenarios = [
  {
    folder: 's80b-geo-cpu-rightsized',
    description: 'hotel search is crawling since ~10:30, p99 on /hotels went from 40ms to multiple seconds. login + reservations fine. nothing is crashing',
    incidentTime: INC,
    expected: { component: 'geo', cause: 'resource-exhaustion' },
    alsoAcceptable: [{ component: 'geo', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'cpu-starvation', 'rollout-regression', 'time-expression', 'decoy'],
    grounding: `
      Manifests: delimitrou/DeathStarBench hotelReservation kubernetes/ and helm-chart at 6ecb097 (system part of
      scripts/s3-scenarios/hotel-reservation.mjs): every Go service requests 100m CPU and is limited to 1000m.
      Fault: a "right-sizing" change (the kind a cost tool or VPA recommendation proposes from idle-hour averages) rolled
      geo out 37 minutes before the incident with its CPU limit cut from 1000m to 100m, requests unchanged; the old and the
      new ReplicaSet templates differ only in that limit. geo answers every Nearby call by scanning its in-memory geo
      index built from mongodb-geo (services/geo/server.go), so under the benchmark load it needs far more than 100m: the
      CFS quota throttles it in every 100 ms period and the Go runtime (GOMAXPROCS = the node's 4 vCPUs) burns its quota
      in a few milliseconds — the CPU-limit latency shape described in public write-ups of CFS throttling (e.g. the Kubernetes
      CPU-limits / CFS-quota talks and Uber's automaxprocs rationale). The pod stays Running and Ready (no probes, gRPC
      keeps answering), nothing restarts, no Event is written beyond the rollout's; search and frontend do not log slow
      calls (the frontend's search handler only logs errors, and the gRPC calls carry no deadline), so the only traces
      are the rollout and the latency the description names.
      Decoy: profile was rolled out two days ago (LOG_LEVEL DEBUG -> INFO), healthy since.
    `,
    workloads: {
      geo: {
        containers: { 'hotel-reserv-geo': { resources: res('100m', '64Mi', '100m', '256Mi') } },
        endpointsChanged: -36.4,
        rollout: { at: -37, revision: 6, oldReplicas: 0, oldContainers: { 'hotel-reserv-geo': { resources: res('100m', '64Mi', '1000m', '256Mi') } } },
      },
      profile: {
        rollout: {
          at: -60 * 24 * 2 - 133, revision: 9, oldReplicas: 0,
          oldContainers: { 'hotel-reserv-profile': { env: [{ name: 'TLS', value: '0' }, { name: 'LOG_LEVEL', value: 'DEBUG' }, { name: 'JAEGER_SAMPLE_RATIO', value: '0.01' }, { name: 'MEMC_TIMEOUT', value: '2' }, { name: 'GC', value: '100' }] } },
        },
      },
    },
    events: [
      { on: 'deploy:geo', reason: 'ScalingReplicaSet', message: 'Scaled up replica set geo-%NEW% to 1', first: -37 },
      { on: 'deploy:geo', reason: 'ScalingReplicaSet', message: 'Scaled down replica set geo-%OLD% to 0 from 1', first: -36.4 },
    ],
    logs: {
      'geo#0/hotel-reserv-geo': boot(-36.4, 'geo', 8083, 'mongodb-geo:27017'),
      'search#0/hotel-reserv-search': boot(-60 * 24 * 9 + 0.35, 'search', 8082),
      'profile#0/hotel-reserv-profile': boot(-60 * 24 * 2 - 132.4, 'profile', 8081, 'mongodb-profile:27017'),
      'frontend#0/hotel-reserv-frontend': boot(-60 * 24 * 9 + 0.4, 'frontend', 5000),
      'frontend#1/hotel-reserv-frontend': boot(-60 * 24 * 9 + 0.4, 'frontend', 5000),
    },
  },
];
