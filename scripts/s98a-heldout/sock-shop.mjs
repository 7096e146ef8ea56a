// Blind held-out batch s98a: one Sock Shop scenario for the scenario kit (scripts/s2-scenario-kit.mjs),
// on the system part of scripts/s2-scenarios/sock-shop.mjs; built by scripts/s98a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/sock-shop.mjs';

export const system = base;
const IT = '2026-05-25T13:15:00Z';
const T = clock(IT);
const spring = (min, level, app, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [${app},,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const kit = (min, kv) => `ts=${T.isoMs(min)} ${kv}`;

export const scenarios = [
  {
    folder: 's98a-lunchtime-slow',
    incidentTime: IT,
    description: 'customer support says a couple of people found the sock shop "a bit slow" over lunch. anything on our side? not urgent',
    difficulty: 'easy',
    traits: ['no-fault', 'decoy'],
    grounding: `
      microservices-demo/microservices-demo deploy/kubernetes/complete-demo.yaml (9dff06f), no deviation. Nothing is
      wrong: every pod is Running and Ready, Endpoints are full, nodes are healthy; front-end, catalogue and payment
      log ordinary traffic with normal latencies. Decoy: queue-master was OOMKilled once three days ago (last state
      137) and has run cleanly since. A vague second-hand slowness report with no matching signal in the cluster is a
      no-fault complaint.
    `,
    workloads: {
      'queue-master': {
        pods: [{ containers: { 'queue-master': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.1) } }) } }],
      },
    },
    events: [],
    logs: {
      'catalogue#0/catalogue': [
        kit(-31, 'method=List tags= order=id pageNum=1 pageSize=6 result=6 err=null took=2.114357ms'),
        kit(-30.9, 'method=Count tags= result=9 err=null took=1.203388ms'),
        kit(-22, 'method=Get id=3395a43e-2d88-40de-b95f-e00e1502085b sock=3395a43e-2d88-40de-b95f-e00e1502085b err=null took=1.604211ms'),
        kit(-14, 'method=List tags=blue order=id pageNum=1 pageSize=6 result=2 err=null took=1.984720ms'),
        kit(-3, 'method=Health result=2 took=4.127µs'),
      ],
      'payment#0/payment': [
        kit(-26, 'method=Authorise result=true took=3.61µs'),
        kit(-9, 'method=Authorise result=true took=2.905µs'),
        kit(-2, 'method=Health result=1 took=2.1µs'),
      ],
      'queue-master#0/queue-master': [
        spring(-60 * 24 * 3 + 0.6, 'INFO', 'queue-master', 'main', 'works.weave.socks.queuemaster.QueueMasterApplication', 'Started QueueMasterApplication in 41.219 seconds (JVM running for 44.803)'),
      ],
    },
  },
];
