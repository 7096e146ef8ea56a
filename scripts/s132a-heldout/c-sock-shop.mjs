import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/sock-shop.mjs';

export const system = base;
const IT = '2026-05-12T10:41:00Z';
const T = clock(IT);
const kit = (min, kv) => `ts=${T.isoMs(min)} ${kv}`;
const crash = (min) => [
  kit(min, 'caller=main.go:61 transport=HTTP port=80'),
  'panic: runtime error: invalid memory address or nil pointer dereference',
  '[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x6a4f3b]',
  '',
  'goroutine 1 [running]:',
  'github.com/microservices-demo/payment.NewAuthorisationService(0x0, 0x405a400000000000)',
  '\t/go/src/github.com/microservices-demo/payment/service.go:38 +0x3b',
  'main.main()',
  '\t/go/src/github.com/microservices-demo/payment/cmd/paymentsvc/main.go:74 +0x4d2',
];
export const scenarios = [
  {
    folder: 's132a-payment-release-stuck',
    incidentTime: IT,
    description: 'pipeline for payment svc timed out on rollout status (~10:25), new pod keeps restarting. prod orders still ok?',
    expected: { component: 'payment', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'payment', cause: 'crash-loop' }],
    difficulty: 'easy',
    traits: ['rollout-regression', 'partial-name', 'time-expression'],
    grounding: `
      Sock Shop complete-demo.yaml: payment is a single-replica Go (go-kit) Deployment, weaveworksdemos/payment:0.4.3, with
      RollingUpdate 25%/25%, so with one replica the old pod stays until the new one is Ready. Fault: a release at ~10:25
      moves to an internal build tagged 0.4.4 that dereferences a nil tracer at start-up and panics (exit 2); the new pod
      goes into CrashLoopBackOff, the old ReplicaSet keeps serving, and the Deployment reports ProgressDeadlineExceeded
      after 600s. This follows the ordinary "bad release, rollout stalls" case of kubectl rollout status. Deviation from
      upstream: the 0.4.4 tag and its panic do not exist upstream.`,
    workloads: {
      payment: {
        containers: { payment: { image: 'weaveworksdemos/payment:0.4.4' } },
        rollout: { at: -16, oldReplicas: 1, oldContainers: { payment: { image: 'weaveworksdemos/payment:0.4.3' } } },
        pods: [{ containers: { payment: cs.crashLoop({ restarts: 7, exitCode: 2, startedAt: T.iso(-2.9), finishedAt: T.iso(-2.9), container: 'payment' }) } }],
        progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(-6), lastTransitionTime: T.iso(-6), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
      },
    },
    events: [
      { on: 'deploy:payment', reason: 'ScalingReplicaSet', message: 'Scaled up replica set payment-%NEW% to 1', first: -16, last: -16 },
      { on: 'pod:payment#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned sock-shop/%POD% to %NODE%', first: -15.9, last: -15.9 },
      { on: 'pod:payment#0', reason: 'Pulling', message: 'Pulling image "weaveworksdemos/payment:0.4.4"', first: -15.8, last: -15.8, fieldPath: 'spec.containers{payment}' },
      { on: 'pod:payment#0', reason: 'Pulled', message: 'Successfully pulled image "weaveworksdemos/payment:0.4.4" in 2.114s (2.114s including waiting). Image size: 11403514 bytes.', first: -15.7, last: -15.7, fieldPath: 'spec.containers{payment}' },
      { on: 'pod:payment#0', reason: 'Created', message: 'Created container payment', first: -15.7, last: -2.9, count: 8, fieldPath: 'spec.containers{payment}' },
      { on: 'pod:payment#0', reason: 'Started', message: 'Started container payment', first: -15.7, last: -2.9, count: 8, fieldPath: 'spec.containers{payment}' },
      { on: 'pod:payment#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container payment in pod %POD%_sock-shop(%PODUID%)', first: -15.5, last: -0.4, count: 66, fieldPath: 'spec.containers{payment}' },
    ],
    logs: {
      'payment#0/payment': crash(-2.9),
      'payment#0/payment/previous': crash(-5.6),
      'payment#old0/payment': [
        kit(-60 * 24 * 6 + 0.4, 'caller=main.go:61 transport=HTTP port=80'),
        kit(-9.1, 'caller=logging.go:23 method=Authorise result=true took=4.811µs'),
        kit(-3.2, 'caller=logging.go:23 method=Authorise result=true took=3.962µs'),
        kit(-0.7, 'caller=logging.go:23 method=Health result=2 took=2.114µs'),
      ],
    },
  },
];
