// Blind dev batch s123c: one Robot Shop scenario (system, default PVCs and withDefaults from scripts/kit-systems/robot-shop.mjs).
// rabbitmq's pod deleted by a cleanup script; dispatch and payment lose AMQP while the new pod boots.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults } from '../kit-systems/robot-shop.mjs';
export { system, defaultPvcs };

const I = '2026-05-16T20:10:00Z';
const T = clock(I);

export const scenarios = [
  withDefaults({
    folder: 's123c-rabbitmq-pod-killed-dispatch-loud',
    description: 'robot shop: pay button errors out since ~20:00, dispatch is crashing?',
    incidentTime: I,
    expected: { component: 'rabbitmq', cause: 'dependency-down' },
    alsoAcceptable: [{ component: 'rabbitmq', cause: 'crash-loop' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      Manifest: robot-shop K8s/helm at 55292e2 runs one rabbitmq:3.7-management-alpine pod with no volume; payment and
      dispatch reach it at AMQP_HOST=rabbitmq. Fault: the broker container keeps exiting (exit 1 during boot,
      CrashLoopBackOff) so its Service has no ready endpoint; dispatch (Go, streadway/amqp) exits and restarts,
      louder than the broker, and payment (Python, pika) fails /pay. Decoy: a web pod restart four days ago.`,
    workloads: {
      rabbitmq: { pods: [{ containers: { rabbitmq: cs.crashLoop({ restarts: 4, exitCode: 1, startedAt: T.iso(-3), finishedAt: T.iso(-2.6), container: 'rabbitmq', backoff: '1m20s' }) } }] },
      dispatch: { pods: [{ containers: { dispatch: cs.crashLoop({ restarts: 6, exitCode: 1, startedAt: T.iso(-2), finishedAt: T.iso(-1.9), container: 'dispatch', backoff: '2m40s' }) } }] },
      web: { pods: [{ containers: { web: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 96), last: { exitCode: 0, reason: 'Completed', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 96 - 0.1) } }) } }] },
    },
    events: [
      { on: 'pod:rabbitmq#0', reason: 'BackOff', message: 'Back-off restarting failed container rabbitmq in pod %POD%_robot-shop(%PODUID%)', type: 'Warning', first: -8, last: -1, count: 12, fieldPath: 'spec.containers{rabbitmq}' },
      { on: 'pod:dispatch#0', reason: 'BackOff', message: 'Back-off restarting failed container dispatch in pod %POD%_robot-shop(%PODUID%)', type: 'Warning', first: -7, last: -0.5, count: 15, fieldPath: 'spec.containers{dispatch}' },
    ],
    logs: {
      'rabbitmq#0/rabbitmq/previous': [
        `${T.java(-2.9)} [info] <0.8.0> Feature flags: list of feature flags found:`,
        `${T.java(-2.8)} [error] <0.199.0> BOOT FAILED`,
        `${T.java(-2.8)} [error] <0.199.0> ===========`,
        `${T.java(-2.8)} [error] <0.199.0> Error description:`,
        `${T.java(-2.8)} [error] <0.199.0>    {could_not_start,rabbit,{{badmatch,{error,{{timeout_waiting_for_tables,[rabbit_durable_queue]}}}}}}`,
      ],
      'dispatch#0/dispatch/previous': [
        `${T.go(-2)} Connecting to amqp://guest:guest@rabbitmq:5672/`,
        `${T.go(-1.9)} Failed to connect to RabbitMQ: dial tcp %SVCIP:rabbitmq%:5672: connect: connection refused`,
      ],
      'payment#0/payment': [
        `[${T.go(-4).replaceAll('/', '-')} +0000] [ERROR] AMQP connection failed: [Errno 111] Connection refused`,
        `10.42.0.1 - - [${T.go(-4)}] "POST /pay/3f2a HTTP/1.1" 500 -`,
      ],
    },
  }),
];
