// Batch s49b blind dev scenario for Stan's Robot Shop (split: dev), written without reading the engine, rules or other scenarios.
// The kit system definition scripts/kit-systems/robot-shop.mjs; one incident: a new namespace quota blocks payment's replacement pod.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, defaultPvcs as pvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export const system = base;
export const defaultPvcs = pvcs;

const I = '2026-05-07T14:41:00Z';
const T = clock(I);
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const clf = (min) => {
  const [d, t] = T.java(min).split(' ');
  const [Y, M, D] = d.split('-');
  return `${D}/${MON[Number(M) - 1]}/${Y}:${t.slice(0, 8)} +0000`;
};
const QUOTA_MSG =
  'exceeded quota: robot-shop-quota, requested: limits.memory=100Mi, used: limits.memory=3436Mi, limited: limits.memory=3500Mi';

const webLog = () => {
  const out = [];
  const ids = ['5f3a9c2e1b7d4e08a1c6', '5f3a9c30d2e84a1f9b37', '5f3a9c41a6b04c2d8e15', '5f3a9c4fe3d14b7a9c02'];
  for (let i = 0; i < 9; i++) {
    const m = -19.5 + i * 2.1;
    const client = ['10.1.2.31', '10.1.3.77', '10.1.1.140'][i % 3];
    const id = ids[i % ids.length];
    out.push(
      `${T.go(m)} [error] 31#31: *${48211 + i * 97} connect() failed (111: Connection refused) while connecting to upstream, client: ${client}, server: localhost, request: "POST /api/payment/pay/${id} HTTP/1.1", upstream: "http://%SVCIP:payment%:8080/pay/${id}", host: "shop.robot-shop.example", referrer: "https://shop.robot-shop.example/"`,
      `${client} - - [${clf(m)}] "POST /api/payment/pay/${id} HTTP/1.1" 502 157 "https://shop.robot-shop.example/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36" "-"`,
      `${client} - - [${clf(m + 0.2)}] "GET /api/cart/cart/${id} HTTP/1.1" 200 312 "https://shop.robot-shop.example/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36" "-"`,
    );
  }
  return out;
};

/** The build script replaces payment-%RSNAME% in the Deployment status with the ReplicaSet's name. */
export const rsNamePlaceholders = { 's49b-payment-quota-after-pod-delete': ['deployments.json'] };

export const post = {
  's49b-payment-quota-after-pod-delete': {
    rsFailure: { workload: 'payment', at: T.iso(-19.8), message: `pods "%RSNAME%-4b6dx" is forbidden: ${QUOTA_MSG}` },
  },
};

export const scenarios = [
  withDefaults({
    folder: 's49b-payment-quota-after-pod-delete',
    description: 'robot shop checkout broken - pay button returns 502, since about 14:20',
    incidentTime: I,
    expected: { component: 'payment', cause: 'quota-exceeded' },
    difficulty: 'medium',
    traits: ['time-expression', 'decoy'],
    grounding: `
      Robot Shop helm chart (K8s/helm at 55292e2): payment has limits cpu 200m / memory 100Mi, one replica, and web proxies
      /api/payment/ to http://payment:8080/ (nginx). Platform rolled out a namespace ResourceQuota the day before, sized at the
      then-current usage (limits.memory 3500Mi while the running pods already summed 3536Mi; quota admission never evicts
      running pods, so nothing broke). At ~14:20 the payment pod was deleted by hand to pick up a rotated gateway secret; the
      ReplicaSet cannot recreate it: FailedCreate "pods ... is forbidden: exceeded quota: robot-shop-quota, requested:
      limits.memory=100Mi, used: limits.memory=3436Mi, limited: limits.memory=3500Mi" (the ResourceQuota admission text), the
      Deployment shows ReplicaFailure and Available=False and the payment Service has no endpoints, so nginx logs
      "connect() failed (111: Connection refused)" (kube-proxy rejects a ClusterIP without endpoints) and returns 502.
      Decoy: dispatch restarted once four days ago after a RabbitMQ blip (its previous log shows the amqp refusal).`,
    resourceQuotas: [
      {
        name: 'robot-shop-quota',
        hard: { 'limits.cpu': '4', 'limits.memory': '3500Mi', pods: '20', 'requests.cpu': '2', 'requests.memory': '3Gi' },
        used: { 'limits.cpu': '2200m', 'limits.memory': '3436Mi', pods: '11', 'requests.cpu': '1100m', 'requests.memory': '1906Mi' },
      },
    ],
    workloads: {
      payment: {
        pods: [],
        rsReplicas: 1,
        unavailableSince: -19.8,
        deployStatus: {
          observedGeneration: 5,
          replicas: 0,
          unavailableReplicas: 1,
          conditions: [
            { type: 'Progressing', status: 'True', lastUpdateTime: T.iso(-60 * 24 * 9), lastTransitionTime: T.iso(-60 * 24 * 30), reason: 'NewReplicaSetAvailable', message: 'ReplicaSet "payment-%RSNAME%" has successfully progressed.' },
            { type: 'Available', status: 'False', lastUpdateTime: T.iso(-19.8), lastTransitionTime: T.iso(-19.8), reason: 'MinimumReplicasUnavailable', message: 'Deployment does not have minimum availability.' },
            { type: 'ReplicaFailure', status: 'True', lastUpdateTime: T.iso(-19.8), lastTransitionTime: T.iso(-19.8), reason: 'FailedCreate', message: `pods "payment-%RSNAME%-x7q2m" is forbidden: ${QUOTA_MSG}` },
          ],
        },
        endpointsChanged: -19.8,
      },
      dispatch: {
        pods: [{ containers: { dispatch: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 4), last: { exitCode: 1, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 4 - 0.3) } }) } }],
      },
    },
    events: [
      { on: 'rs:payment', reason: 'FailedCreate', type: 'Warning', message: `Error creating: pods "payment-%RS%" is forbidden: ${QUOTA_MSG}`, first: -19.8, last: -0.4, count: 17 },
    ],
    logs: {
      'web#0/web': webLog(),
      'cart#0/cart': [
        pino(T, -12.2, 'info', '%POD%', 'GET /cart/5f3a9c41a6b04c2d8e15', '"req":{"id":4412,"method":"GET","url":"/cart/5f3a9c41a6b04c2d8e15"},"res":{"statusCode":200},"responseTime":4,'),
        pino(T, -3.1, 'info', '%POD%', 'GET /cart/5f3a9c4fe3d14b7a9c02', '"req":{"id":4498,"method":"GET","url":"/cart/5f3a9c4fe3d14b7a9c02"},"res":{"statusCode":200},"responseTime":3,'),
      ],
      'dispatch#0/dispatch': [
        `${T.go(-60 * 24 * 4 + 0.1)} Connecting to amqp://guest:guest@rabbitmq:5672/`,
        `${T.go(-60 * 24 * 4 + 0.2)} Connected`,
        `${T.go(-60 * 24 * 4 + 0.2)} Waiting for messages`,
      ],
      'dispatch#0/dispatch/previous': [
        `${T.go(-60 * 24 * 4 - 0.4)} Failed to connect to amqp. Retrying...: dial tcp %SVCIP:rabbitmq%:5672: connect: connection refused`,
        `${T.go(-60 * 24 * 4 - 0.3)} Failed to establish channel: Exception (504) Reason: "channel/connection is not open"`,
      ],
    },
  }),
];
