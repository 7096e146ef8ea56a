// Batch s119d (blind, dev): one Robot Shop no-fault scenario — a catalogue error alert from a mongodb pod rescheduled
// once and recovered. System from scripts/kit-systems/robot-shop.mjs (withDefaults, default PVCs, pino helper).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };
const T = clock('2026-05-26T11:30:00Z');

export const scenarios = [
  withDefaults({
    folder: 's119d-catalogue-alert-cleared',
    incidentTime: '2026-05-26T11:30:00Z',
    description: 'instana alert "catalogue erroneous call rate" fired 11:05 and auto-closed 11:09. do we need to do anything? catalog looks ok to me',
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'time-expression', 'typo'],
    workloads: {
      mongodb: { pods: [{ containers: { mongodb: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-24.6), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 6), finishedAt: T.iso(-24.8) } }) }, readyTransition: T.iso(-24.5) }] },
    },
    events: [
      { on: 'pod:mongodb#0', reason: 'Pulled', message: 'Container image "robotshop/rs-mongodb:2.1.0" already present on machine', fieldPath: 'spec.containers{mongodb}', first: -24.7 },
      { on: 'pod:mongodb#0', reason: 'Created', message: 'Created container mongodb', fieldPath: 'spec.containers{mongodb}', first: -24.65 },
      { on: 'pod:mongodb#0', reason: 'Started', message: 'Started container mongodb', fieldPath: 'spec.containers{mongodb}', first: -24.6 },
    ],
    logs: {
      'mongodb#0/mongodb': [
        `${T.isoMs(-24.55).replace('Z', '+0000')} I CONTROL  [initandlisten] MongoDB starting : pid=1 port=27017 dbpath=/data/db 64-bit host=%POD%`,
        `${T.isoMs(-24.5).replace('Z', '+0000')} I STORAGE  [initandlisten] Detected data files in /data/db created by the 'wiredTiger' storage engine, so setting the active storage engine to 'wiredTiger'.`,
        `${T.isoMs(-24.3).replace('Z', '+0000')} I NETWORK  [initandlisten] waiting for connections on port 27017`,
        `${T.isoMs(-22.1).replace('Z', '+0000')} I NETWORK  [listener] connection accepted from %IPOF:catalogue#0%:51844 #1 (1 connection now open)`,
      ],
      'catalogue#0/catalogue': [
        pino(T, -50, 'info', 'catalogue', 'request completed', '"res":{"statusCode":200},"responseTime":6,'),
        ...[-25.0, -24.8, -24.5, -24.3, -24.0, -23.7, -23.4, -23.1, -22.8, -22.5, -22.3].map((m) => pino(T, m, 'error', 'catalogue', 'ERROR MongoError: Topology was destroyed')),
        ...[-24.9, -23.9, -22.9].map((m) => pino(T, m, 'error', 'catalogue', 'ERROR MongoNetworkError: failed to connect to server [mongodb:27017] on first connect [MongoNetworkError: connect ECONNREFUSED %SVCIP:mongodb%:27017]')),
        pino(T, -22.1, 'info', 'catalogue', 'MongoDB connected'),
        pino(T, -10, 'info', 'catalogue', 'request completed', '"res":{"statusCode":200},"responseTime":4,'),
      ],
      'web#0/web': [
        ...[-24.9, -24.2, -23.5, -22.7].map((m) => `10.1.1.84 - - [26/May/2026:${T.hm(m)}:0${Math.abs(Math.round(m)) % 10} +0000] "GET /api/catalogue/products HTTP/1.1" 500 21 "http://robotshop.example.com/" "Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0"`),
        `10.1.1.84 - - [26/May/2026:${T.hm(-8)}:41 +0000] "GET /api/catalogue/products HTTP/1.1" 200 2419 "http://robotshop.example.com/" "Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0"`,
      ],
    },
    grounding: `
      No fault now: a fault that healed itself. robot-shop's mongodb (robotshop/rs-mongodb:2.1.0, limit 200Mi in the
      helm chart) was OOM-killed once at 11:05 and restarted in place; for about three minutes catalogue (Node.js,
      mongodb driver, pino) logged "Topology was destroyed" / ECONNREFUSED and web's nginx returned 500 on
      /api/catalogue/products, which is the Instana alert; catalogue reconnected at 11:07:54 and every request since is
      200. The alert closed on its own; nothing in the cluster is wrong now (a careful engineer would note the OOM for
      follow-up but no action is needed for the alert). Decoys: the loud error burst and the in-window restart.
      Deviations from upstream: the restart; mongod 3.x-style log lines as the image prints them.`,
  }),
];
