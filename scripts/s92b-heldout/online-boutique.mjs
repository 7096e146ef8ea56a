// Blind held-out batch s92b: one Online Boutique scenario for the scenario kit (scripts/s2-scenario-kit.mjs),
// on the system part of scripts/s2-scenarios/online-boutique.mjs; grounding notes in the scenario.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/online-boutique.mjs';

// The shop's emailservice sends through SendGrid with a key from a Secret (deviation, see grounding).
export const system = {
  ...base,
  workloads: base.workloads.map((w) => (w.name !== 'emailservice' ? w : {
    ...w,
    containers: w.containers.map((c) => ({ ...c, env: [...c.env, { name: 'SENDGRID_API_KEY', valueFrom: { secretKeyRef: { name: 'sendgrid', key: 'api-key' } } }] })),
  })),
};

const T = clock('2026-04-22T11:18:00Z');
const py = (min, severity, message) => JSON.stringify({ timestamp: T.isoMs(min).replace('Z', ''), severity, name: 'emailservice-server', message });
const go = (min, severity, message) => JSON.stringify({ message, severity, timestamp: T.isoMs(min).replace(/\.(\d{3})Z$/, '.$1000000Z') });
const emails = ['maria.k@example.org', 'j.obrien@example.net', 'sam@example.com', 'lea.t@example.org'];
const checkoutLines = [];
const emailLines = [py(-60 * 24 * 5, 'INFO', 'starting the email service in dummy mode=False.'), py(-60 * 24 * 5, 'INFO', 'listening on port: 8080')];
[-245, -180].forEach((m, i) => {
  checkoutLines.push(go(m, 'info', `payment went through (transaction_id: 6a1f${i}c2e-9b4d-4f0a-8e21-3d7c5b9a0e1${i})`));
  checkoutLines.push(go(m + 0.02, 'info', `order confirmation email sent to "${emails[i]}"`));
  emailLines.push(py(m + 0.01, 'INFO', `A request to send order confirmation email to ${emails[i]} has been received.`));
});
[-168, -121, -64, -22, -4].forEach((m, i) => {
  const to = emails[(i + 2) % emails.length];
  checkoutLines.push(go(m, 'info', `payment went through (transaction_id: 0c9e${i}b71-5d2a-4e8f-b3c6-7a1d4f2e8b9${i})`));
  emailLines.push(py(m + 0.01, 'INFO', `A request to send order confirmation email to ${to} has been received.`));
  emailLines.push(py(m + 0.015, 'ERROR', 'Exception calling application: HTTP Error 401: Unauthorized'));
  emailLines.push('Traceback (most recent call last):');
  emailLines.push('  File "/usr/local/lib/python3.12/site-packages/grpc/_server.py", line 555, in _call_behavior');
  emailLines.push('    response_or_iterator = behavior(argument, context)');
  emailLines.push('  File "/email_server/email_server.py", line 103, in SendOrderConfirmation');
  emailLines.push('    self.send_email(email, confirmation)');
  emailLines.push('  File "/email_server/email_server.py", line 81, in send_email');
  emailLines.push('    response = self.client.send(message)');
  emailLines.push('  File "/usr/local/lib/python3.12/site-packages/sendgrid/base_interface.py", line 62, in send');
  emailLines.push('    return self.client.mail.send.post(request_body=message)');
  emailLines.push('  File "/usr/local/lib/python3.12/site-packages/python_http_client/client.py", line 277, in http_request');
  emailLines.push('    self._make_request(opener, request, timeout=timeout)');
  emailLines.push('  File "/usr/local/lib/python3.12/site-packages/python_http_client/client.py", line 184, in _make_request');
  emailLines.push('    raise exc');
  emailLines.push('python_http_client.exceptions.UnauthorizedError: HTTP Error 401: Unauthorized');
  checkoutLines.push(go(m + 0.03, 'warning', `failed to send order confirmation to "${to}": rpc error: code = Unknown desc = Exception calling application: HTTP Error 401: Unauthorized`));
});

export const scenarios = [
  {
    folder: 's92b-boutique-confirm-mails',
    incidentTime: '2026-04-22T11:18:00Z',
    description: 'support: customers not getting order confirmation mails since this morning (~08:30). checkout itself works, orders go through',
    expected: { component: 'emailservice', cause: 'external-dependency' },
    alsoAcceptable: [{ component: 'emailservice', cause: 'config-error' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'external-dependency-failure', 'bad-credentials', 'time-expression', 'decoy'],
    workloads: {
      recommendationservice: { pods: [{ containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 2 - 15), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 2 - 15.3) } }) } }] },
      emailservice: { since: -60 * 24 * 5 },
    },
    events: [],
    logs: {
      'emailservice#0/server': emailLines,
      'checkoutservice#0/server': checkoutLines,
      'frontend#0/server': [
        JSON.stringify({ 'http.req.id': '5d1e7a90-2c4b-4f38-9e61-0b8a3f2d7c14', 'http.req.method': 'POST', 'http.req.path': '/cart/checkout', message: 'request complete', 'http.resp.bytes': 8421, 'http.resp.status': 200, 'http.resp.took_ms': 318, session: '2f9c4e18-7a3b-4d65-8c1e-5b0a9d3f6e27', severity: 'debug', timestamp: T.isoMs(-4.1).replace(/\.(\d{3})Z$/, '.$1000000Z') }),
      ],
    },
    grounding: `
      Upstream release/kubernetes-manifests.yaml (v0.10.6): checkoutservice calls emailservice (EMAIL_SERVICE_ADDR
      emailservice:5000) after charging the card and only logs a warning, "failed to send order confirmation to %q: %+v", when
      that call fails, so orders still complete. Deviation: this shop's emailservice sends through SendGrid (SENDGRID_API_HOST
      as in the system part, plus SENDGRID_API_KEY from a Secret) instead of the upstream dummy mode. SendGrid revokes API keys
      it finds committed to public repositories (SendGrid's own documentation on API key security); a revoked key makes
      /v3/mail/send answer 401, which python_http_client raises as UnauthorizedError and grpc reports as "Exception calling
      application". emailservice stays Ready (its gRPC health check does not call SendGrid). Decoy: a recommendationservice
      OOM two days old.
    `,
  },
];
