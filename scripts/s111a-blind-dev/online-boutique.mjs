// Blind dev batch s111a: Online Boutique spec (system part of scripts/s2-scenarios/online-boutique.mjs).
// One scenario: the frontend-external LoadBalancer narrowed by loadBalancerSourceRanges to the office egress IP.
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';
export { system };

const INC = '2026-07-21T13:26:00Z';
const T = clock(INC);
const fl = (m, path, status, ua, id) => JSON.stringify({ 'http.req.id': id, 'http.req.method': 'GET', 'http.req.path': path, 'http.resp.bytes': 7480, 'http.resp.status': status, 'http.resp.took_ms': 21, message: 'request complete', session: '6f1d2c8a-9b3e-4e71-a0c5-2d7f8e9b1a44', severity: 'debug', timestamp: T.isoMs(m) });

export const scenarios = [
  {
    folder: 's111a-frontend-lb-source-ranges',
    incidentTime: INC,
    description: 'Customers say the boutique site times out since lunch (~12:50). Works fine for all of us in the office and the loadgen is green. no errors anywhere??',
    expected: { component: 'frontend', cause: 'network-fault' },
    alsoAcceptable: [{ component: 'frontend', cause: 'config-error' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'decoy', 'time-expression'],
    grounding: `
      Online Boutique (microservices-demo release/kubernetes-manifests.yaml at 34ffea9): the frontend-external Service of
      type LoadBalancer exposes frontend:8080 on port 80. Fault shape: spec.loadBalancerSourceRanges (Kubernetes docs
      "Restrict access for LoadBalancer Service"; on GKE it becomes the allow-list of the forwarding rule's firewall)
      set at 12:48 to the office egress address 203.0.113.24/32 while testing, so every other client's SYN is dropped
      and the public site times out; the office and the in-cluster loadgenerator (frontend:80) keep working.
      Deviation from upstream: the frontend-external Service (added by the build script, the kit writes one Service per
      workload) carries loadBalancerSourceRanges [203.0.113.24/32]. All pods stay Ready; the frontend logs only
      successful requests from the office and the loadgenerator. Decoy: a benign adservice rollout at 12:35.`,
    workloads: {
      adservice: { rollout: { at: -51, revision: 6, oldContainers: { server: { image: 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo/adservice:v0.10.5' } } } },
    },
    events: [
      { on: 'deploy:adservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set adservice-%NEW% to 1', first: -51, last: -51 },
      { on: 'deploy:adservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set adservice-%OLD% to 0 from 1', first: -50, last: -50 },
    ],
    logs: {
      'frontend#0/server': [
        ...[-55, -44, -31, -18, -7, -2].map((m, i) => fl(m, '/', 200, 'python-requests/2.31.0', `a${i}1c7e20-4b3d-4f8a-9c61-2e5d0b7f3a18`)),
        fl(-9, '/product/OLJCESPC7Z', 200, 'Mozilla/5.0', 'd4e8f1a2-7c3b-4a90-b5e6-1f2d3c4b5a69'),
      ],
      'frontend#1/server': [
        ...[-52, -38, -24, -11, -3].map((m, i) => fl(m, '/cart', 200, 'python-requests/2.31.0', `b${i}9e3f41-2c7a-4d15-8e90-6a1b4c3d2e07`)),
      ],
      'loadgenerator#0/main': [
        ` Aggregated                                                                    1842     0(0.00%) |     38      11     412     29 |    9.80        0.00`,
      ],
      'adservice#0/server': [
        `${T.java(-50.5).replace(' ', ' ')} - INFO AdService - Ad Service started, listening on 9555`,
      ],
    },
  },
];
