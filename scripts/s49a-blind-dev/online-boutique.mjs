// Batch s49a (blind dev): one Online Boutique incident for the scenario kit, on the session-2 Online Boutique system
// (release/kubernetes-manifests.yaml at 34ffea9); built by scripts/s49a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
export { system } from '../s2-scenarios/online-boutique.mjs';

const T = clock('2026-06-03T10:22:00Z');
const NEW_RES = { requests: { cpu: '3', memory: '512Mi' }, limits: { cpu: '3', memory: '1Gi' } };
const UNSCHED = '0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.';
// adservice logs through log4j2's JsonLayout (compact, one event per line).
const ad = (min, msg, thread = 'grpc-default-executor-7') => {
  const ms = Date.parse(T.isoMs(min));
  return JSON.stringify({ instant: { epochSecond: Math.floor(ms / 1000), nanoOfSecond: (ms % 1000) * 1000000 }, thread, level: 'INFO', loggerName: 'hipstershop.AdService', message: msg, endOfBatch: false, loggerFqcn: 'org.apache.logging.log4j.spi.AbstractLogger', threadId: 31, threadPriority: 5, 'logging.googleapis.com/trace': '', 'logging.googleapis.com/spanId': '', 'logging.googleapis.com/traceSampled': 'false', time: T.isoMs(min) });
};
const front = (min, msg, path, extra = {}) =>
  JSON.stringify({ 'http.req.id': extra.id ?? '5d2e8a41-0c6f-4b39-a7d2-18e9f3c6b0a4', 'http.req.method': 'GET', 'http.req.path': path, ...(extra.status ? { 'http.resp.bytes': extra.bytes ?? 8139, 'http.resp.status': extra.status, 'http.resp.took_ms': extra.took ?? 41 } : {}), message: msg, session: extra.session ?? '0f7b2c95-3e1d-4a86-b5c7-9d24e6a1f803', severity: 'debug', timestamp: T.isoMs(min) });

export const scenarios = [
  {
    folder: 's49a-adservice-cpu-request-unschedulable',
    incidentTime: '2026-06-03T10:22:00Z',
    description: 'adservice deploy hung in CD since ~09:40, pipeline timed out. ads still the old version?',
    expected: { component: 'adservice', cause: 'unschedulable' },
    difficulty: 'easy',
    traits: ['time-expression', 'decoy'],
    grounding: `
      Online Boutique release/kubernetes-manifests.yaml: adservice (Java, gRPC :9555, requests 200m/180Mi, limits 300m/300Mi,
      1 replica, RollingUpdate 25%/25%). Deviation: revision 4 raises adservice to requests and limits of cpu "3" (512Mi/1Gi)
      to stop slow JVM starts under the 300m limit. The GKE default-pool (3 x e2-standard-4, 3920m allocatable) has node-pool
      autoscaling off, and with the other boutique pods and the GKE daemonsets no node has 3 free CPUs: the scheduler answers
      "0/3 nodes are available: 3 Insufficient cpu. preemption: ... No preemption victims found for incoming pod" (all pods
      priority 0) and the new pod stays Pending. maxUnavailable rounds to 0 so the old adservice pod keeps serving ads; the
      Deployment reports ProgressDeadlineExceeded after 600 s and the CD pipeline times out. Decoy: loadgenerator OOMKilled
      three days ago (Locust at its 512Mi limit during a 50-user test), restarted and healthy since.`,
    workloads: {
      adservice: {
        rollout: { at: -42, revision: 4, oldReplicas: 1, oldContainers: { server: { resources: { requests: { cpu: '200m', memory: '180Mi' }, limits: { cpu: '300m', memory: '300Mi' } } } } },
        containers: { server: { resources: NEW_RES } },
        pods: [{ unscheduled: UNSCHED }],
        progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(-32), lastTransitionTime: T.iso(-32), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
      },
      loadgenerator: {
        pods: [{ containers: { main: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 + 0.5), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3) } }) } }],
      },
    },
    events: [
      { on: 'deploy:adservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set adservice-%NEW% to 1', first: -42 },
      { on: 'rs:adservice', reason: 'SuccessfulCreate', message: 'Created pod: adservice-%RS%', first: -42 },
      { on: 'pod:adservice#0', reason: 'FailedScheduling', type: 'Warning', source: 'default-scheduler', message: UNSCHED, first: -41.9, last: -2.3, count: 9 },
    ],
    logs: {
      'adservice#old0/server': [
        ad(-3.1, 'received ad request (context_words=[kitchen])'),
        ad(-2.4, 'received ad request (context_words=[])', 'grpc-default-executor-9'),
        ad(-1.6, 'received ad request (context_words=[clothing, accessories])'),
        ad(-0.7, 'received ad request (context_words=[])', 'grpc-default-executor-9'),
      ],
      'frontend#0/server': [
        front(-1.7, 'request started', '/product/9SIQT8TOJO', { id: 'a3c91e07-5b24-4f8d-9e61-2d7b0c4f8a19' }),
        front(-1.7, 'request complete', '/product/9SIQT8TOJO', { id: 'a3c91e07-5b24-4f8d-9e61-2d7b0c4f8a19', status: 200, took: 57 }),
        front(-0.8, 'request started', '/', { id: '7e0d4b62-91a3-4c5f-8b27-e6f13a9d2c40' }),
        front(-0.8, 'request complete', '/', { id: '7e0d4b62-91a3-4c5f-8b27-e6f13a9d2c40', status: 200, took: 38, bytes: 10853 }),
      ],
    },
  },
];
