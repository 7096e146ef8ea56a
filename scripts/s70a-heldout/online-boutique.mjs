// Blind held-out batch s70a: one Online Boutique scenario (split test) on the session-2 system definition
// (scripts/s2-scenarios/online-boutique.mjs, system part only); built by scripts/s70a-build.mjs, grounding in scenario.yaml.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };

const INCIDENT = '2026-06-10T17:26:00Z'; // a Wednesday; 19:00 Europe/Berlin (CEST) is 17:00 UTC
const T = clock(INCIDENT);
const DOWN = -25.7; // kube-downscaler pass at 17:00:18

// logrus JSONFormatter (keys sorted, level->severity, msg->message, time->timestamp RFC3339Nano)
const ns = (min, k) =>
  T.isoMs(min).replace(
    /\.(\d{3})Z$/,
    (_, ms) => `.${ms}${String(100000 + ((k * 7919) % 899999)).slice(0, 6)}Z`,
  );
const fline = (min, k, f) =>
  JSON.stringify(
    Object.fromEntries(
      Object.entries({ ...f, timestamp: ns(min, k) }).sort(([a], [b]) => a.localeCompare(b)),
    ),
  );
const uuid = (k) => {
  const x = (((k + 11) * 2654435761) >>> 0).toString(16).padStart(8, '0');
  const y = (((k + 7) * 40503) >>> 0).toString(16).padStart(8, '0');
  return `${x}-${y.slice(0, 4)}-4${y.slice(5, 8)}-9${x.slice(1, 4)}-${(x + y).slice(0, 12)}`;
};
const DIAL_RAW =
  'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:shippingservice%:50051: connect: connection refused"';

const PATHS = [
  '/',
  '/product/OLJCESPC7Z',
  '/product/66VCHSJNUP',
  '/product/1YMWWN1N4O',
  '/cart',
  '/',
  '/product/L9ECAV7KIM',
  '/setCurrency',
  '/product/2ZYFJ3GM2N',
  '/cart/checkout',
];
const frontend = [[], []];
const checkout = [];
let k = 0;
for (let m = -55; m < -0.1; m += 0.09) {
  k++;
  const path = PATHS[k % PATHS.length];
  const method = path === '/setCurrency' || path === '/cart/checkout' ? 'POST' : 'GET';
  const f = {
    'http.req.id': uuid(k),
    'http.req.method': method,
    'http.req.path': path,
    session: uuid((k % 37) + 1000),
  };
  const out = frontend[k % 2];
  out.push(fline(m, k, { ...f, message: 'request started', severity: 'debug' }));
  const down = m > DOWN + 0.02;
  let status = method === 'POST' && path === '/setCurrency' ? 302 : 200;
  if (down && path === '/cart') {
    out.push(
      fline(m + 0.001, k, {
        ...f,
        error: `failed to get shipping quote: ${DIAL_RAW}`,
        message: 'request error',
        severity: 'error',
      }),
    );
    status = 500;
  }
  if (path === '/cart/checkout') {
    checkout.push(
      fline(m + 0.0005, k, {
        message: `[PlaceOrder] user_id="${f.session}" user_currency="USD"`,
        severity: 'info',
      }),
    );
    if (down) {
      out.push(
        fline(m + 0.001, k, {
          ...f,
          error: `failed to complete the order: rpc error: code = Internal desc = shipping quote failure: failed to get shipping quote: ${DIAL_RAW}`,
          message: 'request error',
          severity: 'error',
        }),
      );
      status = 500;
    } else {
      checkout.push(
        fline(m + 0.004, k, {
          message: `payment went through (transaction_id: ${uuid(k + 5000)})`,
          severity: 'info',
        }),
      );
      checkout.push(
        fline(m + 0.005, k, {
          message: 'order confirmation email sent to "someone@example.com"',
          severity: 'info',
        }),
      );
      status = 302;
    }
  }
  out.push(
    fline(m + 0.002, k, {
      ...f,
      'http.resp.bytes': status === 500 ? 3112 : 7000 + ((k * 131) % 6000),
      'http.resp.status': status,
      'http.resp.took_ms': status === 500 ? 2 + (k % 5) : 18 + (k % 60),
      message: 'request complete',
      severity: 'debug',
    }),
  );
}

