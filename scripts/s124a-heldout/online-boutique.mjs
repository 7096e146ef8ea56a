// Blind held-out batch s124a: one Online Boutique scenario (split test) for the scenario kit (scripts/s2-scenario-kit.mjs).
// System part of scripts/s2-scenarios/online-boutique.mjs; grounding notes in the scenario.
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };
const I = '2026-05-28T13:20:00Z';
const T = clock(I);
const base = system.workloads.find((w) => w.name === 'frontend').containers[0];
const hostPorts = [{ containerPort: 8080, hostPort: 8080 }];

export const scenarios = [
  {
    folder: 's124a-frontend-hostport-rollout',
    incidentTime: I,
    description: 'frontend deploy from the pipeline has been hanging for 40 mins, argo shows progressing',
    expected: { component: 'frontend', cause: 'unschedulable' },
    alsoAcceptable: [{ component: 'frontend', cause: 'bad-deploy-rollout' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'rollout-regression', 'time-expression'],
    workloads: {
      frontend: {
        replicas: 3,
        rollout: { at: -41, oldReplicas: 3, oldContainers: { server: { ports: base.ports } } },
        containers: { server: { ports: hostPorts } },
        pods: [{ unscheduled: '0/3 nodes are available: 3 node(s) didn\'t have free ports for the requested pod ports. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.', created: T.iso(-41) }],
        progressing: { type: 'Progressing', status: 'False', lastUpdateTime: T.iso(-31), lastTransitionTime: T.iso(-31), reason: 'ProgressDeadlineExceeded', message: 'ReplicaSet "frontend-x" has timed out progressing.' },
      },
    },
    events: [
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 1', first: -41, last: -41 },
      { on: 'pod:frontend#0', source: 'default-scheduler', type: 'Warning', reason: 'FailedScheduling', message: '0/3 nodes are available: 3 node(s) didn\'t have free ports for the requested pod ports. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.', first: -41, last: -1.2, count: 12 },
    ],
    logs: {
      'frontend#old0/server': [
        `{"http.req.id":"5b1e2c4a-7f0d-4d61-9a3e-2c8b7f61d0aa","http.req.method":"GET","http.req.path":"/","message":"request complete","session":"9c0b7d4e-61a2-4c3f-8d1e-0f5a2b6c7d88","severity":"debug","timestamp":"${T.isoMs(-2.1)}"}`,
        `{"http.req.id":"0e7c9a31-2b4d-4f58-8c6a-91d3e5f7a20b","http.req.method":"POST","http.req.path":"/cart/checkout","message":"request complete","session":"d3a9f1c2-7b84-4e0a-9c65-2f1e8d7b6a43","severity":"debug","timestamp":"${T.isoMs(-1.4)}"}`,
      ],
    },
    grounding: `
      Manifest facts: frontend (release/kubernetes-manifests.yaml at 34ffea9) listens on containerPort 8080 behind Service port 80.
      Fault follows the documented hostPort limitation (Kubernetes "Configuration best practices": a hostPort limits where a pod can
      be scheduled, each hostIP/hostPort/protocol combination must be unique) and kubernetes/kubernetes reports of rolling updates
      deadlocking with hostPort: a release added hostPort 8080 so a node exporter-style scraper could reach it; with three old pods
      on all three nodes (from a prior scale to 3) the surge pod fits nowhere, the scheduler reports "didn't have free ports", and
      the Deployment hits ProgressDeadlineExceeded while the old pods keep serving. Deviation from upstream: 3 replicas and the
      hostPort in the new template.
    `,
  },
];
