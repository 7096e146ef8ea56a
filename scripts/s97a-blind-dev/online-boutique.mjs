// Blind dev batch s97a: Online Boutique scenario (system as scripts/s2-scenarios/online-boutique.mjs defines it).
// emailservice release whose confirmation template reads a field the order no longer has; pods stay Ready.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';
export { system };

const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const T = clock('2026-05-12T15:40:00Z');
const co = (min, msg, level = 'info') => JSON.stringify({ message: msg, severity: level, timestamp: T.isoMs(min) });
const em = (min, lvl, msg) => JSON.stringify({ timestamp: T.isoMs(min).replace('Z', '') , severity: lvl, name: 'emailservice-server', message: msg });
const emailLines = [em(-36.4, 'INFO', 'starting the email service in dummy mode.'), em(-36.3, 'INFO', 'listening on port: 8080')];
const checkoutLines = [];
const orders = ['f3b1c2a0-61d4-11f0-9a1b-0a58a9feac02', '0c7e44d2-61d5-11f0-9a1b-0a58a9feac02', '2a9f1d6e-61d5-11f0-9a1b-0a58a9feac02', '57e0b8c4-61d5-11f0-9a1b-0a58a9feac02', '8c3d72aa-61d5-11f0-9a1b-0a58a9feac02', 'b41e09f7-61d5-11f0-9a1b-0a58a9feac02'];
orders.forEach((id, i) => {
  const m = -33 + i * 5.1;
  checkoutLines.push(co(m, '[PlaceOrder] user_id="' + ['9b2f64c7','4e1d0a93','c77f2b18','1a2b3c4d','e5f6a7b8','0f9e8d7c'][i] + '-0e2a-4c39-b4d1-6a3c2e19f8d0" user_currency="' + ['USD','EUR','USD','CAD','USD','JPY'][i] + '"'));
  checkoutLines.push(co(m + 0.01, 'payment went through (transaction_id: ' + ['4a7c1e0b','9d2f3a61','0b8e7c54','c3a1f9d2','7e6d5c4b','1f2e3d4c'][i] + '-8f1e-4b6a-a2d3-5c9e0f1b7a24)'));
  checkoutLines.push(co(m + 0.02, `failed to send order confirmation to "someone@example.com": rpc error: code = Unknown desc = Exception calling application: 'dict object' has no attribute 'shipping_cost'`, 'warning'));
  emailLines.push(em(m + 0.015, 'ERROR', "Exception calling application: 'dict object' has no attribute 'shipping_cost'\nTraceback (most recent call last):\n  File \"/usr/local/lib/python3.12/site-packages/grpc/_server.py\", line 555, in _call_behavior\n    response_or_iterator = behavior(argument, context)\n                           ^^^^^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/email_server/email_server.py\", line 101, in SendOrderConfirmation\n    confirmation = template.render(order = order)\n                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/usr/local/lib/python3.12/site-packages/jinja2/environment.py\", line 1304, in render\n    self.environment.handle_exception()\n  File \"/usr/local/lib/python3.12/site-packages/jinja2/environment.py\", line 939, in handle_exception\n    raise rewrite_traceback_stack(source=source)\n  File \"/email_server/templates/confirmation.html\", line 71, in top-level template code\n    <td>{{ order.shipping_cost.currency_code }} {{ order.shipping_cost.units }}</td>\n  File \"/usr/local/lib/python3.12/site-packages/jinja2/environment.py\", line 487, in getattr\n    return getattr(obj, attribute)\n           ^^^^^^^^^^^^^^^^^^^^^^^\njinja2.exceptions.UndefinedError: 'dict object' has no attribute 'shipping_cost'"));
});
const front = (min, path, msg, status) => JSON.stringify({ 'http.req.id': `7d${String(Math.round(-min * 100)).padStart(4, '0')}aa-1c2b-4e3f-9a8b-0c1d2e3f4a5b`, 'http.req.method': path === '/cart/checkout' ? 'POST' : 'GET', 'http.req.path': path, ...(status ? { 'http.resp.status': status, 'http.resp.took_ms': 212 } : {}), message: msg, session: '9b2f64c7-0e2a-4c39-b4d1-6a3c2e19f8d0', severity: 'debug', timestamp: T.isoMs(min) });
const frontLines = [];
for (let m = -30; m < -0.5; m += 3.7) {
  frontLines.push(front(m, '/', 'request started'), front(m + 0.01, '/', 'request complete', 200));
  frontLines.push(front(m + 0.4, '/cart/checkout', 'request started'), front(m + 0.41, '/cart/checkout', 'request complete', 200));
}

