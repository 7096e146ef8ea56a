// Blind dev batch s69c, Stan's Robot Shop: one scenario spec for the scenario kit (scripts/s2-scenario-kit.mjs), built by
// scripts/s69c-build.mjs; the system is the kit's robot-shop definition (withDefaults, pino helper, default redis claim).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const INC = '2026-03-24T10:55:00Z';
const T = clock(INC);
const OUTAGE = -24; // the PSP stops answering TCP SYNs from eu-west-1 at 10:31
const GW = 'https://secure.worldpay.com/';
const MON = ['Jan', 'Feb', 'Mar', 'Apr'];
const DAY = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const dt = (min) => { const d = new Date(Date.parse(T.isoMs(min))); return d; };
const flask = (min, lvl, msg) => `[${T.java(min).replace('.', ',')}] ${lvl} in payment: ${msg}`;
const uwsgiDate = (min) => { const d = dt(min); return `${DAY[d.getUTCDay()]} ${MON[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${T.go(min).slice(11)} ${d.getUTCFullYear()}`; };
const nginxDate = (min) => { const d = dt(min); return `${String(d.getUTCDate()).padStart(2, '0')}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()}:${T.go(min).slice(11)} +0000`; };
const UA = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15';
const HOST = 'shop.robotshop.example';

const users = ['anonymous-48213', 'rkowalski', 'anonymous-48377', 'jdoe', 'anonymous-48412', 'mbauer', 'anonymous-48460', 'tsato'];
const cart = (i) => `{'total': ${[1499.0, 42.0, 3298.0, 1057.0][i % 4]}, 'tax': ${[249.83, 7.0, 549.67, 176.17][i % 4]}, 'items': [{'qty': 1, 'sku': '${['HAL-1', 'K9', 'EMM', 'CNA'][i % 4]}', 'name': '${['HAL', 'K9', 'Ewe Mary', 'Cutie'][i % 4]}', 'price': ${[1499, 27, 3290, 1050][i % 4]}, 'subtotal': ${[1499, 27, 3290, 1050][i % 4]}}, {'qty': 1, 'sku': 'SHIP', 'name': 'shipping to Lyon France', 'price': ${[0, 15, 8, 7][i % 4]}, 'subtotal': ${[0, 15, 8, 7][i % 4]}}]}`;

