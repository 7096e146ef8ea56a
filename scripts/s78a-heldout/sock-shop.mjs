// Blind held-out batch s78a: one Sock Shop scenario as a spec for the scenario kit (scripts/s2-scenario-kit.mjs), on the
// session-2 Sock Shop system (scripts/s2-scenarios/sock-shop.mjs); built by scripts/s78a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };

const incidentTime = '2026-02-03T13:25:00Z';
const T = clock(incidentTime);
const FE_ROLL = -60 * 24 * 2 - 190; // front-end CPU limit raise, two days ago
const res = (rc, rm, lc, lm) => ({ requests: { cpu: rc, memory: rm }, limits: { cpu: lc, memory: lm } });

// user (go-kit logfmt): one Login line per attempt; a wrong password also gets the transport's error line.
const kit = (min, kv) => `ts=${T.isoMs(min).replace(/Z$/, '')}${String(Math.abs(Math.round(min * 7919)) % 1000).padStart(3, '0')}Z caller=${kv}`;
const user = [
  `ts=${T.isoMs(-60 * 24 * 9 + 0.3)} caller=main.go:87 transport=HTTP port=80`,
];
const fe = [[], []];
const JDOE = [-332.4, -331.9, -331.2, -245.6, -244.8, -86.3, -85.7, -24.1, -23.6, -11.2];
const attempts = [];
for (let m = -360; m < -0.3; m += 3.1) attempts.push({ m, ok: true });
for (const m of JDOE) attempts.push({ m, ok: false });
attempts.sort((a, b) => a.m - b.m);
attempts.forEach(({ m, ok }, i) => {
  const took = ok ? `${(48 + (i % 37) * 1.7).toFixed(6)}ms` : `${(51 + (i % 29) * 1.3).toFixed(6)}ms`;
  user.push(kit(m, `middlewares.go:32 method=Login took=${took}`));
  if (!ok) user.push(kit(m + 0.0001, 'server.go:112 err=Unauthorized'));
  const pod = i % 2;
  fe[pod].push(`GET /login ${ok ? 200 : 401} ${(62 + (i % 41) * 1.9).toFixed(3)} ms - ${ok ? 2 : '-'}`);
  if (ok) {
    fe[pod].push(`GET /customers/${['57a98d98e4b00679b4a830af', '57a98d98e4b00679b4a830b2', '57a98d98e4b00679b4a830b5'][i % 3]} 200 ${(9 + (i % 13) * 0.7).toFixed(3)} ms - 238`);
    user.push(kit(m + 0.002, `middlewares.go:80 method=GetUsers id=${['57a98d98e4b00679b4a830af', '57a98d98e4b00679b4a830b2', '57a98d98e4b00679b4a830b5'][i % 3]} result=1 took=${(1.2 + (i % 9) * 0.11).toFixed(6)}ms`));
  }
  fe[pod].push(`GET /catalogue?page=1&size=6&tags= 200 ${(11 + (i % 17) * 0.9).toFixed(3)} ms - 1923`);
  fe[pod].push(`GET /cart 200 ${(14 + (i % 11) * 1.1).toFixed(3)} ms - 2`);
  if (i % 9 === 4) fe[pod].push(`POST /orders 201 ${(412 + (i % 23) * 6.2).toFixed(3)} ms - 324`);
});

export const scenarios = [
  {
    folder: 's78a-one-customer-cannot-log-in',
    description: "support ticket: customer 'jdoe' cant log into the sock shop since this morning, keeps getting wrong password (she swears its right). others seem ok? can someone check the user svc",
    incidentTime,
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'partial-name', 'time-expression'],
    grounding: `
      Manifest facts (microservices-demo/microservices-demo deploy/kubernetes/complete-demo.yaml at 9dff06f): front-end forwards a
      login's basic-auth header to user GET /login; user (go-kit, microservices-demo/user api/transport.go) answers 401 with
      ErrUnauthorized when the password does not match, logging method=Login from its logging middleware and err=Unauthorized from the
      go-kit server's error logger; front-end's morgan "dev" lines show GET /login 401.
      No fault: every pod is Running and Ready, logins of other customers succeed all morning (GET /login 200 followed by the
      customer lookup), orders go through; the only failures are ten wrong-password attempts spread over the morning, as a single
      customer typing an old password produces. A complaint about one account with nothing wrong in the cluster.
      Decoys: queue-master was OOMKilled three days ago and has run since; front-end was rolled out two days ago (CPU limit raised from
      200m to the manifest's 300m: the two ReplicaSets' templates differ only there) and both pods have been Ready since.
      Deviations from upstream: front-end's old ReplicaSet's CPU limit (200m) is invented for the decoy rollout; log lines abbreviated.
    `,
    workloads: {
      'front-end': {
        rollout: { at: FE_ROLL, revision: 4, oldReplicas: 0, oldContainers: { 'front-end': { resources: res('100m', '300Mi', '200m', '1000Mi') } } },
        endpointsChanged: FE_ROLL + 1.5,
      },
      'queue-master': {
        pods: [{
          containers: {
            'queue-master': cs.restartedRunning({
              restarts: 1,
              startedAt: T.iso(-60 * 24 * 3 + 0.1),
              last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9 + 0.3), finishedAt: T.iso(-60 * 24 * 3) },
            }),
          },
        }],
      },
    },
    events: [],
    logs: {
      'user#0/user': user,
      'front-end#0/front-end': fe[0],
      'front-end#1/front-end': fe[1],
    },
  },
];
