// Blind dev batch s101a, OpenTelemetry demo: one scenario spec for the scenario kit (scripts/s2-scenario-kit.mjs).
// payment (Node.js) out of file descriptors after days of leaked sockets: Running and Ready, every charge reset; checkout loud.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/otel-demo.mjs';
export { system };

const I = '2026-05-16T19:45:00Z';
const T = clock(I);
const pino = (m, level, msg, extra = '') => `{"level":${level},"time":${Date.parse(T.isoMs(m))},"pid":1,"hostname":"%POD%","service.name":"payment",${extra}"msg":"${msg}"}`;
const slog = (m, level, msg, extra = '') => `{"time":"${T.isoMs(m)}","level":"${level}","msg":"${msg}"${extra}}`;
export const scenarios = [
  {
    folder: 's101a-payment-emfile-hung',
    description: 'otel demo: checkout failing for everyone since about 19:25, placeorder returns 500. browsing + cart still fine',
    incidentTime: I,
    expected: { component: 'payment', cause: 'dependency-down' },
    alsoAcceptable: [{ component: 'payment', cause: 'resource-exhaustion' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      Upstream opentelemetry-demo.yaml 2.1.3 at a8a3ea2: checkout (Go) calls payment (Node.js, @grpc/grpc-js, pino) at
      payment:8080 for every order; payment has no probes and a 120Mi limit. The fault follows the Node.js/libuv EMFILE
      behaviour (libuv accepts and immediately closes connections once the process is out of descriptors; nodejs/node and
      grpc-node issues about "EMFILE: too many open files" servers that stay alive): payment has leaked sockets over
      six days (open-file limit 1024 in the team's runtime) and now resets every new connection, logs EMFILE, and stays
      Running and Ready; nothing restarts. checkout logs Unavailable for every charge and the frontend the 500s, so the
      callers are the loud ones. Deviation from upstream: a 1024 nofile limit of the team's containerd config.
      Decoy: checkout was OOMKilled once two days ago (20Mi limit), now healthy.
    `,
    workloads: {
      payment: { since: -60 * 24 * 6 },
      checkout: {
        pods: [{ containers: { checkout: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 2), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 6), finishedAt: T.iso(-60 * 24 * 2 - 0.1) } }) } }],
      },
    },
    events: [],
    logs: {
      'payment#0/payment': [
        pino(-60 * 24 * 6 + 1, 30, 'payment gRPC server started on port 8080'),
        pino(-31, 30, 'Transaction complete.', '"transactionId":"8f3e2a71-5c0d-4b8e-a1f6-2c9d7e4b3a10","cardType":"visa","lastFourDigits":"5678","amount":{"units":74,"nanos":990000000,"currencyCode":"USD"},"loyalty_level":"gold",'),
        pino(-21.2, 50, 'Error: EMFILE: too many open files', '"err":{"type":"Error","message":"accept EMFILE","stack":"Error: accept EMFILE\\n    at TCP.onconnection (node:net:2131:24)","errno":-24,"code":"EMFILE","syscall":"accept"},'),
        pino(-14.7, 50, 'FlagdProvider: connection error', '"err":{"type":"Error","message":"14 UNAVAILABLE: No connection established. Last error: Error: EMFILE: too many open files, open \'/etc/resolv.conf\'","code":14},'),
        pino(-3.3, 50, 'Error: EMFILE: too many open files', '"err":{"type":"Error","message":"accept EMFILE","stack":"Error: accept EMFILE\\n    at TCP.onconnection (node:net:2131:24)","errno":-24,"code":"EMFILE","syscall":"accept"},'),
      ],
      'checkout#0/checkout': [
        slog(-31, 'INFO', 'payment went through', ',"transaction_id":"8f3e2a71-5c0d-4b8e-a1f6-2c9d7e4b3a10"'),
        ...[-19.6, -12.2, -7.9, -2.4, -0.7].map((m) => slog(m, 'ERROR', 'failed to charge card: could not charge the card: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: read tcp %PODIP%:4' + (1000 + Math.round(-m * 37)) + '->%SVCIP:payment%:8080: read: connection reset by peer"')),
        slog(-1.2, 'INFO', '[GetCart] called with user_id: 2b7a9c4e-8f1d-4e5a-b6c3-0d9e7f2a1b48'),
      ],
      'frontend#0/frontend': [
        ...[-19.6, -7.9, -0.7].map((m) => `${T.isoMs(m)} ERROR Error: 13 INTERNAL: failed to charge card: could not charge the card: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: read: connection reset by peer"`),
        `${T.isoMs(-1.0)} INFO GET /api/cart 200`,
      ],
    },
  },
];
