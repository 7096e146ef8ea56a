// Held-out batch s136b: Robot Shop.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, defaultPvcs as pvcs, withDefaults } from '../kit-systems/robot-shop.mjs';

export const system = base;
export const defaultPvcs = pvcs;
const T = clock('2026-08-21T19:26:00Z');
const D = (min) => new Date(Date.parse(T.isoMs(min))).toUTCString().replace(/^(\w+), (\d+) (\w+) (\d+) ([\d:]+) GMT$/, (_, wd, d, mo, y, hms) => `${wd} ${mo} ${String(Number(d)).padStart(2, ' ')} ${hms} ${y}`);
const uw = (min, n, ip, path, bytes, ms, code) => `[pid: 11|app: 0|req: ${n}/${n * 2 + 1}] ${ip} () {38 vars in 512 bytes} [${D(min)}] POST ${path} => generated ${bytes} bytes in ${ms} msecs (HTTP/1.1 ${code}) 2 headers in 81 bytes (1 switches on core 0)`;
const fl = (min, lvl, msg) => `[${T.java(min).replace('.', ',')}] ${lvl} in payment: ${msg}`;
const err = "HTTPSConnectionPool(host='paypal.com', port=443): Max retries exceeded with url: / (Caused by ConnectTimeoutError(<urllib3.connection.HTTPSConnection object at 0x7f3c2a1e5d30>, 'Connection to paypal.com timed out. (connect timeout=None)'))";
const ngx = (min, path, code, rt) => `10.1.1.84 - - [${T.iso(min).replace(/^(\d+)-(\d+)-(\d+)T([\d:]+)Z$/, (_, y, m, d, t) => `${d}/${['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][Number(m) - 1]}/${y}:${t} +0000`)}] "POST ${path} HTTP/1.1" ${code} ${code === 200 ? 44 : 27} "http://shop.robot-shop.example.com/" "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0" rt=${rt}`;

export const scenarios = [
  withDefaults({
    folder: 's136b-payment-stuck-orders',
    incidentTime: '2026-08-21T19:26:00Z',
    description: 'robotshop: customers stuck at "paying..." then error, orders not going thru last ~25min. payments team pls look, nothing restarted',
    expected: { component: 'payment-gateway', cause: 'external-dependency' },
    alsoAcceptable: [{ component: 'payment', cause: 'external-dependency' }],
    difficulty: 'medium',
    traits: ['external-dependency-failure', 'pods-ready', 'callers-only', 'decoy', 'team-name', 'time-expression'],
    grounding: `
      Robot Shop's payment service (payment.py, Flask under uWSGI) does requests.get(PAYMENT_GATEWAY) on every /pay
      call before publishing the order to RabbitMQ; PAYMENT_GATEWAY defaults to https://paypal.com/ (helm values
      payment.gateway). requests.get is called without a timeout, so when the gateway is unreachable each checkout
      waits for the TCP connect timeout and returns 500 with the urllib3 ConnectTimeoutError text, which payment logs
      through app.logger.error. Fault: egress to the public gateway times out (the gateway, outside the cluster, is
      failing); payment pods stay Running and Ready, rabbitmq and dispatch are healthy but idle. Decoys: mysql was
      OOM-killed five days ago, and catalogue had a routine rollout three hours ago (image tag 2.1.0 -> 2.1.1,
      deviation: upstream only publishes 2.1.0).`,
    workloads: {
      catalogue: {
        containers: { catalogue: { image: 'robotshop/rs-catalogue:2.1.1' } },
        rollout: { at: -180, oldContainers: { catalogue: { image: 'robotshop/rs-catalogue:2.1.0' } } },
      },
      mysql: {
        pods: [{ created: T.iso(-60 * 24 * 12), containers: { mysql: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 5 + 0.2), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 12 + 0.3), finishedAt: T.iso(-60 * 24 * 5) } }) } }],
      },
    },
    events: [
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled up replica set catalogue-%NEW% to 1', first: -180, last: -180 },
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled down replica set catalogue-%OLD% to 0 from 1', first: -179, last: -179 },
    ],
    logs: {
      'payment#0/payment': [
        uw(-40, 812, '%IPOF:web#0%', '/pay/6f1b2e34', 44, 612, 200),
        fl(-25.5, 'ERROR', err),
        uw(-25.5, 813, '%IPOF:web#0%', '/pay/a93c01d7', 231, 130142, 500),
        fl(-17.8, 'ERROR', err),
        uw(-17.8, 814, '%IPOF:web#0%', '/pay/0c4e8f21', 231, 129870, 500),
        fl(-9.2, 'ERROR', err),
        uw(-9.2, 815, '%IPOF:web#0%', '/pay/7d2a5b90', 231, 130033, 500),
        fl(-2.1, 'ERROR', err),
        uw(-2.1, 816, '%IPOF:web#0%', '/pay/e5f8c3a2', 231, 130011, 500),
      ],
      'web#0/web': [
        ngx(-40, '/api/payment/pay/6f1b2e34', 200, '0.615'),
        ngx(-25.5, '/api/payment/pay/a93c01d7', 500, '130.144'),
        ngx(-17.8, '/api/payment/pay/0c4e8f21', 500, '129.872'),
        ngx(-9.2, '/api/payment/pay/7d2a5b90', 500, '130.036'),
        ngx(-2.1, '/api/payment/pay/e5f8c3a2', 500, '130.013'),
      ],
      'dispatch#0/dispatch': [
        `${T.go(-41)} Received order {"orderid": "6f1b2e34-31fa-4d9b-9a1e-2e0b7c45d801", "user": "anonymous-1893", "cart": {"total": 1698.98}}`,
        `${T.go(-41)} Dispatched order 6f1b2e34-31fa-4d9b-9a1e-2e0b7c45d801`,
      ],
    },
  }),
];