export const scenarios = [
  {
    folder: 's97a-emailservice-template-field-after-release',
    incidentTime: '2026-05-12T15:40:00Z',
    description: 'customers not getting order confirmation emails since about 15:05, orders themselves go thru fine. checkout team says nothing changed on their side',
    expected: { component: 'emailservice', cause: 'bad-deploy-rollout' },
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'callers-only', 'decoy', 'time-expression', 'team-name'],
    workloads: {
      emailservice: {
        rollout: { at: -37, oldContainers: { server: { image: `${REG}/emailservice:v0.10.6` } } },
        containers: { server: { image: `${REG}/emailservice:v0.10.7-rc2` } },
      },
      // decoy: a plain restart of adservice yesterday (identical template), and an OOM of recommendationservice 3 days ago
      adservice: { since: -60 * 20 },
      recommendationservice: {
        pods: [{ containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 72), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 72 - 0.1) } }) } }],
      },
    },
    events: [
      { on: 'deploy:emailservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set emailservice-%NEW% to 1', first: -37 },
      { on: 'deploy:emailservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set emailservice-%OLD% to 0 from 1', first: -36.2 },
      { on: 'pod:emailservice#0', reason: 'Scheduled', message: 'Successfully assigned boutique/%POD% to %NODE%', source: 'default-scheduler', first: -36.9 },
      { on: 'pod:emailservice#0', reason: 'Pulled', message: `Successfully pulled image "${REG}/emailservice:v0.10.7-rc2" in 3.412s (3.412s including waiting). Image size: 47211980 bytes.`, fieldPath: 'spec.containers{server}', first: -36.8 },
      { on: 'pod:emailservice#0', reason: 'Created', message: 'Created container server', fieldPath: 'spec.containers{server}', first: -36.7 },
      { on: 'pod:emailservice#0', reason: 'Started', message: 'Started container server', fieldPath: 'spec.containers{server}', first: -36.7 },
    ],
    logs: {
      'emailservice#0/server': emailLines,
      'checkoutservice#0/server': checkoutLines,
      'frontend#0/server': frontLines,
      'recommendationservice#0/server': [JSON.stringify({ timestamp: T.isoMs(-4), severity: 'INFO', name: 'recommendationservice-server', message: '[Recv ListRecommendations] product_ids=[\'OLJCESPC7Z\', \'66VCHSJNUP\', \'1YMWWN1N4O\', \'L9ECAV7KIM\', \'2ZYFJ3GM2N\']' })],
    },
    grounding: `
      Upstream release/kubernetes-manifests.yaml at 34ffea9: emailservice (Python, grpcio, jinja2) renders templates/confirmation.html
      from the order proto turned into a dict; checkoutservice (Go) calls SendOrderConfirmation after charging and shipping, and only
      logs a warning "failed to send order confirmation to %q: %+v" when it fails (checkoutservice/main.go), so orders still complete.
      Fault: a team release v0.10.7-rc2 of emailservice whose template reads order.shipping_cost, a field the order message does not
      carry (the grpc Python server logs "Exception calling application" with the jinja2 UndefinedError traceback and returns
      StatusCode.UNKNOWN). The gRPC health check still answers SERVING, so the pod is Ready and nothing restarts; the only difference
      between the two ReplicaSets' templates is the image tag. Deviation from upstream: the v0.10.7-rc2 tag and the template change
      are invented; upstream emailservice in dummy mode also renders the template. Decoys: recommendationservice OOMKilled 3 days ago,
      adservice plainly restarted 20 hours ago.
    `,
  },
];
