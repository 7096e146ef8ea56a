// Blind held-out batch s122a: one Sock Shop scenario on the system part of scripts/s2-scenarios/sock-shop.mjs.
// Written before any engine run; grounding in the scenario.
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';
export { system };

const T = clock('2026-05-15T08:30:00Z');
const gokit = (min, method, extra, took) => `ts=${T.isoMs(min).replace(/\.\d{3}Z$/, (m) => m.slice(0, 4) + '123456Z')} caller=logging.go:${method === 'List' ? 39 : 75} method=${method} ${extra} err=null took=${took}`;

export const scenarios = [
  {
    folder: 's122a-nightly-restart-question',
    incidentTime: '2026-05-15T08:30:00Z',
    description: 'morning - grafana shows every catalogue pod restarted at 3am UTC, age 5h. did something crash overnight? site looks normal',
    difficulty: 'medium',
    traits: ['no-fault', 'time-expression', 'decoy'],
    workloads: {
      catalogue: {
        replicas: 2,
        rollout: { at: -60 * 5 - 30, revision: 12, oldReplicas: 0 },
        pods: [{ node: 'ip-10-0-1-23.eu-west-1.compute.internal' }, { node: 'ip-10-0-3-91.eu-west-1.compute.internal' }],
      },
    },
    events: [
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled up replica set catalogue-%NEW% to 1', first: -60 * 5 - 30, last: -60 * 5 - 30 },
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled down replica set catalogue-%OLD% to 1 from 2', first: -60 * 5 - 26.5, last: -60 * 5 - 26.5 },
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled up replica set catalogue-%NEW% to 2 from 1', first: -60 * 5 - 26.5, last: -60 * 5 - 26.5 },
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled down replica set catalogue-%OLD% to 0 from 1', first: -60 * 5 - 23, last: -60 * 5 - 23 },
    ],
    logs: {
      'catalogue#0/catalogue': [
        `ts=${T.isoMs(-60 * 5 - 29.9)} caller=main.go:118 transport=HTTP port=80`,
        gokit(-40, 'List', 'tags=[] order=id pageNum=1 pageSize=6 result=6', '2.31081ms'),
        gokit(-12, 'Get', 'id=3395a43e-2d88-40de-b95f-e00e1502085b', '1.104712ms'),
        gokit(-3, 'List', 'tags=[] order=id pageNum=1 pageSize=6 result=6', '1.98211ms'),
      ],
      'catalogue#1/catalogue': [
        `ts=${T.isoMs(-60 * 5 - 26.4)} caller=main.go:118 transport=HTTP port=80`,
        gokit(-20, 'Count', 'tags=[] result=9', '912.03µs'),
        gokit(-5, 'Get', 'id=a0a4f044-b040-410d-8ead-4de0446aec7e', '1.3307ms'),
      ],
      'front-end#0/front-end': [
        'Using redis for session store',
        'App now running in production mode on port 8079',
      ],
    },
    grounding: `
      Sock Shop complete-demo.yaml (9dff06f) as the kit system, catalogue scaled to 2 replicas by the team. A scheduled
      job runs "kubectl rollout restart deployment/catalogue" nightly at 03:00 UTC (a common workaround for a slow memory
      creep); it only sets the kubectl.kubernetes.io/restartedAt template annotation, so the new ReplicaSet's pod
      template is otherwise identical to the old one, both rollouts completed, no restarts, no warnings, catalogue logs
      (go-kit logfmt) show normal List/Get/Count calls. Nothing in the cluster is wrong: the question is about an expected
      restart. Deviation: replicas 2 instead of upstream 1.
    `,
  },
];
