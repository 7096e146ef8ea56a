// Batch s87a (blind dev): one Online Boutique scenario on the session-2 system definition
// (scripts/s2-scenarios/online-boutique.mjs): emailservice's egress to SendGrid dropped by Cloud NAT port exhaustion.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };

const I = '2026-05-12T14:52:00Z';
const T = clock(I);
const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const pyLog = (min, sev, msg) => JSON.stringify({ timestamp: Date.parse(T.isoMs(min)) / 1000, severity: sev, name: 'emailservice-server', message: msg });
const goLog = (min, sev, msg) => JSON.stringify({ message: msg, severity: sev, timestamp: T.isoMs(min) });
const mails = ['someone@example.com', 'k.tanaka@example.org', 'j.meyer@example.net', 'ana.r@example.com', 'p.okafor@example.org'];

const emailLines = [];
const checkoutLines = [];
for (let k = 0; k < 28; k++) {
  const m = -34 + k * 1.2;
  const to = mails[k % mails.length];
  const txid = `${(0x3a1f9c0 + k * 7919).toString(16)}-4e2b-4c1a-9f0d-${(0x5b7e21a9c4d0 + k * 104729).toString(16)}`;
  checkoutLines.push(goLog(m, 'info', `[PlaceOrder] user_id="${(0x9b2f64c7 + k).toString(16)}-0e2a-4c39-b4d1-6a3c2e19f8d0" user_currency="USD"`));
  checkoutLines.push(goLog(m + 0.01, 'info', `payment went through (transaction_id: ${txid})`));
  emailLines.push(pyLog(m + 0.02, 'INFO', `A request to send order confirmation email to ${to} has been received.`));
  // Before ~14:21 every send works; after, most connects to api.sendgrid.com time out (NAT OUT_OF_RESOURCES drops SYNs).
  const fails = m > -31 && k % 5 !== 2;
  if (fails) {
    emailLines.push(pyLog(m + 0.02 + 10 / 60, 'ERROR', `Failed to send order confirmation to ${to}: HTTPSConnectionPool(host='api.sendgrid.com', port=443): Max retries exceeded with url: /v3/mail/send (Caused by ConnectTimeoutError(<urllib3.connection.HTTPSConnection object at 0x7f3c${(0x1a2b30 + k * 16).toString(16)}>, 'Connection to api.sendgrid.com timed out. (connect timeout=10)'))`));
    checkoutLines.push(goLog(m + 0.02 + 10 / 60, 'warning', `failed to send order confirmation to "${to}": rpc error: code = Unknown desc = Exception calling application: HTTPSConnectionPool(host='api.sendgrid.com', port=443): Max retries exceeded with url: /v3/mail/send (Caused by ConnectTimeoutError(<urllib3.connection.HTTPSConnection object at 0x7f3c${(0x1a2b30 + k * 16).toString(16)}>, 'Connection to api.sendgrid.com timed out. (connect timeout=10)'))`));
  } else {
    emailLines.push(pyLog(m + 0.02 + 0.4 / 60, 'INFO', `Order confirmation email sent to ${to} (sendgrid status 202)`));
  }
}

export const scenarios = [
  {
    folder: 's87a-email-sendgrid-nat-port-exhaustion',
    description: 'order confirmation emails not going out since ~14:20, customers complaining. checkout itself still works fine - payments team',
    incidentTime: I,
    expected: { component: 'emailservice', cause: 'network-fault' },
    alsoAcceptable: [{ component: 'sendgrid', cause: 'network-fault' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'network-latency', 'decoy', 'time-expression', 'team-name'],
    workloads: {
      // Decoy: a benign adservice rollout two hours earlier (image tag bump only).
      adservice: {
        rollout: { at: -125, oldContainers: { server: { image: `${REG}/adservice:v0.10.5` } } },
      },
      // Decoy: loadgenerator OOM-killed three days ago, running since.
      loadgenerator: {
        pods: [{ containers: { main: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.1) } }) } }],
      },
    },
    events: [
      { on: 'deploy:adservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set adservice-%NEW% to 1', first: -125, last: -125 },
      { on: 'deploy:adservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set adservice-%OLD% to 0 from 1', first: -124, last: -124 },
    ],
    logs: {
      'emailservice#0/server': emailLines,
      'checkoutservice#0/server': checkoutLines,
      'paymentservice#0/server': [
        `{"severity":"info","time":${Date.parse(T.isoMs(-20))},"pid":1,"hostname":"%POD%","name":"paymentservice-charge","message":"Transaction processed: visa ending 0454     Amount: USD 34.97"}`,
        `{"severity":"info","time":${Date.parse(T.isoMs(-8))},"pid":1,"hostname":"%POD%","name":"paymentservice-charge","message":"Transaction processed: visa ending 8514     Amount: USD 119.40"}`,
      ],
      'adservice#0/server': [
        JSON.stringify({ instant: { epochSecond: Math.floor(Date.parse(T.isoMs(-124.5)) / 1000), nanoOfSecond: 0 }, thread: 'main', level: 'INFO', loggerName: 'hipstershop.AdService', message: 'Ad Service started, listening on 9555', endOfBatch: false, loggerFqcn: 'org.apache.logging.log4j.spi.AbstractLogger', threadId: 1, threadPriority: 5 }),
        JSON.stringify({ instant: { epochSecond: Math.floor(Date.parse(T.isoMs(-3)) / 1000), nanoOfSecond: 0 }, thread: 'grpc-default-executor-4', level: 'INFO', loggerName: 'hipstershop.AdService', message: 'received ad request (context_words=[kitchen])', endOfBatch: false, loggerFqcn: 'org.apache.logging.log4j.spi.AbstractLogger', threadId: 31, threadPriority: 5 }),
      ],
    },
    grounding: `
      Manifest facts: emailservice (Python, grpc 8080 behind Service port 5000) is called by checkoutservice after the payment
      (checkoutservice logs "failed to send order confirmation to %q" as a warning and still returns the order, as upstream
      main.go does); the system definition's SENDGRID_API_HOST=api.sendgrid.com is the topology's emailservice -> sendgrid edge.
      Fault: GKE private nodes egress through Cloud NAT; with the default 64 min ports per VM and no dynamic port allocation,
      a burst of outbound connections exhausts the NAT source ports and Cloud NAT drops new SYNs (OUT_OF_RESOURCES in NAT logs,
      "Cloud NAT port exhaustion" in Google's Cloud NAT troubleshooting docs and several public write-ups). Only new connections
      to api.sendgrid.com from emailservice's node time out; a few still succeed. emailservice's pod stays Running and Ready, no
      Kubernetes Event shows it; SendGrid itself is healthy. Expected: emailservice network-fault (its egress path drops);
      sendgrid network-fault is accepted.
      Deviations from upstream: upstream emailservice only logs the request (dummy mode); here it is the operator's build that
      sends through SendGrid with requests/urllib3 (connect timeout 10 s) and logs the outcome. Decoys: a benign adservice
      rollout (v0.10.5 -> v0.10.6, image only) two hours earlier, and a loadgenerator OOMKill three days old.
    `,
  },
];
