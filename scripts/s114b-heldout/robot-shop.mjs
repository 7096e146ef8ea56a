// Blind held-out batch s114b: one Robot Shop scenario (split: test), on the kit system definition.
// Built by scripts/s114b-build.mjs with the scenario kit (withDefaults, default PVCs, pino helper); grounding in the scenario.
import { clock } from '../s2-scenario-kit.mjs';
import { system as base, defaultPvcs as pvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

const GW = 'https://api.acmepay-psp.net/v2/charge';
const pay = base.workloads.find((w) => w.name === 'payment');
export const system = {
  ...base,
  workloads: base.workloads.map((w) => (w.name === 'payment'
    ? { ...w, containers: w.containers.map((c) => ({ ...c, env: [...c.env, { name: 'PAYMENT_GATEWAY', value: GW }] })) }
    : w)),
};
void pay;
export const defaultPvcs = pvcs;
const IT = '2026-07-09T19:30:00Z';
const T = clock(IT);
const py = (min, level, msg) => `[${T.java(min).replace('.', ',')}] ${level} in payment: ${msg}`;
const sslErr = "HTTPSConnectionPool(host='api.acmepay-psp.net', port=443): Max retries exceeded with url: /v2/charge (Caused by SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: certificate has expired (_ssl.c:1007)')))";
const dow = (min) => new Date(Date.parse(T.iso(min))).toUTCString().replace(/^(\w+), (\d+) (\w+) (\d+) ([\d:]+) GMT$/, '$1 $3 $2 $5 $4');
const uw = (min, n, status, bytes, ms) => `[pid: 14|app: 0|req: ${n}/${n * 2 + 3}] 10.1.2.61 () {36 vars in 521 bytes} [${dow(min)}] POST /pay/${['5f1b2a', '5f1b2b', '5f1b2c'][n % 3]}e9c04d6a0012ab34cd => generated ${bytes} bytes in ${ms} msecs (HTTP/1.1 ${status}) 2 headers in 80 bytes (1 switches on core 0)`;
const payLines = [];
let n = 311;
for (const m of [-18.2, -14.6, -11.1, -7.3, -4.4, -1.9]) {
  payLines.push(py(m, 'INFO', `Payment request for user anonymous-${Math.round(-m * 7)} total 1128.16`));
  payLines.push(py(m + 0.02, 'ERROR', sslErr));
  payLines.push(uw(m + 0.02, n++, 500, 181, 41));
}

export const scenarios = [
  withDefaults({
    folder: 's114b-robotshop-checkout-fails',
    incidentTime: IT,
    description: 'Robot shop: every checkout fails at the pay step since ~19:10 ("payment error"), browsing and cart are fine. all pods green',
    expected: { component: 'payment-gateway', cause: 'external-dependency' },
    alsoAcceptable: [
      { component: 'payment-gateway', cause: 'network-fault' },
      { component: 'payment', cause: 'external-dependency' },
    ],
    difficulty: 'hard',
    traits: ['pods-ready', 'callers-only', 'external-dependency-failure', 'tls-misconfig', 'time-expression'],
    events: [],
    logs: {
      'payment#0/payment': [
        '*** Starting uWSGI 2.0.21 (64bit) on [' + T.iso(-60 * 24 * 9) + '] ***',
        'spawned uWSGI master process (pid: 1)',
        'spawned uWSGI worker 1 (pid: 14, cores: 1)',
        ...payLines,
      ],
      'cart#0/cart': [
        pino(T, -18.4, 'info', '%POD%', 'request completed', '"res":{"statusCode":200},"responseTime":4,"req":{"method":"GET","url":"/cart/anonymous-127"},'),
        pino(T, -4.6, 'info', '%POD%', 'request completed', '"res":{"statusCode":200},"responseTime":3,"req":{"method":"GET","url":"/cart/anonymous-31"},'),
      ],
      'web#0/web': [
        `10.1.1.12 - - [${T.java(-11.1).replace(/(\d{4})-(\d{2})-(\d{2}) ([\d:]+)\.\d+/, (_, y, mo, d, hms) => `${d}/${['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][Number(mo) - 1]}/${y}:${hms} +0000`)}] "POST /api/payment/pay/anonymous-78 HTTP/1.1" 500 23 "http://shop.example.com/" "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15"`,
        `10.1.1.12 - - [${T.java(-1.9).replace(/(\d{4})-(\d{2})-(\d{2}) ([\d:]+)\.\d+/, (_, y, mo, d, hms) => `${d}/${['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][Number(mo) - 1]}/${y}:${hms} +0000`)}] "POST /api/payment/pay/anonymous-13 HTTP/1.1" 500 23 "http://shop.example.com/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36"`,
      ],
    },
    grounding: `
      Manifest: K8s/helm (55292e2): payment (Python Flask under uWSGI) calls PAYMENT_GATEWAY over HTTPS for every order
      and answers 500 "payment error" when the call raises; the helm value payment.gateway sets it.
      Fault: the contracted payment provider let its public TLS certificate expire; requests verifies the chain and
      refuses it (CERTIFICATE_VERIFY_FAILED: certificate has expired), so every payment fails while every pod stays Ready
      and no Event is written: the fault is only in payment's log and the 500s at web. Expired public certificates are a
      recurring class of public outages (e.g. the 2020 Microsoft Teams authentication certificate expiry).
      Deviation: PAYMENT_GATEWAY points at a fictitious provider (api.acmepay-psp.net) instead of the default paypal.com.
    `,
  }),
];
