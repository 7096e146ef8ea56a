// Batch s29b (blind dev): one Bookinfo incident on the kit system definition, reduced to what samples/bookinfo/platform/kube/bookinfo.yaml deploys.
// kube-downscaler scales ratings-v1 to zero at 19:00 Berlin (an uptime annotation copied from staging): reviews v2/v3 get 503 UH from their sidecars.
import { clock } from '../s2-scenario-kit.mjs';
import { system as full } from '../kit-systems/bookinfo.mjs';

// Only bookinfo.yaml's workloads (no details-v2, ratings-v2-mysql or mysqldb): details-v1 and ratings-v1 own the details and ratings Services.
const HTTP = { ports: [{ name: 'http', port: 9080, targetPort: 9080 }] };
export const system = {
  ...full,
  workloads: full.workloads
    .filter((w) => !['details-v2', 'ratings-v2-mysql', 'mysqldb-v1'].includes(w.name))
    .map((w) => (w.name === 'details-v1' ? { ...w, service: { name: 'details', ...HTTP } } : w.name === 'ratings-v1' ? { ...w, service: { name: 'ratings', ...HTTP } } : w)),
};

const INC = '2026-03-18T18:21:00Z';
const T = clock(INC);
const DOWN = -17.95; // 18:00:03Z = 19:00:03 CET
const RATINGS_OLD_IP = '192.168.72.143';
const reqId = (i) => `${(0x6f1c2a07 + i * 40503).toString(16).slice(0, 8)}-3b9e-9d4f-8a21-${(0x2c7e51d09b3a + i * 65537).toString(16).slice(0, 12)}`;

const reviewsApp = (v) => {
  const out = [
    'Launching defaultServer (Open Liberty 24.0.0.9/wlp-1.0.93.cl240920240905-1000) on Eclipse OpenJ9 VM, version 17.0.12+7 (en_US)',
    '[AUDIT   ] CWWKE0001I: The server defaultServer has been launched.',
    '[AUDIT   ] CWWKZ0058I: Monitoring dropins for applications.',
    '[AUDIT   ] CWWKT0016I: Web application available (default_host): http://reviews-' + v + ':9080/',
    '[AUDIT   ] CWWKZ0001I: Application reviews-app started in 3.114 seconds.',
    '[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 6.402 seconds.',
  ];
  for (let m = DOWN + 0.2; m < -0.3; m += 0.9) out.push('Error: unable to contact http://ratings:9080/ratings got status of 503');
  return out;
};
const reviewsProxy = (pod) => {
  const out = [
    `${T.isoMs(-60 * 24 * 9 + 0.3).replace('Z', '000Z')}\tinfo\tFLAG: --concurrency="0"`,
    `${T.isoMs(-60 * 24 * 9 + 0.35).replace('Z', '000Z')}\tinfo\tEnvoy proxy is ready`,
  ];
  let i = pod * 1000;
  for (let m = -40; m < -0.3; m += 0.9) {
    const id = reqId(i++);
    const me = `%PODIP%`;
    if (m < DOWN) {
      out.push(`[${T.isoMs(m)}] "GET /ratings/0 HTTP/1.1" 200 - via_upstream - "-" 0 48 3 2 "-" "Apache-CXF/3.5.5" "${id}" "ratings:9080" "${RATINGS_OLD_IP}:9080" outbound|9080||ratings.bookinfo.svc.cluster.local ${me}:40512 %SVCIP:ratings%:9080 ${me}:37188 - default`);
    } else {
      out.push(`[${T.isoMs(m)}] "GET /ratings/0 HTTP/1.1" 503 UH no_healthy_upstream - "-" 0 19 0 - "-" "Apache-CXF/3.5.5" "${id}" "ratings:9080" "-" outbound|9080||ratings.bookinfo.svc.cluster.local - %SVCIP:ratings%:9080 ${me}:37188 - default`);
    }
    out.push(`[${T.isoMs(m - 0.0002)}] "GET /reviews/0 HTTP/1.1" 200 - via_upstream - "-" 0 ${m < DOWN ? 358 : 437} ${m < DOWN ? 9 : 5} ${m < DOWN ? 8 : 4} "-" "python-requests/2.32.3" "${id}" "reviews:9080" "${me}:9080" inbound|9080|| 127.0.0.6:51211 ${me}:9080 %IPOF:productpage-v1#0%:48822 outbound_.9080_._.reviews.bookinfo.svc.cluster.local default`);
  }
  return out;
};

