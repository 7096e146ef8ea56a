// Blind held-out batch s80a: one Sock Shop scenario (split test) on the session-2 Sock Shop system definition
// (scripts/s2-scenarios/sock-shop.mjs, complete-demo.yaml at 9dff06f); built by scripts/s80a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };

const T = clock('2026-04-21T12:24:00Z');
// go-kit logfmt as user's main.go sets it up (ts=DefaultTimestampUTC, caller=DefaultCaller).
const kit = (min, caller, kv) => `ts=${T.isoMs(min)} caller=${caller} ${kv}`;
const B64 = 'Basic ' + Buffer.from('Eve_Berger:eve').toString('base64');
const loginOk = (min, id) => [
  'Received login request',
  `{ headers: { Authorization: '${B64}' },`,
  "  uri: 'http://user/login' }",
  `{"user":{"firstName":"Eve","lastName":"Berger","username":"Eve_Berger","id":"${id}","_links":{"addresses":{"href":"http://user/customers/${id}/addresses"},"cards":{"href":"http://user/customers/${id}/cards"},"customer":{"href":"http://user/customers/${id}"},"self":{"href":"http://user/customers/${id}"}}}}`,
  id,
  `Merging carts for customer id: ${id} and session id: ${min}`,
  'Carts merged.',
  'Sent cookies.',
];
const loginFail = (user) => [
  'Received login request',
  `{ headers: { Authorization: 'Basic ${Buffer.from(user).toString('base64')}' },`,
  "  uri: 'http://user/login' }",
  '500',
  'Error with log in: true',
];
const CID = '57a98d98e4b00679b4a830af';

