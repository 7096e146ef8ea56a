// Batch s59c blind dev scenario for Online Boutique (session-2 system definition): the cartservice rollout to the team's own
// Artifact Registry repo cannot pull (403 on the token endpoint after an IAM binding was dropped); the old pods keep serving.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };

const INCIDENT = '2026-05-12T16:31:00Z';
const T = clock(INCIDENT);
const ROLL = -24.5; // cartservice image bumped by the CD pipeline at 16:06:30
const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const OWN = 'us-central1-docker.pkg.dev/boutique-artifacts-7f3a/boutique';
const NEW_CART = `${OWN}/cartservice:v0.10.7`;
const scope = (repo) => `https://us-central1-docker.pkg.dev/v2/token?scope=repository%3Aboutique-artifacts-7f3a%2Fboutique%2F${repo}%3Apull&service=us-central1-docker.pkg.dev`;
const PULL_ERR = `Failed to pull image "${NEW_CART}": rpc error: code = Unknown desc = failed to pull and unpack image "${NEW_CART}": failed to resolve reference "${NEW_CART}": failed to authorize: failed to fetch oauth token: unexpected status from GET request to ${scope('cartservice')}: 403 Forbidden`;

// frontend (Go, logrus JSON) request lines; cartservice (.NET) lines.
const front = (min, path, status, took, id, session) => JSON.stringify({
  'http.req.id': id, 'http.req.method': 'GET', 'http.req.path': path, 'http.resp.bytes': status === 200 ? 8123 + (took % 900) : 0,
  'http.resp.status': status, 'http.resp.took_ms': took, message: 'request complete', session, severity: 'debug', timestamp: T.isoMs(min),
});
const hex = (n, w) => (n >>> 0).toString(16).padStart(w, '0').slice(-w);
const uuid = (i) => `${hex(0x9c1e4a70 + i * 2654435761, 8)}-${hex(0x3b1e + i * 7, 4)}-4${hex(0xc57 + i * 13, 3)}-9${hex(0xd6a + i * 17, 3)}-${hex(0x2f4b9e7a + i * 40503, 8)}${hex(0x1c03 + i, 4)}`;
const frontLog = [];
const cartLog = (who) => {
  const out = [
    `Reading host address from PORT environment variable`,
    `Started listening on port 7070`,
    `Reading Redis cache address from environment variable REDIS_ADDR`,
    `Connecting to Redis: redis-cart:6379,ssl=false,allowAdmin=true,abortConnect=false`,
    `Successfully connected to Redis`,
  ];
  for (let m = -30 + who * 0.37; m < -0.1; m += 0.8) {
    out.push(`info: Microsoft.AspNetCore.Hosting.Diagnostics[1]\n      Request starting HTTP/2 POST http://cartservice:7070/hipstershop.CartService/GetCart - application/grpc -`);
    out.push(`info: Microsoft.AspNetCore.Hosting.Diagnostics[2]\n      Request finished HTTP/2 POST http://cartservice:7070/hipstershop.CartService/GetCart - 200 - application/grpc ${(1.2 + (who + m) % 3).toFixed(4).replace('-', '')}ms`);
  }
  return out;
};
let i = 0;
for (let m = -30; m < -0.1; m += 0.45) {
  const s = uuid(i + 500);
  frontLog.push(front(m, ['/', '/product/OLJCESPC7Z', '/cart', '/product/66VCHSJNUP', '/', '/product/9SIQT8TOJO'][i % 6], 200, 31 + (i * 17) % 90, uuid(i), s));
  i++;
}

