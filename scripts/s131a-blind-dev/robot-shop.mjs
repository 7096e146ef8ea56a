// Blind dev batch s131a, Robot Shop: a RabbitMQ disk alarm blocking payment's publishes.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, withDefaults, defaultPvcs as basePvcs } from '../kit-systems/robot-shop.mjs';

// Our install gives rabbitmq a 2Gi PVC at /var/lib/rabbitmq (upstream runs it without a volume).
export const system = {
  ...base,
  workloads: base.workloads.map((w) =>
    w.name !== 'rabbitmq'
      ? w
      : {
          ...w,
          volumes: [{ name: 'data', persistentVolumeClaim: { claimName: 'rabbitmq-data' } }],
          containers: w.containers.map((c) => ({ ...c, volumeMounts: [{ name: 'data', mountPath: '/var/lib/rabbitmq' }] })),
        },
  ),
};
export const defaultPvcs = [
  ...basePvcs,
  { name: 'rabbitmq-data', size: '2Gi', storageClass: 'gp2', volume: 'pvc-8c2f6a1e-93d4-4b7a-a0e5-2f71c94d8b36', provisioner: 'ebs.csi.aws.com' },
];

const T1 = clock('2026-03-18T14:32:00Z');
const rmq = (m, lvl, pid, msg) => `${T1.java(m)} [${lvl}] <0.${pid}.0> ${msg}`;
const nginx = (m, ip, path, status, rt, bytes = 0) => {
  const d = new Date(Date.parse('2026-03-18T14:32:00Z') + m * 60000);
  const p = (n) => String(n).padStart(2, '0');
  return `${ip} - - [18/Mar/2026:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000] "${path}" ${status} ${bytes} "-" "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36" rt=${rt}`;
};
const ut = (m) => {
  const d = new Date(Date.parse('2026-03-18T14:32:00Z') + m * 60000);
  const p = (n) => String(n).padStart(2, '0');
  return `Wed Mar 18 ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} 2026`;
};
const uwsgi = (m, pid, req, path, ms, st = 200) => {
  return `[pid: ${pid}|app: 0|req: ${req}/${req * 2 + 3}] 10.1.1.54 () {42 vars in 721 bytes} [${ut(m)}] ${path} => generated 37 bytes in ${ms} msecs (HTTP/1.1 ${st}) 2 headers in 72 bytes (1 switches on core 0)`;
};

const rabbitLogs = [];
rabbitLogs.push(rmq(-60 * 20, 'info', 273, 'Server startup complete; 3 plugins started.'));
for (let m = -58; m < -25; m += 4) {
  rabbitLogs.push(rmq(m, 'info', 2311 + m * -3, `accepting AMQP connection <0.${2311 + m * -3}.0> (10.1.2.71:${40112 + m * -7} -> %PODIP%:5672)`));
  rabbitLogs.push(rmq(m + 0.01, 'info', 2311 + m * -3, `connection <0.${2311 + m * -3}.0> (10.1.2.71:${40112 + m * -7} -> %PODIP%:5672): user 'guest' authenticated and granted access to vhost '/'`));
}
rabbitLogs.push(rmq(-24.2, 'warning', 262, 'Free disk space is insufficient. Free bytes: 49938432. Limit: 50000000'));
rabbitLogs.push(rmq(-24.2, 'warning', 258, 'disk resource limit alarm set on node rabbit@rabbitmq-7d8c9b5f6-x2kqp.\n\n**********************************************************\n*** Publishers will be blocked until this alarm clears ***\n**********************************************************'));
for (let m = -22; m < -1; m += 3) {
  rabbitLogs.push(rmq(m, 'info', 4120 + m * -5, `accepting AMQP connection <0.${4120 + m * -5}.0> (10.1.2.71:${51230 + m * -11} -> %PODIP%:5672)`));
  rabbitLogs.push(rmq(m + 0.01, 'info', 4120 + m * -5, `connection <0.${4120 + m * -5}.0> (10.1.2.71:${51230 + m * -11} -> %PODIP%:5672): user 'guest' authenticated and granted access to vhost '/'`));
}
rabbitLogs.push(rmq(-6.5, 'warning', 262, 'Free disk space is insufficient. Free bytes: 41381888. Limit: 50000000'));

const payLogs = [];
for (let m = -50; m < -25; m += 3) {
  payLogs.push(uwsgi(m, 11 + (m % 2 ? 1 : 0), 300 + -m, `POST /pay/${5000 + -m}`, 180 + (m % 5) * 20));
  payLogs.push(uwsgi(m + 0.2, 12, 301 + -m, 'GET /health', 1));
}
payLogs.push(uwsgi(-24.5, 11, 340, 'POST /pay/5028', 212));
for (let m = -23; m < -1; m += 1.5) {
  payLogs.push(uwsgi(m, 12, 400 + Math.round(-m * 2), 'GET /health', 1));
  if (m > -12) payLogs.push(`${ut(m + 0.3)} - *** uWSGI listen queue of socket ":8080" (fd: 3) full !!! (101/100) ***`);
}