export const scenarios = [
  {
    folder: 's80a-logins-fail-catalogue-fine',
    incidentTime: '2026-04-21T12:24:00Z',
    description: 'sock shop: login fails for everyone since ~20 min ("invalid login"), browsing catalogue still works. accounts team?',
    expected: { component: 'user-db', cause: 'no-endpoints' },
    alsoAcceptable: [{ component: 'user-db', cause: 'dependency-down' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'team-name', 'decoy'],
    grounding: `
      Manifest facts (complete-demo.yaml at 9dff06f): user reads MongoDB at mongo=user-db:27017 through mgo (db/mongodb/mongodb.go),
      the user-db Deployment has 1 replica and the user-db Service selects name=user-db; user's /health answers 200 whatever the
      database says (api/service.go Health reports user-db "err" in the body), so user stays Ready.
      Fault: the user-db Deployment was scaled to 0 at 12:00:41Z by kube-downscaler (hjacobs/kube-downscaler), because the
      manifest applied to prod carried a staging annotation downscaler/uptime "Mon-Fri 07:30-14:00 Europe/Berlin" (14:00 CEST =
      12:00Z); the downscaler records downscaler/original-replicas "1" on the Deployment. The pod is deleted, the user-db
      Endpoints have no subsets, mgo answers "no reachable servers" after its 10 s sync timeout and user returns 500, which the
      front-end turns into "Error with log in: true" and a 401 (api/user/index.js). Catalogue and carts are untouched.
      Decoy: carts was OOMKilled three days ago and has run since. Deviations from upstream: the downscaler annotations,
      and the Deployment status written as the API shows a Deployment scaled to zero (Available True, no replica counts).
    `,
    workloads: {
      'user-db': {
        replicas: 0,
        deployAnnotations: { 'downscaler/original-replicas': '1', 'downscaler/uptime': 'Mon-Fri 07:30-14:00 Europe/Berlin' },
        endpointsChanged: -23.3,
        deployStatus: {
          observedGeneration: 5,
          conditions: [
            { type: 'Available', status: 'True', lastUpdateTime: T.iso(-60 * 24 * 9), lastTransitionTime: T.iso(-60 * 24 * 9), reason: 'MinimumReplicasAvailable', message: 'Deployment has minimum availability.' },
            { type: 'Progressing', status: 'True', lastUpdateTime: T.iso(-60 * 24 * 9), lastTransitionTime: T.iso(-60 * 24 * 30), reason: 'NewReplicaSetAvailable', message: 'ReplicaSet "user-db-%RSNAME%" has successfully progressed.' },
          ],
        },
      },
      carts: {
        pods: [{
          containers: {
            carts: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 + 0.2), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9 + 0.3), finishedAt: T.iso(-60 * 24 * 3) } }),
          },
        }],
      },
    },
    events: [
      { on: 'deploy:user-db', reason: 'ScalingReplicaSet', message: 'Scaled down replica set user-db-%NEW% to 0 from 1', first: -23.3 },
      { on: 'rs:user-db', reason: 'SuccessfulDelete', message: 'Deleted pod: user-db-%RS%', first: -23.3 },
      { on: 'pod:front-end#0', type: 'Warning', reason: 'Unhealthy', fieldPath: 'spec.containers{front-end}', message: 'Readiness probe failed: Get "http://%PODIP%:8079/": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: -60 * 24 * 2, last: -60 * 24 * 2 },
    ],
    logs: {
      'user#0/user': [
        kit(-31, 'middlewares.go:31', 'method=Login took=4.102811ms'),
        kit(-29.5, 'middlewares.go:74', `method=GetUsers id=${CID} result=1 took=1.877203ms`),
        kit(-27, 'middlewares.go:123', `method=GetCards id=${CID} result=1 took=1.420918ms`),
        kit(-26.9, 'middlewares.go:97', `method=GetAddresses id=${CID} result=1 took=1.298431ms`),
        kit(-24.2, 'middlewares.go:31', 'method=Login took=3.877102ms'),
        kit(-22.8, 'middlewares.go:31', 'method=Login took=10.000916207s'),
        kit(-22.8, 'server.go:112', 'err="no reachable servers"'),
        kit(-19.4, 'middlewares.go:74', `method=GetUsers id=${CID} result=0 took=10.001203388s`),
        kit(-19.4, 'server.go:112', 'err="no reachable servers"'),
        kit(-15.1, 'middlewares.go:31', 'method=Login took=10.000611932s'),
        kit(-15.1, 'server.go:112', 'err="no reachable servers"'),
        kit(-9.6, 'middlewares.go:31', 'method=Login took=10.001044187s'),
        kit(-9.6, 'server.go:112', 'err="no reachable servers"'),
        kit(-4.3, 'middlewares.go:31', 'method=Login took=10.000733015s'),
        kit(-4.3, 'server.go:112', 'err="no reachable servers"'),
        kit(-1.2, 'middlewares.go:31', 'method=Login took=10.000580341s'),
        kit(-1.2, 'server.go:112', 'err="no reachable servers"'),
      ],
      'front-end#0/front-end': [
        ...loginOk(-31, CID).map((l) => l.replace('session id: -31', 'session id: kX3o0H9bQ2n8Yw1tZr5s')),
        ...loginFail('Eve_Berger:eve'),
        ...loginFail('user:password'),
        ...loginFail('Eve_Berger:eve'),
        ...loginFail('mkowalski:S0cks!2026'),
        ...loginFail('user:password'),
      ],
      'front-end#1/front-end': [
        ...loginFail('user:password'),
        ...loginFail('jdoe:hunter22'),
        ...loginFail('user:password'),
      ],
      'catalogue#0/catalogue': [
        `ts=${T.isoMs(-12.2)} caller=logging.go:80 method=Count tags= result=9 err=null took=1.02241ms`,
        `ts=${T.isoMs(-12.1)} caller=logging.go:52 method=List tags= order=id pageNum=1 pageSize=6 result=6 err=null took=2.510811ms`,
        `ts=${T.isoMs(-6.4)} caller=logging.go:67 method=Get id=03fef6ac-1896-4ce8-bd69-b798f85c6e0b sock=03fef6ac-1896-4ce8-bd69-b798f85c6e0b err=null took=1.331204ms`,
        `ts=${T.isoMs(-3.1)} caller=logging.go:81 method=Health result=2 took=61.204µs`,
        `ts=${T.isoMs(-3.05)} caller=logging.go:81 method=Health result=2 took=58.871µs`,
        `ts=${T.isoMs(-2.0)} caller=logging.go:52 method=List tags= order=id pageNum=1 pageSize=5 result=5 err=null took=2.118093ms`,
      ],
    },
  },
];
