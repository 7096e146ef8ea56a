// Held-out batch s88a (split: test): one Online Boutique scenario on the system part of scripts/s2-scenarios/online-boutique.mjs.
// Built by scripts/s88a-build.mjs; grounding in the scenario's own text.
import { clock } from '../s2-scenario-kit.mjs';
export { system } from '../s2-scenarios/online-boutique.mjs';

const incidentTime = '2026-05-22T10:31:00Z';
const T = clock(incidentTime);
const py = (min, severity, message) => JSON.stringify({ timestamp: T.isoMs(min), severity, name: 'emailservice-server', message });
const logrus = (min, severity, message) => JSON.stringify({ message, severity, timestamp: T.isoMs(min) });
const mails = ['j.meyer@example.com', 'anna.k@example.org', 'tom.b@example.net', 'ops-test@example.com', 'l.rossi@example.it'];

const emailLog = [py(-60, 'INFO', 'A request to send order confirmation email to someone@example.com has been received.'), py(-59.9, 'INFO', 'Mail sent, status 202')];
const checkoutLog = [];
[-49, -44, -38.5, -31, -26, -19.5, -13, -8.2, -3.1].forEach((m, i) => {
  const to = mails[i % mails.length];
  const tx = `${(0x3f2a91c4 + i * 7919).toString(16)}-8e1d-4b6a-9c5f-${(1000000 + i * 4243).toString(16).padStart(12, '0')}`;
  checkoutLog.push(logrus(m - 0.02, 'info', `[PlaceOrder] user_id="${(0x5a1e0000 + i * 37).toString(16)}-2d4c-4f0e-8b1a-7c9d3e5f1a2b" user_currency="USD"`));
  checkoutLog.push(logrus(m - 0.01, 'info', `payment went through (transaction_id: ${tx})`));
  emailLog.push(py(m, 'INFO', `A request to send order confirmation email to ${to} has been received.`));
  if (i === 0) {
    emailLog.push(py(m + 0.01, 'INFO', 'Mail sent, status 202'));
  } else {
    emailLog.push(py(m + 0.17, 'ERROR', 'An error occurred when preparing or sending mail: HTTP Error 502: Bad Gateway'));
    checkoutLog.push(logrus(m + 0.17, 'warning', `failed to send order confirmation to "${to}": rpc error: code = Internal desc = `));
  }
});

export const scenarios = [
  {
    folder: 's88a-online-boutique-confirmation-mails',
    incidentTime,
    description: 'customers not getting order confirmation emails since ~9:40, checkout itself still works. emailsvc pods look green',
    expected: { component: 'sendgrid', cause: 'external-dependency' },
    alsoAcceptable: [{ component: 'emailservice', cause: 'external-dependency' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'external-dependency-failure', 'callers-only', 'partial-name', 'time-expression'],
    grounding: `
      Manifest: release/kubernetes-manifests.yaml at 34ffea9; checkoutservice calls emailservice:5000 after payment and only
      logs a warning when the confirmation fails (checkoutservice main.go: "failed to send order confirmation to %q"),
      so orders complete. The kit's emailservice sends through SendGrid (SENDGRID_API_HOST=api.sendgrid.com, a deviation
      from upstream's dummy mode, see SOURCES.md); emailservice's server sets grpc INTERNAL on a send error. Fault: the
      mail API answers 502 Bad Gateway for most sends during a provider incident (shape of public SendGrid status page
      incidents, "elevated errors on Mail Send API"); every pod stays Ready, nothing in the cluster changed.
    `,
    logs: {
      'emailservice#0/server': emailLog,
      'checkoutservice#0/server': checkoutLog,
      'frontend#0/server': [
        JSON.stringify({ 'http.req.id': '7d1c2e90-4a3b-4f6e-8c21-0b9e5d3f7a14', 'http.req.method': 'POST', 'http.req.path': '/cart/checkout', message: 'request complete', 'http.resp.bytes': 8473, 'http.resp.status': 200, 'http.resp.took_ms': 412, session: '1f0c9a2e-3b7d-4e51-a6c8-9d2e4f1b3a70', severity: 'debug', timestamp: T.isoMs(-3.1) }),
      ],
    },
  },
];