const webLogs = [];
for (let m = -40; m < -25; m += 2.5) {
  webLogs.push(nginx(m, '10.1.2.18', 'GET /api/catalogue/products HTTP/1.1', 200, '0.012', 2310));
  webLogs.push(nginx(m + 0.3, '10.1.3.44', `POST /api/payment/pay/${5000 + Math.round(-m)} HTTP/1.1`, 200, '0.231', 61));
}
for (let m = -23; m < -1; m += 2) {
  webLogs.push(nginx(m, '10.1.2.18', 'GET /api/catalogue/products HTTP/1.1', 200, '0.010', 2310));
  webLogs.push(nginx(m + 0.1, '10.1.3.44', 'GET /api/cart/cart/5031 HTTP/1.1', 200, '0.004', 412));
  webLogs.push(`${T1.go(m + 0.4)} [error] 21#21: *${8800 + Math.round(-m * 13)} upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.1.3.44, server: localhost, request: "POST /api/payment/pay/${5020 + Math.round(-m)} HTTP/1.1", upstream: "http://%SVCIP:payment%:8080/pay/${5020 + Math.round(-m)}", host: "shop.robotshop.example"`);
  webLogs.push(nginx(m + 0.4, '10.1.3.44', `POST /api/payment/pay/${5020 + Math.round(-m)} HTTP/1.1`, 504, '60.001', 167));
}

const dispatchLogs = [
  `${T1.go(-60 * 20 + 0.5)} Connected to rabbitmq`,
  `${T1.go(-60 * 20 + 0.5)} Waiting for messages`,
];
for (let m = -50; m < -25; m += 3) dispatchLogs.push(`${T1.go(m + 0.1)} Order ${5000 + -m}`);

export const scenarios = [
  withDefaults({
    folder: 's131a-rabbitmq-disk-alarm-blocks-payment',
    incidentTime: '2026-03-18T14:32:00Z',
    description: 'checkout on robot shop just spins and then errors (504) since ~14:08, payment pods look healthy, nothing deployed by payments team today. browsing + cart fine',
    expected: { component: 'rabbitmq', cause: 'resource-exhaustion' },
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      RabbitMQ's disk free space alarm (rabbitmq.com docs "Free Disk Space Alarms": when free space on the node's
      data directory drops below disk_free_limit, 50MB by default, the broker blocks every connection that publishes
      and logs "disk resource limit alarm set ... Publishers will be blocked until this alarm clears"). Robot Shop's
      payment (Flask under uWSGI, payment/rabbitmq.py) publishes each order to the robot-shop exchange with a pika
      BlockingConnection and no blocked_connection_timeout, so a blocked publish hangs the request: uWSGI's listen
      queue fills, nginx (web) answers 504 after proxy_read_timeout, and dispatch simply gets no more orders. The
      broker pod stays Running and Ready (its Service and AMQP port are fine), payment's /health keeps answering 200.
      Deviations from upstream K8s/helm: our install mounts a 2Gi gp2 PVC rabbitmq-data at /var/lib/rabbitmq
      (upstream has no volume), and the disk was filled by a durable queue with no consumer (a decommissioned
      order-audit consumer) - the snapshot shows that only through the broker's own log lines. Decoy: catalogue
      rolled out a new ReplicaSet two hours earlier and is healthy; redis restarted once two days ago.
    `,
    workloads: {
      rabbitmq: { since: -60 * 20 },
      catalogue: { rollout: { at: -125, revision: 6, oldContainers: { catalogue: { image: 'robotshop/rs-catalogue:2.0.9' } } } },
      redis: {
        pods: [{
          containers: {
            redis: cs.restartedRunning({ restarts: 1, startedAt: T1.iso(-60 * 50), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T1.iso(-60 * 24 * 9), finishedAt: T1.iso(-60 * 50 - 0.1) } }),
          },
        }],
      },
    },
    events: [
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled up replica set catalogue-%NEW% to 1', first: -125, last: -125 },
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled down replica set catalogue-%OLD% to 0 from 1', first: -124, last: -124 },
    ],
    logs: {
      'rabbitmq#0/rabbitmq': rabbitLogs.map((l) => l.replaceAll('rabbitmq-7d8c9b5f6-x2kqp', '%POD%')),
      'payment#0/payment': payLogs,
      'web#0/web': webLogs,
      'dispatch#0/dispatch': dispatchLogs,
    },
  }),
];
