// Blind held-out batch s112a: one Robot Shop scenario (split test) on the kit's Robot Shop system definition.
// Built by scripts/s112a-build.mjs with scripts/s2-scenario-kit.mjs (withDefaults, default PVCs, pino helper).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { withDefaults, pino } from '../kit-systems/robot-shop.mjs';
export { system, defaultPvcs } from '../kit-systems/robot-shop.mjs';

const I = '2026-05-20T11:18:00Z';
const T = clock(I);
const rmq = [
  `${T.java(-1.2).replace(/-/g, '-')} [info] <0.33.0> Application lager started on node rabbit@%POD%`,
  `Cookie file /var/lib/rabbitmq/.erlang.cookie must be accessible by owner only`,
  `{"init terminating in do_boot",{{badmatch,{error,{{shutdown,{failed_to_start_child,auth,{"Cookie file /var/lib/rabbitmq/.erlang.cookie must be accessible by owner only",[{auth,init_cookie,0,[{file,"auth.erl"},{line,286}]}]}}},{child,undefined,net_sup_dynamic,{erl_distribution,start_link,[[rabbitmqcli60@%POD%],false]},permanent,1000,supervisor,[erl_distribution]}}}},[{rabbit_nodes,ensure_epmd,0,[]}]}}`,
  `init terminating in do_boot ()`,
];
export const scenarios = [
  withDefaults({
    folder: 's112a-rabbitmq-cookie-perms',
    incidentTime: I,
    description: 'robot shop orders stuck - payment says it cant publish, dispatch not getting anything. since 11:00ish',
    expected: { component: 'rabbitmq', cause: 'crash-loop' },
    alsoAcceptable: [{ component: 'rabbitmq', cause: 'config-error' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression'],
    grounding: `Robot Shop helm chart: rabbitmq:3.7-management-alpine with AMQP on 5672, payment publishes orders to it
      (AMQP_HOST default rabbitmq) and dispatch consumes. The broker fails at boot with the well-known
      "Cookie file /var/lib/rabbitmq/.erlang.cookie must be accessible by owner only" (docker-library/rabbitmq issues)
      after the pod was recreated with a cookie file whose mode is group-readable; erl exits 1 and the kubelet backs
      off. Deviation from upstream: the cookie file mode change (someone mounted the cookie from a Secret with
      defaultMode 0444 via a pod-template patch not shown in the snapshot's env).`,
    workloads: {
      rabbitmq: {
        since: -19,
        pods: [{ containers: { rabbitmq: cs.crashLoop({ restarts: 7, exitCode: 1, startedAt: T.iso(-1.3), finishedAt: T.iso(-1.1), container: 'rabbitmq' }) } }],
        endpointsChanged: -18.5,
        unavailableSince: -18.5,
      },
    },
    events: [
      { on: 'pod:rabbitmq#0', reason: 'Pulled', message: 'Container image "rabbitmq:3.7-management-alpine" already present on machine', first: -18.8, last: -1.3, count: 8, fieldPath: 'spec.containers{rabbitmq}' },
      { on: 'pod:rabbitmq#0', type: 'Warning', reason: 'BackOff', message: 'Back-off restarting failed container rabbitmq in pod %POD%_robot-shop(%PODUID%)', first: -17.5, last: -0.4, count: 71, fieldPath: 'spec.containers{rabbitmq}' },
    ],
    logs: {
      'rabbitmq#0/rabbitmq/previous': rmq,
      'payment#0/payment': [
        `[2026-05-20 11:16:41,203] ERROR in payment: Failed to publish order: Connection to 10.100.0.1:5672 failed: [Errno 111] Connection refused`.replace('10.100.0.1', '%SVCIP:rabbitmq%'),
        `10.1.2.44 - - [20/May/2026:11:16:41 +0000] "POST /pay/5c3b9f2e1d HTTP/1.1" 500 37 "-" "Apache-HttpClient/4.5.2"`,
        `pika.exceptions.AMQPConnectionError: Connection to %SVCIP:rabbitmq%:5672 failed: [Errno 111] Connection refused`,
      ],
      'dispatch#0/dispatch': [
        `2026/05/20 11:02:13 Connection error: dial tcp %SVCIP:rabbitmq%:5672: connect: connection refused`,
        `2026/05/20 11:02:13 Failed to establish connection to RabbitMQ, retrying in 1s`,
        `2026/05/20 11:17:40 Connection error: dial tcp %SVCIP:rabbitmq%:5672: connect: connection refused`,
      ],
      'cart#0/cart': [pino(T, -2.1, 'info', '%POD%', 'request completed', '"req":{"method":"GET","url":"/cart/5c3b9f2e1d"},"res":{"statusCode":200},"responseTime":3,')],
    },
  }),
];
