// Blind held-out batch s90a: one Robot Shop scenario (split test), on scripts/kit-systems/robot-shop.mjs.
// Built by scripts/s90a-build.mjs with the kit of scripts/s2-scenario-kit.mjs (withDefaults, defaultPvcs, pino).
import { clock } from '../s2-scenario-kit.mjs';
import { system as base, defaultPvcs as pvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export const system = base;
export const defaultPvcs = pvcs;
const IT = '2026-06-02T16:25:00Z';
const T = clock(IT);
const py = (min, level, msg) => `[${T.java(min).replace('.', ',')}] ${level} in payment: ${msg}`;
const SSL = "HTTPSConnectionPool(host='paypal.com', port=443): Max retries exceeded with url: / (Caused by SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1006)')))";
const web = (min, req, code) => `10.0.${code === 200 ? 14 : 22}.${Math.round(50 + min * -1) % 250} - - [${T.java(min).slice(0, 19)}] "${req} HTTP/1.1" ${code} ${code === 200 ? 512 : 141} "http://shop.example/" "Mozilla/5.0"`;

export const scenarios = [
  withDefaults({
    folder: 's90a-payments-fail-since-1550',
    incidentTime: IT,
    description: 'robotshop checkout: "payment failed" for everyone since ~15:50, cart and login fine',
    expected: { component: 'payment', cause: 'network-fault' },
    alsoAcceptable: [{ component: 'payment-gateway', cause: 'external-dependency' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'tls-misconfig', 'external-dependency-failure', 'time-expression'],
    workloads: {},
    events: [],
    logs: {
      'payment#0/payment': [
        py(-50, 'INFO', 'Payment for 7 items, total 1742.65'),
        py(-50, 'INFO', 'Cart deleted'),
        py(-34.5, 'INFO', 'Payment for 2 items, total 84.0'),
        py(-34.4, 'ERROR', `Paymment error: ${SSL}`),
        py(-21, 'INFO', 'Payment for 1 items, total 1024.0'),
        py(-20.9, 'ERROR', `Paymment error: ${SSL}`),
        py(-3.2, 'INFO', 'Payment for 3 items, total 212.5'),
        py(-3.1, 'ERROR', `Paymment error: ${SSL}`),
      ],
      'web#0/web': [
        web(-34.4, 'POST /api/payment/pay/1843', 500), web(-30, 'GET /api/cart/cart/1843', 200), web(-20.9, 'POST /api/payment/pay/2210', 500),
        web(-12, 'POST /api/user/login', 200), web(-3.1, 'POST /api/payment/pay/877', 500),
      ],
      'cart#0/cart': [
        pino(T, -30, 30, '%POD%', 'request completed', '"req":{"method":"GET","url":"/cart/1843"},"res":{"statusCode":200},"responseTime":3,'),
      ],
    },
    grounding: `
      Robot Shop helm chart (kit system robot-shop.mjs): payment (Python Flask, rs-payment:2.1.0) calls PAYMENT_GATEWAY
      (default https://paypal.com/) with requests before publishing the order to rabbitmq; on an exception it logs
      "Paymment error" (sic, payment.py) and answers 500, which web's nginx returns for /api/payment/pay.
      Fault: the gateway moved its certificate to a chain whose issuing root is absent from the CA bundle baked in the
      payment image, so every verification fails with CERTIFICATE_VERIFY_FAILED (the shape of the public Let's Encrypt
      DST Root CA X3 expiry incident of 2021-09-30 hitting clients with stale trust stores). payment pods stay Ready;
      cart, user and catalogue are healthy.
      Deviations from upstream: the gateway's chain change is hypothetical; web access lines use the nginx combined format.
    `,
  }),
];
