// Blind held-out batch s98b: one Robot Shop scenario for the scenario kit (scripts/s2-scenario-kit.mjs).
// System from scripts/kit-systems/robot-shop.mjs (instana/robot-shop K8s/helm at 55292e2, images rs-*:2.1.0).
import { clock } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const I1 = '2026-05-20T18:40:00Z';
const T1 = clock(I1);
const py = (min, level, msg) => `${T1.java(min).replace('.', ',')} ${level} ${msg}`;
const ERR = "requests.exceptions.SSLError: HTTPSConnectionPool(host='www.paypal.com', port=443): Max retries exceeded with url: / (Caused by SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1129)')))";

export const scenarios = [
  withDefaults({
    folder: 's98b-checkout-payment-ssl',
    incidentTime: I1,
    description: 'robot shop: nobody can pay since around 18:00, checkout says payment failed. carts/catalogue fine',
    expected: { component: 'payment', cause: 'external-dependency' },
    alsoAcceptable: [{ component: 'payment', cause: 'network-fault' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'tls-misconfig', 'external-dependency-failure', 'time-expression'],
    grounding: `
      Manifest facts: payment (rs-payment:2.1.0, Python Flask + requests) calls PAYMENT_GATEWAY (default https://www.paypal.com)
      before publishing the order to RabbitMQ; its pod has no readiness probe and stays Ready whatever the gateway does.
      Fault: the gateway moved its certificate to a chain under a root the image's old certifi/CA bundle does not carry
      (the shape of the Let's Encrypt DST Root CA X3 expiry of 30 Sep 2021, when clients with stale trust stores got
      CERTIFICATE_VERIFY_FAILED: unable to get local issuer certificate). Every checkout now fails TLS verification in payment;
      nothing in the cluster changed. A careful engineer names payment's outbound TLS to the gateway.
      Deviations from upstream: none in the manifests; payment's log lines follow Python logging as the service prints them,
      web's nginx access lines are paraphrased.`,
    logs: {
      'payment#0/payment': [
        py(-55, 'INFO', 'Payment for 3f6e2a1c-41b8-4d0e-a1f2-7b9c0d2e4a18 of 1249.98 succeeded'),
        py(-41, 'INFO', 'Payment for 8b2d1e4f-7c3a-4a55-9d61-0e2f3b4c5a67 of 39.99 succeeded'),
        py(-39.2, 'ERROR', 'Exception on /pay/5e1c0a92-3bd1-4f7c-8e2a-1d9b6c4f0e35 [POST]'),
        'Traceback (most recent call last):',
        '  File "/usr/local/lib/python3.9/site-packages/urllib3/connectionpool.py", line 699, in urlopen',
        '    httplib_response = self._make_request(',
        'ssl.SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1129)',
        ERR,
        py(-25.5, 'ERROR', 'payment error ' + ERR),
        py(-12.1, 'ERROR', 'payment error ' + ERR),
        py(-3.4, 'ERROR', 'payment error ' + ERR),
      ],
      'web#0/web': [
        `10.1.2.55 - - [20/May/2026:18:01:03 +0000] "POST /api/payment/pay/5e1c0a92-3bd1-4f7c-8e2a-1d9b6c4f0e35 HTTP/1.1" 500 35 "http://shop.example.com/" "Mozilla/5.0"`,
        `10.1.2.55 - - [20/May/2026:18:20:40 +0000] "GET /api/catalogue/products HTTP/1.1" 200 4522 "http://shop.example.com/" "Mozilla/5.0"`,
        `10.1.3.17 - - [20/May/2026:18:27:55 +0000] "POST /api/payment/pay/aa91c3e0-0b7f-4d2c-bb61-6e85d0f12a44 HTTP/1.1" 500 35 "http://shop.example.com/" "Mozilla/5.0"`,
        `10.1.3.17 - - [20/May/2026:18:36:31 +0000] "POST /api/payment/pay/aa91c3e0-0b7f-4d2c-bb61-6e85d0f12a44 HTTP/1.1" 500 35 "http://shop.example.com/" "Mozilla/5.0"`,
      ],
      'cart#0/cart': [
        pino(T1, -30, 'info', '%POD%', 'request completed', '"req":{"method":"GET","url":"/cart/5e1c0a92-3bd1-4f7c-8e2a-1d9b6c4f0e35"},"res":{"statusCode":200},"responseTime":4,'),
        pino(T1, -5, 'info', '%POD%', 'request completed', '"req":{"method":"GET","url":"/cart/aa91c3e0-0b7f-4d2c-bb61-6e85d0f12a44"},"res":{"statusCode":200},"responseTime":3,'),
      ],
    },
  }),
];