const paymentLog = [];
const webAccess = [];
const webError = [];
let req = 51877;
let conn = 481190;
// Before the outage: a checkout every ~1.5 min, ~400 ms each (PSP round trip from eu-west-1).
for (let m = -44, i = 0; m < OUTAGE; m += 1.5, i++) {
  const u = users[i % users.length];
  req++;
  paymentLog.push(flask(m, 'INFO', `payment for ${u}`), flask(m, 'INFO', cart(i)), flask(m + 0.006, 'INFO', `${GW} returned 200`), flask(m + 0.007, 'INFO', 'queue order'));
  if (!u.startsWith('anonymous')) paymentLog.push(flask(m + 0.008, 'INFO', 'order history returned 200'));
  paymentLog.push(flask(m + 0.009, 'INFO', 'cart delete returned 200'));
  paymentLog.push(`[pid: 9|app: 0|req: ${req}/${req}] %IPOF:web#0% () {50 vars in 812 bytes} [${uwsgiDate(m)}] POST /pay/${u} => generated 51 bytes in ${380 + (i * 37) % 90} msecs (HTTP/1.1 200) 2 headers in 72 bytes (1 switches on core 0)`);
  webAccess.push(`10.1.${1 + (i % 3)}.${[84, 137, 206][i % 3]} - - [${nginxDate(m + 0.007)}] "POST /api/payment/pay/${u} HTTP/1.1" 200 51 "https://${HOST}/" "${UA}" "-"`);
  webAccess.push(`10.1.${1 + (i % 3)}.${[84, 137, 206][i % 3]} - - [${nginxDate(m + 0.02)}] "GET /api/cart/cart/${u} HTTP/1.1" 404 15 "https://${HOST}/" "${UA}" "-"`);
}
// From the outage: requests.get(PAYMENT_GATEWAY) has no timeout, the SYN is never answered and the kernel gives up after
// tcp_syn_retries=6 (~127 s). uWSGI runs one process without threads (payment.ini), so checkouts queue behind each other;
// nginx gives up at proxy_read_timeout 60 s and answers 504.
for (let m = OUTAGE + 0.1, i = 0; m < -0.5; m += 2.13, i++) {
  const u = users[(i + 3) % users.length];
  req++;
  paymentLog.push(flask(m, 'INFO', `payment for ${u}`), flask(m, 'INFO', cart(i + 1)));
  const done = m + 2.125;
  if (done < -0.05) {
    paymentLog.push(flask(done, 'ERROR', `HTTPSConnectionPool(host='secure.worldpay.com', port=443): Max retries exceeded with url: / (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f${(0x3c2a1b40 + i * 0x1a0).toString(16)}>: Failed to establish a new connection: [Errno 110] Connection timed out'))`));
    paymentLog.push(`uwsgi_response_writev_headers_and_body_do(): Broken pipe [core/writer.c line 306] during POST /pay/${u} (%IPOF:web#0%)`);
    paymentLog.push('OSError: write error');
    paymentLog.push(`[pid: 9|app: 0|req: ${req}/${req}] %IPOF:web#0% () {50 vars in 812 bytes} [${uwsgiDate(m)}] POST /pay/${u} => generated 0 bytes in ${127500 + (i * 211) % 900} msecs (HTTP/1.1 500) 2 headers in 0 bytes (0 switches on core 0)`);
  }
}
// nginx: every checkout attempt after 10:31 ends in a 504 after 60 s (several per user, people retry).
for (let m = OUTAGE + 0.3, i = 0; m < -1.1; m += 0.62, i++) {
  const u = users[(i + 3) % users.length];
  const at = m + 1;
  conn += 7;
  const client = `10.1.${1 + (i % 3)}.${[84, 137, 206][i % 3]}`;
  webError.push(`${T.go(at)} [error] 29#29: *${conn} upstream timed out (110: Connection timed out) while reading response header from upstream, client: ${client}, server: localhost, request: "POST /api/payment/pay/${u} HTTP/1.1", upstream: "http://%SVCIP:payment%:8080/pay/${u}", host: "${HOST}", referrer: "https://${HOST}/"`);
  webAccess.push(`${client} - - [${nginxDate(at)}] "POST /api/payment/pay/${u} HTTP/1.1" 504 167 "https://${HOST}/" "${UA}" "-"`);
  webAccess.push(`${client} - - [${nginxDate(m + 0.2)}] "GET /api/catalogue/products HTTP/1.1" 200 2318 "https://${HOST}/" "${UA}" "-"`);
}
const webLog = [...webAccess, ...webError].sort((a, b) => stamp(a) - stamp(b));
function stamp(l) {
  const m = /\[(\d{2})\/(\w{3})\/(\d{4}):(\d{2}):(\d{2}):(\d{2})/.exec(l);
  if (m) return Date.UTC(+m[3], MON.indexOf(m[2]), +m[1], +m[4], +m[5], +m[6]);
  const g = /^(\d{4})\/(\d{2})\/(\d{2}) (\d{2}):(\d{2}):(\d{2})/.exec(l);
  return Date.UTC(+g[1], +g[2] - 1, +g[3], +g[4], +g[5], +g[6]);
}

const cartLog = [];
for (let m = -44, i = 0; m < -0.4; m += 1.1, i++) {
  const u = users[i % users.length];
  cartLog.push(pino(T, m, 'info', '%POD%', 'request completed', `"req":{"id":${90211 + i},"method":"GET","url":"/cart/${u}","headers":{"host":"cart:8080","connection":"close"},"remoteAddress":"::ffff:%IPOF:web#0%","remotePort":${40112 + (i * 97) % 20000}},"res":{"statusCode":200,"headers":{"x-powered-by":"Express","content-type":"application/json; charset=utf-8"}},"responseTime":${2 + (i % 5)},`));
}

export const scenarios = [
  withDefaults({
    folder: 's69c-psp-blackholes-syn-payment-worker-hangs',
    description: 'checkout hangs ~1 min then "504 Gateway Time-out", nothing else broken, cart + browsing still work. started around 10:30. payments team pls look',
    incidentTime: INC,
    expected: { component: 'payment-gateway', cause: 'external-dependency' },
    alsoAcceptable: [{ component: 'payment-gateway', cause: 'dependency-down' }, { component: 'payment-gateway', cause: 'network-fault' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'external-dependency-failure', 'louder-dependents', 'callers-only', 'time-expression', 'team-name', 'decoy'],
    grounding: `
      Manifests: instana/robot-shop K8s/helm at 55292e2 as the kit's robot-shop system; the release sets values payment.gateway,
      which the chart renders as env PAYMENT_GATEWAY=https://secure.worldpay.com/ on the payment container (topology: the
      payment-gateway component lists secure.worldpay.com:443). payment/payment.py calls requests.get(PAYMENT_GATEWAY) with no
      timeout inside /pay/<id>; payment/payment.ini runs uWSGI with master, processes = 1 and no threads, so one request is
      served at a time; the chart gives payment no probes, so its pod stays Ready whatever happens.
      Fault: from 10:31 the PSP's edge silently drops SYNs from the cluster's NAT addresses (a provider-side incident, the shape
      of public PSP/CDN outages where connections time out instead of being refused). Each checkout blocks the single uWSGI
      worker ~127 s (Linux tcp_syn_retries=6) before urllib3 raises NewConnectionError "[Errno 110] Connection timed out";
      Flask's errorhandler logs it at ERROR and the late response hits a socket nginx already closed (uWSGI "Broken pipe ...
      OSError: write error"). Meanwhile nginx (web) answers every POST /api/payment/pay/* with 504 after proxy_read_timeout 60 s
      ("upstream timed out (110: Connection timed out) while reading response header from upstream") and is the loudest log;
      catalogue, cart, user and rabbitmq are healthy, dispatch simply receives no orders.
      Decoy: shipping's JVM was OOMKilled once 52 hours ago and has run cleanly since.
      Deviations from upstream: the Worldpay gateway value and the provider outage are invented; user names, carts, client
      addresses and the uWSGI/nginx connection counters are made up; pod names, IPs and uids come from the kit.`,
    workloads: {
      payment: {
        containers: {
          payment: {
            env: [
              { name: 'INSTANA_AGENT_HOST', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'status.hostIP' } } },
              { name: 'PAYMENT_GATEWAY', value: GW },
            ],
          },
        },
      },
      shipping: {
        pods: [{ readyTransition: T.iso(-60 * 52 + 1.5), containers: { shipping: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 52 + 0.05), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9 + 0.3), finishedAt: T.iso(-60 * 52) } }) } }],
      },
    },
    events: [],
    logs: {
      'payment#0/payment': paymentLog,
      'web#0/web': webLog,
      'cart#0/cart': cartLog,
    },
  }),
];
