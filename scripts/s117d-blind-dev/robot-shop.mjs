// Blind dev batch s117d (no-fault incidents): Stan's Robot Shop scenario spec for scripts/s2-scenario-kit.mjs.
// One shopper's retried checkout during a RabbitMQ reschedule that is over; decoys: rabbitmq recreated in the window, payment's AMQP errors.
import { clock } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults } from '../kit-systems/robot-shop.mjs';
export { system, defaultPvcs };

const INC = '2026-05-15T11:30:00Z';
const T = clock(INC);
const py = (min, lvl, msg) => `${T.java(min).replace('.', ',')} ${lvl} ${msg}`;
const pay = [py(-40, 'INFO', 'Payment 2f6c1e payed for order 4c11'), py(-33, 'INFO', 'Payment 9a7d02 payed for order 4c1a')];
for (let i = 0; i < 30; i++) pay.push(py(-27.8 + i * 0.06, 'ERROR', "Connection error: [Errno 111] Connection refused — amqp://guest:guest@rabbitmq:5672 retrying in 2s"));
pay.push(py(-25.9, 'ERROR', 'Payment error: publish failed for order 4c21, returning 500'));
pay.push(py(-25.5, 'INFO', 'Connected to RabbitMQ rabbitmq:5672'), py(-24.8, 'INFO', 'Payment 4b83e1 payed for order 4c21'), py(-12, 'INFO', 'Payment 77ce0a payed for order 4c27'));
export const scenarios = [
  withDefaults({
    folder: 's117d-checkout-retried-during-mq-move',
    incidentTime: INC,
    description: "a customer emailed: checkout said 'payment failed' around 11:04, they hit retry and the order went thru. anything wrong w/ payment?",
    difficulty: 'hard',
    traits: ['no-fault', 'decoy', 'time-expression'],
    workloads: {
      rabbitmq: { since: -28, pods: [{ node: 'ip-10-1-3-206.eu-west-1.compute.internal' }] },
    },
    events: [
      { on: 'pod:rabbitmq#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned robot-shop/%POD% to %NODE%', first: -28 },
      { on: 'pod:rabbitmq#0', reason: 'Pulled', message: 'Container image "rabbitmq:3.7-management-alpine" already present on machine', first: -27.8 },
      { on: 'pod:rabbitmq#0', reason: 'Created', message: 'Created container: rabbitmq', first: -27.8 },
      { on: 'pod:rabbitmq#0', reason: 'Started', message: 'Started container rabbitmq', first: -27.7 },
      { on: 'rs:rabbitmq', reason: 'SuccessfulCreate', message: 'Created pod: rabbitmq-%RS%', first: -28 },
    ],
    logs: {
      'payment#0/payment': pay,
      'rabbitmq#0/rabbitmq': [
        `${T.java(-27.3).replace('.', '.')} [info] <0.8.0> Server startup complete; 3 plugins started.`,
        `${T.java(-25.6)} [info] <0.612.0> accepting AMQP connection <0.612.0> (10.1.2.51:40214 -> 10.1.3.30:5672)`,
        `${T.java(-25.5)} [info] <0.612.0> connection <0.612.0> (10.1.2.51:40214 -> 10.1.3.30:5672): user 'guest' authenticated and granted access to vhost '/'`,
      ],
    },
    grounding: `No fault now. The rabbitmq Deployment's pod was recreated at 11:02 on another node after the managed node group replaced its node
      (rolling AMI update); payment (Python, pika) logged about 30 "Connection refused" retries toward rabbitmq:5672 over two minutes and
      returned one 500 for order 4c21 at 11:04, then reconnected at 11:04:30 and the shopper's retry succeeded. A healed transient: the
      complaint concerns a blip that is over. robot-shop's RabbitMQ keeps no state across pod restarts (upstream emptyDir-less Deployment).
      Deviation: payment's log lines are paraphrased in Python logging format; the node replacement is not in the snapshot (old node gone).`,
  }),
];
