// DeathStarBench hotelReservation blind dev scenario of batch s41b (kit spec; built by scripts/s41b-build.mjs): the frontend's HPA
// scale-out lands on a node the cluster autoscaler just added, which cannot pull the image from ACR (401: AcrPull role gone).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, defaultPvcs as pvcs } from '../s3-scenarios/hotel-reservation.mjs';

const NEW = 'aks-nodepool1-27419563-vmss000003';
const old = base.nodes;
export const system = {
  ...base,
  nodes: [
    ...old,
    {
      name: NEW, ip: '10.224.0.7', podCidr: '10.244.3', zone: 'eastus2-1',
      providerID: 'azure:///subscriptions/3f1c2a7e-8d41-4b9a-a6e0-52c7d9f1b3a8/resourceGroups/mc_hotelres-prod_hotelres-aks_eastus2/providers/Microsoft.Compute/virtualMachineScaleSets/aks-nodepool1-27419563-vmss/virtualMachines/3',
    },
  ],
};
export const defaultPvcs = pvcs;

// zerolog ConsoleWriter as the services print it (same format as the session-3 definition's helper, which it does not export).
const LV = { INF: '\x1b[32mINF\x1b[0m' };
const zl = (T, min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
const IMG = 'hotelres.azurecr.io/hotel-reservation:6ecb097';
const PULLERR = `Failed to pull image "${IMG}": failed to pull and unpack image "${IMG}": failed to resolve reference "${IMG}": failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://hotelres.azurecr.io/oauth2/token?scope=repository%3Ahotel-reservation%3Apull&service=hotelres.azurecr.io: 401 Unauthorized`;

// Pods that existed before the new node keep the placement the kit gives them on the three original nodes.
const pinned = (overrides) => {
  const out = { ...overrides };
  base.workloads.forEach((w, idx) => {
    const o = out[w.name] ?? {};
    if (o.pods) return;
    const n = o.replicas ?? w.replicas ?? 1;
    out[w.name] = { ...o, pods: Array.from({ length: n }, (_, i) => ({ node: old[(idx + i) % old.length].name })) };
  });
  return out;
};

const s1 = (() => {
  const incidentTime = '2026-05-26T09:32:00Z';
  const T = clock(incidentTime);
  const HPA = -17.6; // 09:14:24 HPA 2 -> 4
  const SCHED = -13.2;
  const pulling = (i) => ({ ...cs.waiting('ImagePullBackOff', `Back-off pulling image "${IMG}"`) });
  const fe = (min) => [
    zl(T, min, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
    zl(T, min, 'INF', 'tune/setting.go:52', 'Set global log level: info'),
    zl(T, min, 'INF', 'tune/setting.go:60', 'Tune: GetMemCTimeout 2'),
    zl(T, min, 'INF', 'cmd/frontend/main.go:23', 'Reading config...'),
    zl(T, min, 'INF', 'cmd/frontend/main.go:39', 'Read target port: 5000'),
    zl(T, min, 'INF', 'cmd/frontend/main.go:40', 'Read consul address: consul:8500'),
    zl(T, min, 'INF', 'cmd/frontend/main.go:41', 'Read jaeger address: jaeger:6831'),
    zl(T, min, 'INF', 'cmd/frontend/main.go:49', 'Initializing jaeger agent [service name: frontend | host: jaeger:6831]...'),
    zl(T, min, 'INF', 'tracing/tracer.go:26', 'Jaeger client: adjusted sample ratio 0.010000'),
    zl(T, min, 'INF', 'cmd/frontend/main.go:54', 'Jaeger agent initialized'),
    zl(T, min, 'INF', 'cmd/frontend/main.go:56', 'Initializing consul agent [host: consul:8500]...'),
    zl(T, min, 'INF', 'cmd/frontend/main.go:61', 'Consul agent initialized'),
    zl(T, min, 'INF', 'cmd/frontend/main.go:73', 'Starting server...'),
  ];
  const recBoot = (min) => [
    zl(T, min, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
    zl(T, min, 'INF', 'tune/setting.go:52', 'Set global log level: info'),
    zl(T, min, 'INF', 'cmd/recommendation/main.go:25', 'Reading config...'),
    zl(T, min, 'INF', 'cmd/recommendation/main.go:43', 'Read database URL: mongodb-recommendation:27017'),
    zl(T, min, 'INF', 'cmd/recommendation/main.go:44', 'Initializing DB connection...'),
    zl(T, min, 'INF', 'cmd/recommendation/db.go:64', 'New session successfull...'),
    zl(T, min, 'INF', 'cmd/recommendation/main.go:47', 'Successfull'),
    zl(T, min, 'INF', 'cmd/recommendation/main.go:78', 'Starting server...'),
  ];
  const frontendRes = { requests: { cpu: '1500m', memory: '256Mi' }, limits: { cpu: '2000m', memory: '512Mi' } };
  const ENV = base.workloads.find((w) => w.name === 'recommendation').containers[0].env;
  const recEnv = (ratio) => ENV.map((e) => (e.name === 'JAEGER_SAMPLE_RATIO' ? { ...e, value: ratio } : e));
  return {
    folder: 's41b-frontend-scaleout-acr-401',
    incidentTime,
    description: 'hotel site really slow since ~09:15, search takes 5+ seconds, frontend looks maxed out',
    expected: { component: 'frontend', cause: 'image-pull' },
    alsoAcceptable: [{ component: 'frontend', cause: 'resource-exhaustion' }],
    difficulty: 'medium',
    traits: ['cpu-starvation', 'time-expression', 'decoy'],
    grounding: `
      hotelReservation helm chart (DeathStarBench 6ecb097) on AKS, every Go service from the private image
      hotelres.azurecr.io/hotel-reservation:6ecb097 (IfNotPresent); the team sized frontend at 1500m/2 CPU and added an HPA
      (2-6 replicas, 70% CPU) with the cluster autoscaler on nodepool1 (3-5 nodes). Fault: a Terraform run that morning dropped the
      AcrPull role assignment of the cluster's kubelet identity (the usual "az aks update --attach-acr" drift); nodes that already
      cache the image keep running, so nothing shows until the 09:14 peak: the HPA scales frontend to 4, both new pods are Pending
      on "Insufficient cpu", the cluster autoscaler adds vmss000003, and there every pull fails with containerd's "failed to
      authorize: failed to fetch anonymous token ... 401 Unauthorized" (the ACR error of a node without pull rights, AKS
      troubleshooting docs), ErrImagePull then ImagePullBackOff. The two old frontends stay Ready at 141% of their request; the
      HPA, counting the unready pods at 0%, sees 70.5% and holds at 4, so the site stays slow. The frontend logs nothing per request
      at INFO. Decoys: a recommendation rollout 40 minutes earlier (JAEGER_SAMPLE_RATIO only, same image, cached, healthy) and an
      old jaeger OOMKill. The expected answer is the frontend's image pull; resource-exhaustion on frontend also accepted (its CPU is
      what users feel, the pull failure is why it does not recover).`,
    workloads: pinned({
      frontend: {
        replicas: 4, rsReplicas: 4,
        containers: { 'hotel-reserv-frontend': { resources: frontendRes } },
        pods: [
          { node: old[2].name },
          { node: old[0].name },
          { node: NEW, created: T.iso(HPA + 0.01), containers: { 'hotel-reserv-frontend': pulling(0) }, phase: 'Pending', readyTransition: T.iso(SCHED) },
          { node: NEW, created: T.iso(HPA + 0.01), containers: { 'hotel-reserv-frontend': pulling(1) }, phase: 'Pending', readyTransition: T.iso(SCHED) },
        ],
        unavailableSince: HPA,
      },
      recommendation: {
        rollout: { at: -40, revision: 5, oldContainers: { 'hotel-reserv-recommendation': { env: recEnv('0.01') } } },
        containers: { 'hotel-reserv-recommendation': { env: recEnv('0.05') } },
        pods: [{ node: old[1].name }],
      },
      jaeger: { pods: [{ node: old[1].name, containers: { 'hotel-reserv-jaeger': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 2 + 0.3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 2) } }) } }] },
    }),
    hpas: [
      {
        name: 'frontend',
        spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'frontend' }, minReplicas: 2, maxReplicas: 6, metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } }] },
        status: {
          lastScaleTime: T.iso(HPA), currentReplicas: 4, desiredReplicas: 4,
          currentMetrics: [{ type: 'Resource', resource: { name: 'cpu', current: { averageValue: '2118m', averageUtilization: 141 } } }],
          conditions: [
            { type: 'AbleToScale', status: 'True', lastTransitionTime: T.iso(HPA), reason: 'ReadyForNewScale', message: 'recommended size matches current size' },
            { type: 'ScalingActive', status: 'True', lastTransitionTime: T.iso(-60 * 24 * 9), reason: 'ValidMetricFound', message: 'the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)' },
            { type: 'ScalingLimited', status: 'False', lastTransitionTime: T.iso(-60 * 24 * 3), reason: 'DesiredWithinRange', message: 'the desired count is within the acceptable range' },
          ],
        },
      },
    ],
    events: [
      { on: 'deploy:recommendation', reason: 'ScalingReplicaSet', message: 'Scaled up replica set recommendation-%NEW% to 1', first: -40 },
      { on: 'deploy:recommendation', reason: 'ScalingReplicaSet', message: 'Scaled down replica set recommendation-%OLD% to 0 from 1', first: -39.4 },
      { on: 'hpa:frontend', reason: 'SuccessfulRescale', message: 'New size: 4; reason: cpu resource utilization (percentage of request) above target', first: HPA },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 4 from 2', first: HPA },
      { on: 'pod:frontend#2', reason: 'FailedScheduling', source: 'default-scheduler', type: 'Warning', message: '0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.', first: HPA + 0.02, last: -14.3, count: 4 },
      { on: 'pod:frontend#3', reason: 'FailedScheduling', source: 'default-scheduler', type: 'Warning', message: '0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.', first: HPA + 0.02, last: -14.3, count: 4 },
      { on: 'pod:frontend#2', reason: 'TriggeredScaleUp', source: 'cluster-autoscaler', message: 'pod triggered scale-up: [{aks-nodepool1-27419563-vmss 3->4 (max: 5)}]', first: HPA + 0.2 },
      { on: 'pod:frontend#3', reason: 'TriggeredScaleUp', source: 'cluster-autoscaler', message: 'pod triggered scale-up: [{aks-nodepool1-27419563-vmss 3->4 (max: 5)}]', first: HPA + 0.2 },
      { on: `node:${NEW}`, reason: 'Starting', message: 'Starting kubelet.', first: -14.6 },
      { on: `node:${NEW}`, reason: 'NodeHasSufficientMemory', message: `Node ${NEW} status is now: NodeHasSufficientMemory`, first: -14.6 },
      { on: `node:${NEW}`, reason: 'RegisteredNode', source: 'node-controller', message: `Node ${NEW} event: Registered Node ${NEW} in Controller`, first: -14.5 },
      { on: `node:${NEW}`, reason: 'NodeReady', message: `Node ${NEW} status is now: NodeReady`, first: -13.9 },
      ...[2, 3].flatMap((i) => [
        { on: `pod:frontend#${i}`, reason: 'Scheduled', source: 'default-scheduler', message: `Successfully assigned hotel-reservation/%POD% to ${NEW}`, first: SCHED },
        { on: `pod:frontend#${i}`, reason: 'Pulling', fieldPath: 'spec.containers{hotel-reserv-frontend}', message: `Pulling image "${IMG}"`, first: SCHED + 0.1, last: -2.6, count: 7 },
        { on: `pod:frontend#${i}`, reason: 'Failed', type: 'Warning', fieldPath: 'spec.containers{hotel-reserv-frontend}', message: PULLERR, first: SCHED + 0.11, last: -2.59, count: 7 },
        { on: `pod:frontend#${i}`, reason: 'Failed', type: 'Warning', fieldPath: 'spec.containers{hotel-reserv-frontend}', message: 'Error: ErrImagePull', first: SCHED + 0.11, last: -2.59, count: 7 },
        { on: `pod:frontend#${i}`, reason: 'BackOff', fieldPath: 'spec.containers{hotel-reserv-frontend}', message: `Back-off pulling image "${IMG}"`, first: SCHED + 0.2, last: -0.3, count: 52 },
        { on: `pod:frontend#${i}`, reason: 'Failed', type: 'Warning', fieldPath: 'spec.containers{hotel-reserv-frontend}', message: 'Error: ImagePullBackOff', first: SCHED + 0.2, last: -0.3, count: 52 },
      ]),
    ],
    logs: {
      'frontend#0/hotel-reserv-frontend': fe(-60 * 24 * 9 + 0.4),
      'frontend#1/hotel-reserv-frontend': fe(-60 * 24 * 9 + 0.4),
      'recommendation#0/hotel-reserv-recommendation': recBoot(-39.45),
    },
  };
})();

export const scenarios = [s1];

// The autoscaler's node joined 14.6 minutes before the incident (the kit dates every Node 60 days back); the frontend pods on it
// were scheduled (and started) only once it was Ready.
export const post = {
  's41b-frontend-scaleout-acr-401': (dir, { readJson, writeJson }) => {
    const T = clock(s1.incidentTime);
    const f = `${dir}/nodes.json`;
    const nodes = readJson(f);
    const pf = `${dir}/pods.json`;
    const pods = readJson(pf);
    for (const p of pods.items) {
      if (p.spec.nodeName !== NEW) continue;
      p.status.startTime = T.iso(-13.2);
      for (const c of p.status.conditions) if (c.type !== 'Ready' && c.type !== 'ContainersReady') c.lastTransitionTime = T.iso(-13.2);
    }
    writeJson(pf, pods);
    for (const n of nodes.items) {
      if (n.metadata.name !== NEW) continue;
      n.metadata.creationTimestamp = T.iso(-14.6);
      for (const c of n.status.conditions) c.lastTransitionTime = T.iso(c.type === 'Ready' ? -13.9 : -14.6);
    }
    writeJson(f, nodes);
  },
};