export const scenarios = [
  {
    folder: 's59c-cartservice-ar-403-rollout-stuck',
    description: 'cart-service deploy v0.10.7 stuck in argo for 20+ min (Progressing, never healthy). shop seems fine?? checkout team',
    incidentTime: INCIDENT,
    expected: { component: 'cartservice', cause: 'image-pull' },
    alsoAcceptable: [{ component: 'cartservice', cause: 'bad-deploy-rollout' }],
    difficulty: 'easy',
    traits: ['pods-ready', 'partial-name', 'team-name', 'time-expression', 'decoy'],
    grounding: `
      Manifests: GoogleCloudPlatform/microservices-demo release/kubernetes-manifests.yaml v0.10.6 (SOURCES.md): cartservice, 2
      replicas, RollingUpdate 25%/25% (maxSurge 1, maxUnavailable 0 for 2 replicas), image from the public
      online-boutique-ci registry; GKE nodes pull Artifact Registry images with the node service account.
      Fault: the checkout team mirrors its images into its own Artifact Registry project (boutique-artifacts-7f3a); adservice was
      rolled from there yesterday without trouble. At 16:00 a Terraform run of the platform team reconciled the project's IAM
      policy and dropped the manually added roles/artifactregistry.reader binding of the cluster's node service account. The
      16:06 rollout of cartservice v0.10.7 therefore creates one surge pod whose pull fails on the registry's token endpoint
      with 403 Forbidden (containerd's "failed to authorize: failed to fetch oauth token: unexpected status from GET request to
      .../v2/token?...: 403 Forbidden", as in GKE's image-pull troubleshooting guide and public reports of Artifact Registry 403
      after IAM changes); ErrImagePull then ImagePullBackOff. maxUnavailable 0 keeps both old pods Ready, so the shop works and
      the Deployment reports ProgressDeadlineExceeded after 600 s.
      Decoy: the adservice rollout from the same registry 21 hours earlier is healthy (its image is cached on the nodes).
      Deviations from upstream: images of cartservice and adservice from the team's registry (tag v0.10.7); the registry
      project name is invented.`,
    workloads: {
      cartservice: {
        rollout: { at: ROLL, oldReplicas: 2, oldContainers: { server: { image: `${REG}/cartservice:v0.10.6` } } },
        containers: { server: { image: NEW_CART } },
        pods: [{ phase: 'Pending', containers: { server: cs.waiting('ImagePullBackOff', `Back-off pulling image "${NEW_CART}"`) } }],
        progressing: (rsName) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(ROLL + 10), lastTransitionTime: T.iso(ROLL + 10), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rsName}" has timed out progressing.` }),
        unavailableSince: ROLL,
      },
      adservice: {
        rollout: { at: -60 * 21, oldReplicas: 0, oldContainers: { server: { image: `${REG}/adservice:v0.10.6` } } },
        containers: { server: { image: `${OWN}/adservice:v0.10.7` } },
      },
    },
    events: [
      { on: 'deploy:cartservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set cartservice-%NEW% to 1', first: ROLL },
      { on: 'pod:cartservice#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned boutique/%POD% to %NODE%', first: ROLL + 0.01 },
      { on: 'pod:cartservice#0', reason: 'Pulling', message: `Pulling image "${NEW_CART}"`, first: ROLL + 0.05, last: -3.2, count: 9, fieldPath: 'spec.containers{server}' },
      { on: 'pod:cartservice#0', reason: 'Failed', type: 'Warning', message: PULL_ERR, first: ROLL + 0.06, last: -3.2, count: 9, fieldPath: 'spec.containers{server}' },
      { on: 'pod:cartservice#0', reason: 'Failed', type: 'Warning', message: 'Error: ErrImagePull', first: ROLL + 0.06, last: -3.2, count: 9, fieldPath: 'spec.containers{server}' },
      { on: 'pod:cartservice#0', reason: 'BackOff', message: `Back-off pulling image "${NEW_CART}"`, first: ROLL + 0.1, last: -0.3, count: 101, fieldPath: 'spec.containers{server}' },
      { on: 'pod:cartservice#0', reason: 'Failed', type: 'Warning', message: 'Error: ImagePullBackOff', first: ROLL + 0.1, last: -0.3, count: 101, fieldPath: 'spec.containers{server}' },
    ],
    logs: {
      'frontend#0/server': frontLog.filter((_, k) => k % 2 === 0),
      'frontend#1/server': frontLog.filter((_, k) => k % 2 === 1),
      'cartservice#old0/server': cartLog(0),
      'cartservice#old1/server': cartLog(1),
    },
  },
];
