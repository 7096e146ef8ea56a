// Blind held-out batch s102b: one Robot Shop scenario for the scenario kit (scripts/s2-scenario-kit.mjs).
// System as in scripts/kit-systems/robot-shop.mjs (instana/robot-shop K8s/helm at 55292e2); specs go through withDefaults.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, defaultPvcs, withDefaults } from '../kit-systems/robot-shop.mjs';

export { defaultPvcs };

// The rabbitmq Deployment of this release mounts a shared Erlang cookie from a Secret (see the scenario's grounding).
const cookieMount = { name: 'erlang-cookie', mountPath: '/var/lib/rabbitmq/.erlang.cookie', subPath: '.erlang.cookie' };
export const system = base;

const INC = '2026-06-11T16:52:00Z';
const T = clock(INC);
const rmq = base.workloads.find((w) => w.name === 'rabbitmq');
const COOKIE = 'Cookie file /var/lib/rabbitmq/.erlang.cookie must be accessible by owner only';
const crashLog = [
  COOKIE,
  `Kernel pid terminated (application_controller) ({application_start_failure,kernel,{{shutdown,{failed_to_start_child,net_sup,{shutdown,{failed_to_start_child,auth,{"${COOKIE}",[{auth,init_cookie,0,[{file,"auth.erl"},{line,286}]},{auth,init,1,[{file,"auth.erl"},{line,140}]},{gen_server,init_it,2,[{file,"gen_server.erl"},{line,374}]},{gen_server,init_it,6,[{file,"gen_server.erl"},{line,342}]},{proc_lib,init_p_do_apply,3,[{file,"proc_lib.erl"},{line,249}]}]}}}}}},{kernel,start,[normal,[]]}}})`,
  '',
  `Crash dump is being written to: /var/log/rabbitmq/erl_crash.dump...done`,
];
const goLog = (min, msg) => `${T.go(min)} ${msg}`;
const flask = (min, level, msg) => `[${T.java(min).replace('.', ',')}] ${level} in payment: ${msg}`;

