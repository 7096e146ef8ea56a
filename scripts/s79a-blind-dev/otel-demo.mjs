// Blind dev batch s79a: one OpenTelemetry demo scenario for the scenario kit (scripts/s2-scenario-kit.mjs), built by
// scripts/s79a-build.mjs — an in-house email build that delivers through SMTP on localhost:25: Ready, every send a 500.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/otel-demo.mjs';

export const system = base;

const T = clock('2026-05-19T11:40:00Z');
const NEW_IMG = 'europe-west1-docker.pkg.dev/astro-shop-prod/shop/email:2.1.3-astro.2';
const OLD_IMG = 'ghcr.io/open-telemetry/demo:2.1.3-email';

const clf = (min, ip, req, code, bytes, secs) => {
  const d = T.iso(min); const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(d.slice(5, 7)) - 1];
  return `${ip} - - [${d.slice(8, 10)}/${mon}/${d.slice(0, 4)}:${d.slice(11, 19)} +0000] "${req} HTTP/1.1" ${code} ${bytes} ${secs.toFixed(4)}`;
};
const sinatraTs = (min) => T.iso(min).replace('T', ' ').replace('Z', '');
const emailLog = [
  `{"time":"${T.isoMs(-147.6)}","message":"Email service starting on port 8080","level":"INFO"}`,
  '== Sinatra (v4.1.1) has taken the stage on 8080 for production with backup from Puma',
  'Puma starting in single mode...',
  '* Puma version: 6.6.0 ("Return to Forever")',
  '* Ruby version: ruby 3.4.4 (2025-05-14 revision a38531fd3f) +PRISM [x86_64-linux]',
  '*  Min threads: 0',
  '*  Max threads: 5',
  '*  Environment: production',
  '*          PID: 1',
  '* Listening on http://0.0.0.0:8080',
  'Use Ctrl-C to stop',
];
for (let m = -146; m < -0.3; m += 2.35) {
  emailLog.push(
    `${sinatraTs(m)} - Errno::ECONNREFUSED - Connection refused - connect(2) for "localhost" port 25:`,
    '\t/usr/local/lib/ruby/3.4.0/socket.rb:1238:in \'Socket.tcp\'',
    '\t/usr/local/bundle/gems/net-smtp-0.5.1/lib/net/smtp.rb:663:in \'Net::SMTP#tcp_socket\'',
    '\t/usr/local/bundle/gems/net-smtp-0.5.1/lib/net/smtp.rb:672:in \'Net::SMTP#do_start\'',
    '\t/usr/local/bundle/gems/net-smtp-0.5.1/lib/net/smtp.rb:611:in \'Net::SMTP#start\'',
    '\t/usr/local/bundle/gems/mail-2.8.1/lib/mail/network/delivery_methods/smtp.rb:109:in \'Mail::SMTP#start_smtp_session\'',
    '\t/usr/local/bundle/gems/mail-2.8.1/lib/mail/network/delivery_methods/smtp.rb:100:in \'Mail::SMTP#deliver!\'',
    '\t/usr/local/bundle/gems/mail-2.8.1/lib/mail/message.rb:2145:in \'Mail::Message#do_delivery\'',
    '\t/usr/local/bundle/gems/pony-1.13.1/lib/pony.rb:223:in \'Pony.deliver\'',
    '\t/usr/local/bundle/gems/pony-1.13.1/lib/pony.rb:195:in \'Pony.mail\'',
    '\t/email_server/email_server.rb:61:in \'Object#send_email\'',
    '\t/email_server/email_server.rb:33:in \'block in <main>\'',
    clf(m, `%IPOF:checkout#0%`, 'POST /send_order_confirmation', 500, 30, 0.0128 + ((-m) % 3) / 1000),
  );
}

const ckJson = (min, sev, msg) => JSON.stringify({ message: msg, severity: sev, timestamp: T.isoMs(min) });
const ORDERS = ['3b1f0c92-46d5-11f1-9a0e-6a3d7f1c0b21', '4c27e1aa-46d5-11f1-8b77-6a3d7f1c0b21', '55e3f0b4-46d5-11f1-a4c2-6a3d7f1c0b21', '61a9c2de-46d5-11f1-b1f3-6a3d7f1c0b21'];
const checkoutLog = [];
for (let m = -175; m < -0.3; m += 2.35) {
  const i = Math.round(-m) % ORDERS.length;
  checkoutLog.push(ckJson(m - 0.01, 'info', `[PlaceOrder] user_id="${ORDERS[i].slice(0, 8)}-user" user_currency="USD"`));
  checkoutLog.push(ckJson(m - 0.005, 'info', `payment went through (transaction_id: ${ORDERS[(i + 1) % 4].replace(/-/g, '').slice(0, 8)}-c0de-4f1e-9b0a-${ORDERS[i].slice(-12)})`));
  if (m < -148) checkoutLog.push(ckJson(m, 'info', `order confirmation email sent to "${['larry_sergei', 'ada', 'grace.h', 'linus'][i]}@example.com"`));
  else checkoutLog.push(ckJson(m, 'warning', `failed to send order confirmation to "${['larry_sergei', 'ada', 'grace.h', 'linus'][i]}@example.com": failed POST to email service: expected 200, got 500`));
  checkoutLog.push(ckJson(m + 0.002, 'info', `sending to postProcessor`));
}

