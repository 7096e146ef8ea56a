// Blind dev batch s109c, Online Boutique: the frontend's PACKAGING_SERVICE_URL set to a decommissioned VM, so product
// pages wait for a TCP connect timeout (system definition reused from scripts/s2-scenarios/online-boutique.mjs).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/online-boutique.mjs';

export const system = base;
const IT = '2026-02-17T14:32:00Z';
const T = clock(IT);
const fe = base.workloads.find((w) => w.name === 'frontend').containers[0];
const PKG = { name: 'PACKAGING_SERVICE_URL', value: 'http://10.128.0.41:8080' };
const line = (min, sev, msg, x = {}) => JSON.stringify({ 'http.req.id': x.id, 'http.req.method': 'GET', 'http.req.path': x.path, ...(x.resp ? { 'http.resp.bytes': x.bytes ?? 8120, 'http.resp.status': 200, 'http.resp.took_ms': x.took } : {}), message: msg, session: x.session ?? '6d1b2c9e-4f7a-4b0e-9a51-3e8c07d2f4a6', severity: sev, timestamp: T.isoMs(min) });
const products = ['OLJCESPC7Z', '66VCHSJNUP', '1YMWWN1N4O', 'L9ECAV7KIM', '2ZYFJ3GM2N', '0PUK6V6EV0', 'LS4PSXUNUM', '9SIQT8TOJO', '6E92ZMYYFZ'];
const feLogOrdered = (seed) => {
  const ev = [];
  for (let k = 0; k < 14; k++) {
    const m = -28 + k * 2 + seed * 0.37;
    const id = `${(0x3a7c10 + k * 7919 + seed * 131).toString(16)}-5e2b-4c1a-9d3f-${(0x41c2a9e07b3d + k * 97 + seed).toString(16)}`;
    if (k % 3 === 1) {
      const p = products[(k + seed) % products.length];
      ev.push([m, line(m, 'debug', 'request started', { id, path: `/product/${p}` })]);
      // fmt.Println prints no timestamp; it comes right before the request's "request complete" line.
      ev.push([m + 2.1299, `Failed to obtain product's packaging info: Get "http://10.128.0.41:8080/${p}": dial tcp 10.128.0.41:8080: connect: connection timed out`]);
      ev.push([m + 2.13, line(m + 2.13, 'debug', 'request complete', { id, path: `/product/${p}`, resp: true, took: 127810 + k * 13 })]);
    } else {
      const path = k % 3 === 0 ? '/' : '/cart';
      ev.push([m, line(m, 'debug', 'request started', { id, path })]);
      ev.push([m + 0.001, line(m + 0.001, 'debug', 'request complete', { id, path, resp: true, took: 21 + (k % 5) * 7, bytes: path === '/' ? 10874 : 6342 })]);
    }
  }
  return ev.filter(([t]) => t < -0.05).sort((a, b) => a[0] - b[0]).map(([, l]) => l);
};

export const scenarios = [
  {
    folder: 's109c-frontend-packaging-url-blackhole',
    incidentTime: IT,
    description: 'product detail pages on the shop take like 2 min to load since ~14:00, home page and cart are fast. catalog team says productcatalog is fine',
    expected: { component: 'frontend', cause: 'config-error' },
    alsoAcceptable: [{ component: 'frontend', cause: 'external-dependency' }, { component: 'frontend', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'decoy', 'time-expression', 'team-name', 'partial-name'],
    grounding: `
      Follows the optional packaging service of GoogleCloudPlatform/microservices-demo src/frontend (packaging_info.go):
      when PACKAGING_SERVICE_URL is set, productHandler calls http.Get(PACKAGING_SERVICE_URL + "/" + productId) with Go's
      default client (no timeout) and only prints "Failed to obtain product's packaging info:" on error, then renders the page.
      Deviation from upstream release/kubernetes-manifests.yaml (34ffea9): at 13:57 the frontend was rolled out (revision 4)
      with PACKAGING_SERVICE_URL=http://10.128.0.41:8080, the internal IP of a packaging VM that had been deleted; the VPC drops
      the SYNs, so every product page waits for the Linux connect timeout (tcp_syn_retries=6, about 127 s). The frontend pods
      stay Ready (/_healthz does not call it); home and cart are unaffected. Decoy: adservice OOMKilled three days ago.
      Old and new ReplicaSet templates differ only by that env var.`,
    workloads: {
      frontend: {
        rollout: { at: -35, revision: 4, oldContainers: { server: { env: fe.env } } },
        containers: { server: { env: [...fe.env, PKG] } },
      },
      adservice: {
        pods: [{ containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.2) } }) } }],
      },
    },
    events: [
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 1', first: -35 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled down replica set frontend-%OLD% to 1 from 2', first: -34.4 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 2 from 1', first: -34.4 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled down replica set frontend-%OLD% to 0 from 1', first: -33.9 },
    ],
    logs: {
      'frontend#0/server': feLogOrdered(0),
      'frontend#1/server': feLogOrdered(1),
      'productcatalogservice#0/server': [
        `{"message":"successfully parsed product catalog json","severity":"info","timestamp":"${T.isoMs(-60 * 24 * 9 + 0.3)}"}`,
        `{"message":"starting grpc server at :3550","severity":"info","timestamp":"${T.isoMs(-60 * 24 * 9 + 0.31)}"}`,
      ],
    },
  },
];