export const scenarios = [
  {
    folder: 's29b-ratings-downscaled-to-zero',
    incidentTime: INC,
    description: 'bookinfo product page: star ratings gone for everyone, "Ratings service is currently unavailable", last 20 min or so',
    expected: { component: 'ratings', cause: 'no-endpoints' },
    difficulty: 'medium',
    traits: ['time-expression', 'decoy'],
    grounding: `
      Manifest facts (samples/bookinfo/platform/kube/bookinfo.yaml, Istio 1.23 sidecars): ratings-v1 is the only Deployment behind the
      ratings Service (selector app: ratings, port 9080); reviews-v2 and reviews-v3 call http://ratings:9080/ratings and, when that fails,
      print "Error: unable to contact http://ratings:9080/ratings got status of <code>" and return the reviews with a ratings error, which
      productpage renders as "Ratings service is currently unavailable" (HTTP 200, so productpage logs nothing wrong); reviews-v1 never
      calls ratings.
      Incident: kube-downscaler (caas-team/kube-downscaler, the common cost-saving controller) honours a downscaler/uptime annotation
      "Mon-Fri 07:00-19:00 Europe/Berlin" that a kustomize refactor carried from the staging overlay onto the production ratings-v1
      Deployment this afternoon; at 19:00:03 Berlin (18:00:03Z) it scales ratings-v1 to 0 and records downscaler/original-replicas: "1".
      The deployment controller logs ScalingReplicaSet "Scaled down replica set … to 0 from 1", the ratings Endpoints are empty, and the
      reviews sidecars answer 503 with response flag UH (no_healthy_upstream) without any connection attempt. Every pod left is Running
      and Ready. Decoy: a healthy details-v1 rollout 95 minutes earlier. A careful engineer reads the empty Endpoints and the replica
      count and names ratings scaled to zero. Log formats: Open Liberty console ([AUDIT   ] CWWK… codes, System.out lines raw),
      Istio's default TEXT access log.`,
    workloads: {
      'productpage-v1': { serviceSelector: { app: 'productpage' } },
      'reviews-v3': { serviceSelector: { app: 'reviews' } },
      'details-v1': {
        serviceSelector: { app: 'details' },
        rollout: { at: -95, revision: 4, oldContainers: { details: { image: 'docker.io/istio/examples-bookinfo-details-v1:1.20.0' } } },
      },
      'ratings-v1': {
        serviceSelector: { app: 'ratings' },
        replicas: 0,
        pods: [],
        endpointsChanged: DOWN,
        deployAnnotations: { 'downscaler/original-replicas': '1', 'downscaler/uptime': 'Mon-Fri 07:00-19:00 Europe/Berlin' },
        deployStatus: {
          observedGeneration: 6,
          conditions: [
            { type: 'Available', status: 'True', lastUpdateTime: T.iso(-60 * 24 * 9), lastTransitionTime: T.iso(-60 * 24 * 9), reason: 'MinimumReplicasAvailable', message: 'Deployment has minimum availability.' },
            { type: 'Progressing', status: 'True', lastUpdateTime: T.iso(-60 * 24 * 9), lastTransitionTime: T.iso(-60 * 24 * 30), reason: 'NewReplicaSetAvailable', message: 'ReplicaSet "%RS%" has successfully progressed.' },
          ],
        },
      },
    },
    events: [
      { on: 'deploy:details-v1', reason: 'ScalingReplicaSet', message: 'Scaled up replica set details-v1-%NEW% to 1 from 0', first: -95, last: -95 },
      { on: 'deploy:details-v1', reason: 'ScalingReplicaSet', message: 'Scaled down replica set details-v1-%OLD% to 0 from 1', first: -94.3, last: -94.3 },
      { on: 'deploy:ratings-v1', reason: 'ScalingReplicaSet', message: 'Scaled down replica set ratings-v1-%NEW% to 0 from 1', first: DOWN, last: DOWN },
      { on: 'rs:ratings-v1', reason: 'SuccessfulDelete', message: 'Deleted pod: ratings-v1-%RS%', first: DOWN, last: DOWN },
    ],
    logs: {
      'reviews-v2#0/reviews': reviewsApp('v2'),
      'reviews-v3#0/reviews': reviewsApp('v3'),
      'reviews-v2#0/istio-proxy': reviewsProxy(2),
      'reviews-v3#0/istio-proxy': reviewsProxy(3),
    },
    post: {
      'deployments.json': (list, TT) => {
        const d = list.items.find((x) => x.metadata.name === 'ratings-v1');
        for (const c of d.status.conditions) c.message = c.message.replace('%RS%', RS.name);
        d.metadata.generation = 6;
        d.metadata.managedFields = [
          { manager: 'kubectl-client-side-apply', operation: 'Update', apiVersion: 'apps/v1', time: TT.iso(-112), fieldsType: 'FieldsV1', fieldsV1: { 'f:metadata': { 'f:annotations': { 'f:downscaler/uptime': {}, 'f:kubectl.kubernetes.io/last-applied-configuration': {} }, 'f:labels': { '.': {}, 'f:app': {}, 'f:version': {} } }, 'f:spec': { 'f:selector': {}, 'f:template': {} } } },
          { manager: 'kube-downscaler', operation: 'Update', apiVersion: 'apps/v1', time: TT.iso(DOWN), fieldsType: 'FieldsV1', fieldsV1: { 'f:metadata': { 'f:annotations': { 'f:downscaler/original-replicas': {} } }, 'f:spec': { 'f:replicas': {} } } },
          { manager: 'kube-controller-manager', operation: 'Update', apiVersion: 'apps/v1', time: TT.iso(DOWN + 0.01), subresource: 'status', fieldsType: 'FieldsV1', fieldsV1: { 'f:status': { 'f:observedGeneration': {} } } },
        ];
      },
    },
  },
];

// replicasets.json is not in `post`, so read the ReplicaSet name the kit gave ratings-v1 from its pod-template-hash when deployments.json is fixed.
const RS = { name: '' };
const fix = scenarios[0].post['deployments.json'];
scenarios[0].post = {
  'replicasets.json': (list) => {
    RS.name = list.items.find((r) => r.metadata.name.startsWith('ratings-v1-')).metadata.name;
  },
  'deployments.json': fix,
};
