// Blind held-out batch s104a: one Sock Shop scenario (split test) for the scenario kit (scripts/s2-scenario-kit.mjs).
// System: the session-2 definition in scripts/s2-scenarios/sock-shop.mjs (deploy/kubernetes/complete-demo.yaml at 9dff06f).
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };
const I = '2026-08-19T08:12:00Z';
const T = clock(I);
const restartedAt = (min) => ({ 'kubectl.kubernetes.io/restartedAt': T.iso(min) });
const kit = (min, kv) => `ts=${T.isoMs(min)} ${kv}`;
const cat = [];
for (let m = -60 * 5.5 + 1; m < -0.5; m += 17) cat.push(kit(m, `caller=logging.go:62 method=List tags= order=id pageNum=1 pageSize=6 result=6 err=null took=${(2 + (Math.round(-m) % 5)) * 0.41}ms`), kit(m + 0.1, `caller=logging.go:84 method=Tags result=12 err=null took=${(1 + (Math.round(-m) % 3)) * 0.37}ms`));
const usr = [];
for (let m = -60 * 5.5 + 2; m < -0.5; m += 23) usr.push(kit(m, `caller=logging.go:23 method=Login username=user took=${(5 + (Math.round(-m) % 7)) * 0.9}ms`));

export const scenarios = [
  {
    folder: 's104a-nightly-restart-question',
    incidentTime: I,
    description: 'saw catalogue and user pods got recreated around 02:40 last night in sock-shop, nobody on our team deployed. is something broken??',
    difficulty: 'medium',
    traits: ['no-fault', 'time-expression', 'partial-name'],
    grounding: `
      No fault. The platform team's nightly maintenance job runs "kubectl rollout restart" on the Go services (it adds the
      kubectl.kubernetes.io/restartedAt annotation to the pod template), which creates a new ReplicaSet per Deployment with the same pod
      spec: the old and new ReplicaSet templates are identical apart from the hash (the annotation lives on the pod metadata). The new
      catalogue and user pods became Ready within seconds, both Deployments report NewReplicaSetAvailable, and their go-kit logs show
      ordinary List/Tags/Login calls since. Deviations from upstream: the maintenance job is the operator's.`,
    workloads: {
      catalogue: { patch: { podAnnotations: restartedAt(-60 * 5.5) }, rollout: { at: -60 * 5.5, revision: 4 }, deployAnnotations: {} },
      user: { patch: { podAnnotations: restartedAt(-60 * 5.5 + 0.1) }, rollout: { at: -60 * 5.5 + 0.1, revision: 4 } },
    },
    events: [
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled up replica set catalogue-%NEW% to 1', first: -60 * 5.5 },
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled down replica set catalogue-%OLD% to 0 from 1', first: -60 * 5.5 + 0.4 },
      { on: 'deploy:user', reason: 'ScalingReplicaSet', message: 'Scaled up replica set user-%NEW% to 1', first: -60 * 5.5 + 0.1 },
      { on: 'deploy:user', reason: 'ScalingReplicaSet', message: 'Scaled down replica set user-%OLD% to 0 from 1', first: -60 * 5.5 + 0.5 },
    ],
    logs: {
      'catalogue#0/catalogue': [kit(-60 * 5.5 + 0.4, 'caller=main.go:78 transport=HTTP port=80'), ...cat],
      'user#0/user': [kit(-60 * 5.5 + 0.45, 'caller=main.go:94 transport=HTTP port=80'), ...usr],
    },
  },
];
