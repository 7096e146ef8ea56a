// Held-out batch s86a (split: test): one Robot Shop scenario on the kit system definition.
// Written blind (see docs/scenarios.md, batch s86a); built by scripts/s86a-build.mjs (StatefulSet pod name, headless dispatch).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';
export { system, defaultPvcs };

const INC = '2026-07-09T19:14:00Z';
const T = clock(INC);
const wsgi = (min, n, status, ms) => `[pid: 10|app: 0|req: ${n}/${n * 2}] %IPOF:web#0% () {46 vars in 612 bytes} [${new Date(Date.parse(T.isoMs(min))).toUTCString().replace(/,/, '').replace(' GMT', '')}] POST /pay/anonymous-${n} => generated ${status === 200 ? 37 : 13} bytes in ${ms} msecs (HTTP/1.1 ${status}) 2 headers in 80 bytes (1 switches on core 0)`;

export const scenarios = [
  withDefaults({
    folder: 's86a-pay-button-503',
    incidentTime: INC,
    description: 'checkout in robot shop fails at pay step with 503 since 18:50, cart + catalogue fine',
    expected: { component: 'payment-gateway', cause: 'external-dependency' },
    alsoAcceptable: [{ component: 'payment', cause: 'external-dependency' }],
    difficulty: 'hard',
    traits: ['external-dependency-failure', 'pods-ready', 'callers-only', 'decoy', 'time-expression'],
    workloads: {
      dispatch: {
        pods: [{ containers: { dispatch: cs.restartedRunning({ restarts: 2, startedAt: T.iso(-60 * 24 * 4), last: { exitCode: 2, reason: 'Error', startedAt: T.iso(-60 * 24 * 8), finishedAt: T.iso(-60 * 24 * 4 - 0.1) } }) }, readyTransition: T.iso(-60 * 24 * 4 + 0.2) }],
      },
    },
    events: [],
    logs: {
      'payment#0/payment': [
        wsgi(-40, 812, 200, 341),
        wsgi(-23, 813, 503, 1204),
        '[' + T.java(-12).replace('.', ',') + '] ERROR in payment: payment gateway returned 503',
        wsgi(-12, 814, 503, 1187),
        wsgi(-3, 815, 503, 1311),
      ],
      'cart#0/cart': [
        pino(T, -3.2, 'info', '%POD%', 'request completed', '"req":{"id":311,"method":"GET","url":"/cart/anonymous-815"},"res":{"statusCode":200},"responseTime":4,'),
      ],
      'dispatch#0/dispatch': [
        `${T.go(-60 * 24 * 4 + 0.1)} Connecting to amqp://guest:guest@rabbitmq:5672/`,
        `${T.go(-60 * 24 * 4 + 0.2)} Connected to rabbitmq`,
      ],
      'dispatch#0/dispatch/previous': [
        `${T.go(-60 * 24 * 4 - 0.2)} Failed to connect to RabbitMQ: dial tcp: lookup rabbitmq on 172.20.0.10:53: server misbehaving`,
      ],
    },
    grounding: `
      Manifest: instana/robot-shop K8s/helm at 55292e2 (payment PAYMENT_GATEWAY default https://paypal.com/). Code:
      payment/payment.py fetches the gateway before charging and returns 'payment error' with the gateway's status when it is not
      200. Fault: the third-party gateway answers 503 (a provider outage, as on public status pages); every payment pod stays
      Ready, only payment's request log and the web tier see it. Decoy: dispatch restarted four days ago during a DNS blip.
      Deviations from upstream: none beyond the kit's; the payment error line's wording is illustrative.
    `,
  }),
];