export const scenarios = [
  withDefaults({
    folder: 's102b-pay-step-failing',
    incidentTime: INC,
    description: 'robot shop: pay step fails for everyone since ~16:35. payments team says payment is up and not them',
    expected: { component: 'rabbitmq', cause: 'config-error' },
    alsoAcceptable: [
      { component: 'rabbitmq', cause: 'crash-loop' },
      { component: 'rabbitmq', cause: 'bad-deploy-rollout' },
    ],
    difficulty: 'medium',
    traits: ['louder-dependents', 'rollout-regression', 'team-name', 'time-expression'],
    grounding: `
      Manifest facts (instana/robot-shop K8s/helm at 55292e2): payment publishes every paid order to rabbitmq
      (AMQP 5672, rabbitmq:3.7-management-alpine) and dispatch consumes the orders queue; a publish failure makes
      payment answer the pay call with 500.
      Fault shape: the docker-library rabbitmq image runs the broker as the rabbitmq user, and the Erlang runtime
      refuses a cookie file readable by group or others ("Cookie file ... must be accessible by owner only",
      auth:init_cookie, then "Kernel pid terminated (application_controller)" and exit 1), a failure reported
      repeatedly when the cookie is mounted from a Secret with the default mode 0644. This release mounted a shared
      cookie from the Secret rabbitmq-erlang-cookie (defaultMode 420) with subPath, so the new broker container
      exits at boot and is restarted with back-off.
      Deviations from upstream: the cookie volume and mount are this team's addition; the rabbitmq Deployment uses
      strategy Recreate (so the old broker was stopped before the new one started; the build script writes it).
      Callers are louder than the broker: dispatch logs a reconnect loop and payment logs publish errors.
    `,
    workloads: {
      rabbitmq: {
        patch: { volumes: [{ name: 'erlang-cookie', secret: { secretName: 'rabbitmq-erlang-cookie', defaultMode: 420 } }] },
        containers: { rabbitmq: { volumeMounts: [cookieMount] } },
        rollout: { at: -18, revision: 3, oldReplicas: 0, oldPatch: { volumes: undefined }, oldContainers: { rabbitmq: { volumeMounts: undefined } } },
        pods: [{ containers: { rabbitmq: cs.crashLoop({ restarts: 8, exitCode: 1, startedAt: T.iso(-3.4), finishedAt: T.iso(-3.0), container: 'rabbitmq' }) }, readyTransition: T.iso(-17.4) }],
        unavailableSince: -17.5,
        progressing: (rs) => ({ type: 'Progressing', status: 'True', lastUpdateTime: T.iso(-17.5), lastTransitionTime: T.iso(-17.5), reason: 'ReplicaSetUpdated', message: `ReplicaSet "${rs}" is progressing.` }),
      },
    },
    events: [
      { on: 'deploy:rabbitmq', reason: 'ScalingReplicaSet', message: 'Scaled down replica set rabbitmq-%OLD% to 0 from 1', first: -18, last: -18, source: 'deployment-controller' },
      { on: 'deploy:rabbitmq', reason: 'ScalingReplicaSet', message: 'Scaled up replica set rabbitmq-%NEW% to 1', first: -17.6, last: -17.6, source: 'deployment-controller' },
      { on: 'rs:rabbitmq', reason: 'SuccessfulCreate', message: 'Created pod: rabbitmq-%RS%', first: -17.6, last: -17.6 },
      { on: 'pod:rabbitmq#0', reason: 'Scheduled', message: 'Successfully assigned robot-shop/%POD% to %NODE%', first: -17.5, last: -17.5, source: 'default-scheduler' },
      { on: 'pod:rabbitmq#0', reason: 'Pulled', message: 'Container image "rabbitmq:3.7-management-alpine" already present on machine', first: -17.4, last: -3.5, count: 9, fieldPath: 'spec.containers{rabbitmq}' },
      { on: 'pod:rabbitmq#0', reason: 'Created', message: 'Created container rabbitmq', first: -17.4, last: -3.5, count: 9, fieldPath: 'spec.containers{rabbitmq}' },
      { on: 'pod:rabbitmq#0', reason: 'Started', message: 'Started container rabbitmq', first: -17.4, last: -3.4, count: 9, fieldPath: 'spec.containers{rabbitmq}' },
      { on: 'pod:rabbitmq#0', type: 'Warning', reason: 'BackOff', message: 'Back-off restarting failed container rabbitmq in pod %POD%_robot-shop(%PODUID%)', first: -16.8, last: -0.4, count: 71, fieldPath: 'spec.containers{rabbitmq}' },
    ],
    logs: {
      'rabbitmq#0/rabbitmq/previous': crashLog,
      'dispatch#0/dispatch': [
        goLog(-17.9, 'Exception (320) Reason: "CONNECTION_FORCED - broker forced connection closure with reason \'shutdown\'"'),
        ...Array.from({ length: 8 }, (_, i) => [goLog(-17.8 + i * 2, 'dial tcp %SVCIP:rabbitmq%:5672: connect: connection refused'), goLog(-17.8 + i * 2, 'Reconnecting to amqp://guest:guest@rabbitmq:5672/')]).flat(),
      ],
      'payment#0/payment': [
        flask(-19.5, 'INFO', 'Payment success: order 5f1e2b'),
        flask(-14.2, 'ERROR', 'Stream connection lost: ConnectionResetError(104, \'Connection reset by peer\')'),
        flask(-9.6, 'ERROR', "AMQPConnectionError: (AMQPConnectionWorkflowFailed: 1 exceptions in all; last exception - AMQPConnectorSocketConnectError: ConnectionRefusedError(111, 'Connection refused'); first exception - None)"),
        flask(-5.1, 'ERROR', "AMQPConnectionError: (AMQPConnectionWorkflowFailed: 1 exceptions in all; last exception - AMQPConnectorSocketConnectError: ConnectionRefusedError(111, 'Connection refused'); first exception - None)"),
        flask(-1.2, 'ERROR', "AMQPConnectionError: (AMQPConnectionWorkflowFailed: 1 exceptions in all; last exception - AMQPConnectorSocketConnectError: ConnectionRefusedError(111, 'Connection refused'); first exception - None)"),
      ],
    },
  }),
];
void rmq;