const fraudLog = [];
for (let m = -40; m < -0.3; m += 4.7) fraudLog.push(`${T.java(m)} - INFO  frauddetection.MainKt - Consumed record with orderId: ${ORDERS[Math.round(-m) % 4]}, and updated total count to: ${18210 + Math.round(-m)}`);
fraudLog.splice(3, 0, `${T.java(-27.3)} - WARN  o.a.k.c.c.internals.ConsumerCoordinator - [Consumer clientId=consumer-fraud-detection-1, groupId=fraud-detection] Offset commit failed on partition orders-0 at offset 18184: The coordinator is loading and hence can't process requests.`);

export const scenarios = [
  {
    folder: 's79a-email-smtp-localhost-release',
    incidentTime: '2026-05-19T11:40:00Z',
    description: 'no order confirmation mails going out since this morning (~9ish). orders themselves go through fine, checkout team says not them',
    expected: { component: 'email', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'email', cause: 'config-error' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'decoy', 'time-expression'],
    grounding: `
      Follows the demo's email service (src/email/email_server.rb: Sinatra on Puma, POST /send_order_confirmation renders
      the confirmation and calls Pony.mail with via: :test) and checkout's sendOrderConfirmation (a non-200 answer is
      "failed POST to email service: expected 200, got %d", logged as a warning: the order itself succeeds). Pony picks
      :sendmail when a sendmail binary exists and :smtp otherwise, and Mail's SMTP defaults are localhost:25. The team's
      in-house email build (${NEW_IMG}, rolled out at 09:10, revision 4) dropped via: :test while preparing real
      delivery; the slim Ruby image has no sendmail and the pod has no SMTP relay, so every send raises
      Errno::ECONNREFUSED for localhost port 25 and Sinatra answers 500 (dump_errors in production). The pod starts,
      listens and stays Ready (no probes upstream), so only the release explains it. The old and new ReplicaSet templates
      differ only in the image (${OLD_IMG} -> ${NEW_IMG}). A careful engineer might call it a configuration error in the
      build; that is also accepted. Decoys: checkout's warnings are the loudest lines, an accounting container OOMKilled two
      days ago, and a fraud-detection offset-commit warning during a coordinator reload. Deviations from upstream: the
      in-house image and its tag, the gem versions in the backtrace and line numbers are assumed.
    `,
    workloads: {
      email: {
        rollout: { at: -150, oldContainers: { email: { image: OLD_IMG } } },
        containers: { email: { image: NEW_IMG } },
        pods: [{ created: T.iso(-149.5), containers: { email: cs.running(T.iso(-147.7)) }, readyTransition: T.iso(-147.6) }],
      },
      accounting: {
        pods: [{ containers: { accounting: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 49), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 49 - 0.1) } }) } }],
      },
    },
    events: [
      { on: 'deploy:email', reason: 'ScalingReplicaSet', message: 'Scaled up replica set email-%NEW% to 1', first: -150 },
      { on: 'deploy:email', reason: 'ScalingReplicaSet', message: 'Scaled down replica set email-%OLD% to 0 from 1', first: -147.4 },
      { on: 'pod:email#0', reason: 'Pulling', message: `Pulling image "${NEW_IMG}"`, first: -149.4, fieldPath: 'spec.containers{email}' },
      { on: 'pod:email#0', reason: 'Pulled', message: `Successfully pulled image "${NEW_IMG}" in 3.218s (3.218s including waiting). Image size: 61873412 bytes.`, first: -147.8, fieldPath: 'spec.containers{email}' },
      { on: 'pod:email#0', reason: 'Created', message: 'Created container: email', first: -147.7, fieldPath: 'spec.containers{email}' },
      { on: 'pod:email#0', reason: 'Started', message: 'Started container email', first: -147.7, fieldPath: 'spec.containers{email}' },
    ],
    logs: {
      'email#0/email': emailLog,
      'checkout#0/checkout': checkoutLog,
      'fraud-detection#0/fraud-detection': fraudLog,
    },
  },
];
