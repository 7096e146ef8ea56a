// Blind dev batch s117a: one Robot Shop scenario (a dispatch 2.1.1 release that consumes with manual ack and never acks,
// so after the prefetch window no order is dispatched). Built by scripts/s117a-build.mjs with the s2 scenario kit.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults } from '../kit-systems/robot-shop.mjs';
export { system, defaultPvcs };

const I = '2025-05-20T10:18:00Z';
const T = clock(I);
const ids = ['6a1b2c3d4e5f', '77e0f1a2b3c4', '8d9e0f1a2b3c', '9a0b1c2d3e4f', 'a1b2c3d4e5f6', 'b2c3d4e5f607', 'c3d4e5f60718'];

export const scenarios = [
  withDefaults({
    folder: 's117a-dispatch-never-acks',
    incidentTime: I,
    description: 'robotshop: orders stuck at "not dispatched" since the 2.1.1 push this morning, payments go through ok. queue getting long?',
    difficulty: 'medium',
    traits: ['pods-ready', 'rollout-regression', 'decoy', 'partial-name'],
    expected: { component: 'dispatch', cause: 'bad-deploy-rollout' },
    workloads: {
      dispatch: {
        containers: { dispatch: { image: 'robotshop/rs-dispatch:2.1.1' } },
        rollout: { at: -131, oldContainers: { dispatch: { image: 'robotshop/rs-dispatch:2.1.0' } } },
      },
      mysql: { pods: [{ containers: { mysql: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 2), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 2 - 0.3) } }) } }] },
    },
    events: [
      { on: 'deploy:dispatch', reason: 'ScalingReplicaSet', message: 'Scaled up replica set dispatch-%NEW% to 1', first: -131 },
      { on: 'deploy:dispatch', reason: 'ScalingReplicaSet', message: 'Scaled down replica set dispatch-%OLD% to 0 from 1', first: -130.4 },
    ],
    logs: {
      'dispatch#0/dispatch': [
        `${T.go(-130.3)} Connecting to amqp://guest:guest@rabbitmq:5672/`,
        `${T.go(-130.2)} Connected`,
        `${T.go(-128)} processing order ${ids[0]}`,
        `${T.go(-128)} order {"orderid": "${ids[0]}", "user": "anonymous-4123", "cart": {"total": 42.0, "tax": 7.0, "items": [{"qty": 1, "sku": "RED", "name": "Robbie", "price": 42.0, "subtotal": 42.0}]}}`,
      ],
      'payment#0/payment': ids.flatMap((id, i) => [
        `[${T.java(-128.1 + i * 18).replace(' ', ' ').slice(0, 19)}] [INFO] payment: Payment: charged ${id}`,
        `[${T.java(-128.05 + i * 18).slice(0, 19)}] [INFO] rabbitmq: Publishing order ${id}`,
      ]).filter((_, k) => k < 2 * 6),
      'rabbitmq#0/rabbitmq': [
        `${T.java(-130.25).slice(0, 23)} [info] <0.6241.1> accepting AMQP connection <0.6241.1> (%IPOF:dispatch#0%:41872 -> %PODIP%:5672)`,
        `${T.java(-130.24).slice(0, 23)} [info] <0.6241.1> connection <0.6241.1> (%IPOF:dispatch#0%:41872 -> %PODIP%:5672): user 'guest' authenticated and granted access to vhost '/'`,
        `${T.java(-130.45).slice(0, 23)} [warning] <0.5120.1> closing AMQP connection <0.5120.1> (10.1.2.55:50214 -> %PODIP%:5672, vhost: '/', user: 'guest'):\nclient unexpectedly closed TCP connection`,
      ],
    },
    grounding: `Upstream robot-shop dispatch (src/dispatch/main.go) declares the "orders" queue, consumes it with autoAck true and logs each order; payment (payment.py, rabbitmq.py) publishes every paid order to the "robot-shop" exchange; images robotshop/rs-*:2.1.0 (SOURCES.md).
    Invented deviation: a dispatch 2.1.1 build (only the image tag differs between the ReplicaSets) sets Qos(1) with autoAck false and never calls Ack, the reported shape of amqp091-go consumers that forget d.Ack: after the first delivery the broker sends nothing more, orders pile up unacknowledged in the queue, and dispatch stays Running and quiet with no probe to fail.
    Decoys: mysql OOMKilled two days ago; rabbitmq's warning for the old dispatch pod's closed connection at the rollout. Expected dispatch bad-deploy-rollout.`,
  }),
];
