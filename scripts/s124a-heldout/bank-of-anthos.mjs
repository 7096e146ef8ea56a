// Blind held-out batch s124a: one Bank of Anthos scenario (split test) for the scenario kit (scripts/s2-scenario-kit.mjs).
// System definition from scripts/kit-systems/bank-of-anthos.mjs; grounding notes in the scenario.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/bank-of-anthos.mjs';

export { system };
const I = '2026-06-02T09:35:00Z';
const T = clock(I);
const c0 = system.workloads.find((w) => w.name === 'ledgerwriter').containers[0];
const badProbe = { ...c0.readinessProbe, httpGet: { ...c0.readinessProbe.httpGet, port: 8081 } };
const sb = (min, lvl, logger, msg) => `${T.java(min)} ${lvl.padEnd(5)} 1 --- [           main] ${logger.padEnd(40)} : ${msg}`;

export const scenarios = [
  {
    folder: 's124a-ledgerwriter-probe-port',
    incidentTime: I,
    description: 'ledger writer rollout stuck since 9ish, new pod never gets ready. transfers still go through',
    expected: { component: 'ledgerwriter', cause: 'probe-failure' },
    alsoAcceptable: [{ component: 'ledgerwriter', cause: 'bad-deploy-rollout' }],
    difficulty: 'easy',
    traits: ['pods-ready', 'rollout-regression', 'time-expression', 'partial-name'],
    workloads: {
      ledgerwriter: {
        rollout: { at: -34, oldReplicas: 1, oldContainers: { ledgerwriter: { readinessProbe: c0.readinessProbe } } },
        containers: { ledgerwriter: { readinessProbe: badProbe } },
        pods: [{ ready: false, containers: { ledgerwriter: cs.running(T.iso(-33.5), { ready: false }) } }],
        progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(-24), lastTransitionTime: T.iso(-24), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
      },
    },
    events: [
      { on: 'deploy:ledgerwriter', reason: 'ScalingReplicaSet', message: 'Scaled up replica set ledgerwriter-%NEW% to 1', first: -34, last: -34 },
      { on: 'pod:ledgerwriter#0', reason: 'Started', message: 'Started container ledgerwriter', first: -33.6, last: -33.6 },
      { on: 'pod:ledgerwriter#0', type: 'Warning', reason: 'Unhealthy', message: 'Readiness probe failed: Get "http://%PODIP%:8081/ready": dial tcp %PODIP%:8081: connect: connection refused', first: -32.5, last: -0.4, count: 385 },
    ],
    logs: {
      'ledgerwriter#0/ledgerwriter': [
        sb(-33.4, 'INFO', 'anthos.samples.bankofanthos.ledgerwriter.LedgerWriterApplication', 'Starting LedgerWriterApplication v0.6.10 using Java 17.0.12 with PID 1 (/app/classes started by root in /app)'),
        sb(-33.0, 'INFO', 'o.s.b.w.embedded.tomcat.TomcatWebServer', 'Tomcat started on port(s): 8080 (http) with context path \'\''),
        sb(-32.9, 'INFO', 'anthos.samples.bankofanthos.ledgerwriter.LedgerWriterApplication', 'Started LedgerWriterApplication in 27.118 seconds (process running for 28.9)'),
      ],
      'ledgerwriter#old0/ledgerwriter': [
        `${T.java(-3.2)} INFO  1 --- [nio-8080-exec-4] a.s.b.ledgerwriter.LedgerWriterController : Submitted transaction successfully`,
      ],
    },
    grounding: `
      Manifest facts: ledgerwriter (bank-of-anthos v0.6.10 kubernetes-manifests) serves on 8080 with a readinessProbe on /ready:8080.
      Fault: a release edited the probe port to 8081 (a management port the app does not open, a common Spring Boot
      management.server.port copy-paste); the new pod runs but never turns Ready, the rollout stalls with ProgressDeadlineExceeded
      while the old pod keeps serving (maxUnavailable rounds to 0 for one replica). Deviation from upstream: the probe port only.
    `,
  },
];