export const scenarios = [
  {
    folder: 's70a-cart-page-500',
    incidentTime: INCIDENT,
    description:
      'boutique cart page returns 500 for everyone for about 25 minutes now, home and product pages are fine. cart team pls look',
    expected: { component: 'shippingservice', cause: 'no-endpoints' },
    alsoAcceptable: [{ component: 'shippingservice', cause: 'dependency-down' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'decoy', 'time-expression', 'team-name', 'partial-name'],
    workloads: {
      shippingservice: {
        replicas: 0,
        pods: [],
        endpointsChanged: DOWN,
        deployAnnotations: {
          'downscaler/uptime': 'Mon-Fri 07:30-19:00 Europe/Berlin',
          'downscaler/original-replicas': '1',
        },
        deployStatus: {
          observedGeneration: 5,
          conditions: [
            {
              type: 'Available',
              status: 'True',
              lastUpdateTime: T.iso(-60 * 24 * 9),
              lastTransitionTime: T.iso(-60 * 24 * 9),
              reason: 'MinimumReplicasAvailable',
              message: 'Deployment has minimum availability.',
            },
            {
              type: 'Progressing',
              status: 'True',
              lastUpdateTime: T.iso(-60 * 24 * 9),
              lastTransitionTime: T.iso(-60 * 24 * 30),
              reason: 'NewReplicaSetAvailable',
              message: 'ReplicaSet "shippingservice-%RSNAME%" has successfully progressed.',
            },
          ],
        },
      },
      // decoy: recommendationservice was OOM-killed three days ago and has run since
      recommendationservice: {
        pods: [
          {
            containers: {
              server: cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-60 * 24 * 3 + 0.1),
                last: {
                  exitCode: 137,
                  reason: 'OOMKilled',
                  startedAt: T.iso(-60 * 24 * 9),
                  finishedAt: T.iso(-60 * 24 * 3),
                },
              }),
            },
          },
        ],
      },
    },
    events: [
      {
        on: 'deploy:shippingservice',
        source: 'kube-downscaler',
        reason: 'ScaleDown',
        message: 'Scaling down replicas',
        first: DOWN,
      },
      {
        on: 'deploy:shippingservice',
        reason: 'ScalingReplicaSet',
        message: 'Scaled down replica set shippingservice-%NEW% to 0 from 1',
        first: DOWN + 0.005,
      },
      {
        on: 'rs:shippingservice',
        reason: 'SuccessfulDelete',
        message: 'Deleted pod: shippingservice-%RS%',
        first: DOWN + 0.006,
      },
    ],
    logs: {
      'frontend#0/server': frontend[0],
      'frontend#1/server': frontend[1],
      'checkoutservice#0/server': [
        fline(-60 * 24 * 9 + 0.3, 1, { message: 'Tracing disabled.', severity: 'info' }),
        fline(-60 * 24 * 9 + 0.3, 2, { message: 'Profiling disabled.', severity: 'info' }),
        fline(-60 * 24 * 9 + 0.3, 3, { message: 'starting to listen on tcp: "[::]:5050"', severity: 'info' }),
        ...checkout,
      ],
    },
    grounding: `
      System: GoogleCloudPlatform/microservices-demo release/kubernetes-manifests.yaml at 34ffea9 (session-2 system definition):
      shippingservice is one replica behind the ClusterIP Service shippingservice:50051; frontend's viewCartHandler asks it for
      a quote on every /cart (handlers.go "failed to get shipping quote") and checkoutservice's PlaceOrder needs it too
      ("shipping quote failure"); home and product pages never call it.
      Fault: the cluster runs kube-downscaler (hjacobs/kube-downscaler) for staging namespaces with no default downtime; the
      shippingservice Deployment carried a copied annotation downscaler/uptime: Mon-Fri 07:30-19:00 Europe/Berlin, so at
      19:00 Berlin (17:00 UTC) the downscaler scaled it to 0, recorded downscaler/original-replicas: "1" and emitted its
      ScaleDown "Scaling down replicas" event (kube_downscaler/scaler.py). The Deployment stays Available (0 of 0), the
      ReplicaSet deletes the pod, and the Service has no endpoints: kube-proxy rejects connections to the ClusterIP, so
      frontend logs "connection refused" from the gRPC dial on every /cart and on checkouts. No pod of shippingservice exists
      to show an error, and no log of it is left.
      Log formats: logrus JSONFormatter as frontend and checkoutservice configure it (severity/message/timestamp, sorted keys).
      Decoy: recommendationservice OOM-killed three days earlier (restartCount 1), healthy since; the description names the
      cart, whose service is healthy.
      Deviations from upstream: kube-downscaler and the annotations are not part of the upstream manifests; request ids,
      sessions and volumes are invented.
    `,
  },
];
