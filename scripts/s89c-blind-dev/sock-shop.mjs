// Batch s89c (blind dev): one Sock Shop no-fault scenario on the session-2 system (scripts/s2-scenarios/sock-shop.mjs).
// A dashboard blip of catalogue 500s during a planned CPU-limit rollout, finished and healthy long before the question.
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };

const INC = '2026-06-02T10:31:00Z';
const T = clock(INC);
const res = (rc, rm, lc, lm) => ({ requests: { cpu: rc, memory: rm }, limits: { cpu: lc, memory: lm } });
const kit = (min, kv) => `ts=${T.isoMs(min)} caller=logging.go:${kv.startsWith('method=Health') ? 81 : 62} ${kv}`;
const catNew = [`ts=${T.isoMs(-26.4)} transport=HTTP port=80`];
const frontA = [], frontB = [];
for (let i = 0; i < 40; i++) {
  const m = -26 + i * 0.62;
  if (m > -23.2 || i % 3 === 0) catNew.push(kit(m, `method=List tags= order=id pageNum=1 pageSize=6 result=6 err=null took=${(1.4 + (i % 5) * 0.31).toFixed(6)}ms`));
  if (i % 4 === 0) catNew.push(kit(m + 0.1, `method=Count tags= result=9 err=null took=${(0.8 + (i % 3) * 0.2).toFixed(6)}ms`));
  if (i % 5 === 0) catNew.push(kit(m + 0.2, `method=Health result=2 took=${(2.1 + (i % 4) * 0.4).toFixed(6)}ms`));
}
for (let i = 0; i < 30; i++) {
  const m = -31 + i * 1.02;
  const target = i % 2 ? frontA : frontB;
  const fivehundred = m > -23.5 && m < -22.6;
  target.push(`GET /catalogue?page=1&size=6&tags= ${fivehundred ? 500 : 200} ${(fivehundred ? 2.6 : 9.3 + (i % 7) * 1.7).toFixed(3)} ms - ${fivehundred ? 21 : 2290}`);
  target.push(`GET /catalogue/size?tags= ${fivehundred ? 500 : 200} ${(fivehundred ? 1.9 : 5.1 + (i % 5)).toFixed(3)} ms - ${fivehundred ? 21 : 12}`);
  if (i % 6 === 0) target.push(`GET /cart 200 ${(14.2 + i * 0.3).toFixed(3)} ms - 2`);
}
frontA.splice(frontA.findIndex((l) => l.includes(' 500 ')) + 1, 0, 'Error: connect ECONNREFUSED %SVCIP:catalogue%:80');

export const scenarios = [
  {
    folder: 's89c-catalogue-blip-during-planned-rollout',
    incidentTime: INC,
    description: 'grafana catalog panel had a red 5xx spike at ~10:07, is catalogue broken? socks list loads fine for me now',
    difficulty: 'hard',
    traits: ['no-fault', 'decoy', 'time-expression', 'partial-name'],
    grounding: `
      Upstream complete-demo.yaml: catalogue (weaveworksdemos/catalogue:0.3.5, 1 replica, readiness /health after 180 s,
      liveness after 300 s, limits 200m / 200Mi) behind the catalogue Service, called by front-end. Nothing is wrong: the
      platform team rolled catalogue at 10:04 to raise its CPU limit from 200m to 300m (the only template difference between
      the two ReplicaSets). The new pod became Ready after its 180 s readiness delay (one probe timeout first), the old pod
      was then scaled down, and for under a minute front-end (Express, morgan "dev" lines) got connection refused from the
      terminating pod before kube-proxy dropped it: the well-known endpoint-propagation race of a rolling update without a
      preStop delay. That is the dashboard spike; every request since 10:08 is 200 and catalogue's go-kit logs are clean.
      Deviation from upstream: the CPU limit of revision 4.
    `,
    workloads: {
      catalogue: {
        rollout: { at: -27, oldContainers: { catalogue: { resources: res('100m', '100Mi', '200m', '200Mi') } } },
        containers: { catalogue: { resources: res('100m', '100Mi', '300m', '200Mi') } },
        endpointsChanged: -23.4,
        pods: [{ created: T.iso(-26.6), readyTransition: T.iso(-23.45) }],
      },
    },
    events: [
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled up replica set catalogue-%NEW% to 1', first: -27, source: 'deployment-controller' },
      { on: 'pod:catalogue#0', reason: 'Scheduled', message: 'Successfully assigned sock-shop/%POD% to %NODE%', first: -26.6, source: 'default-scheduler' },
      { on: 'pod:catalogue#0', reason: 'Pulled', message: 'Container image "weaveworksdemos/catalogue:0.3.5" already present on machine', first: -26.5, fieldPath: 'spec.containers{catalogue}' },
      { on: 'pod:catalogue#0', reason: 'Created', message: 'Created container catalogue', first: -26.5, fieldPath: 'spec.containers{catalogue}' },
      { on: 'pod:catalogue#0', reason: 'Started', message: 'Started container catalogue', first: -26.45, fieldPath: 'spec.containers{catalogue}' },
      { on: 'pod:catalogue#0', reason: 'Unhealthy', message: 'Readiness probe failed: Get "http://%PODIP%:80/health": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', type: 'Warning', first: -23.5, fieldPath: 'spec.containers{catalogue}' },
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled down replica set catalogue-%OLD% to 0 from 1', first: -23.4, source: 'deployment-controller' },
    ],
    logs: {
      'catalogue#0/catalogue': catNew,
      'front-end#0/front-end': frontA,
      'front-end#1/front-end': frontB,
    },
  },
];
