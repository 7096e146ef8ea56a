// Blind held-out batch s108a: one Sock Shop scenario (split: test) for the scenario kit.
// System as the system part of scripts/s2-scenarios/sock-shop.mjs has it; grounding in the scenario.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';
export { system };

const I = '2026-07-09T09:26:00Z';
const T = clock(I);
const kit = (min, kv) => `ts=${T.isoMs(min)} ${kv}`;
const spring = (min, level, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [carts,,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;

export const scenarios = [
  {
    folder: 's108a-one-customer-login-refused',
    incidentTime: I,
    description: 'support ticket: customer (username mhartley) says sockshop login keeps saying wrong password since this morning, she is sure it is right. anyone else? pls check user svc',
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'partial-name'],
    workloads: {
      carts: { pods: [{ containers: { carts: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 4), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 4 - 0.2) } }) } }] },
    },
    events: [],
    logs: {
      'user#0/user': [
        kit(-60 * 24 * 9, 'caller=main.go:84 transport=HTTP port=80'),
        kit(-95, 'method=Login result=true took=4.812113ms'),
        kit(-62, 'method=Login result=false took=3.92871ms'),
        kit(-61, 'method=Login result=false took=3.40112ms'),
        kit(-40, 'method=Login result=true took=4.1092ms'),
        kit(-33, 'method=GetCustomers result=1 took=2.1551ms'),
        kit(-14, 'method=Login result=false took=3.7742ms'),
        kit(-13.5, 'method=Login result=false took=3.6521ms'),
        kit(-9, 'method=Login result=true took=4.0031ms'),
        kit(-4, 'method=GetAddresses result=1 took=1.9844ms'),
      ],
      'front-end#0/front-end': [
        'App now running in production mode on port 8079',
        'Received login request',
        'Error with log in: Unauthorized',
        'Received login request',
        'Error with log in: Unauthorized',
        'Received login request',
        'Session ID: Av3RfX_6b1vN0cT2uYq8sLw4KeJp9ZdM, user ID: 57a98d98e4b00679b4a830b2',
        'GET /catalogue?size=5 200 14.321 ms - 1630',
        'GET /cart 200 9.118 ms - 2',
      ],
      'front-end#1/front-end': [
        'App now running in production mode on port 8079',
        'GET /catalogue?page=1&size=6&tags= 200 17.902 ms - 1958',
        'Received login request',
        'Session ID: 3HqZ0cV7yPe2wTnB5uKx1mRj8LsDf4Ga, user ID: 57a98d98e4b00679b4a830b5',
        'GET /orders 200 41.663 ms - 2201',
      ],
      'carts#0/carts': [
        spring(-60 * 24 * 4 + 0.5, 'INFO', 'main', 'works.weave.socks.cart.CartApplication', 'Started CartApplication in 31.77 seconds (JVM running for 33.402)'),
        spring(-6, 'INFO', 'nio-80-exec-3', 'w.w.s.cart.controllers.CartsController', 'Merge carts request received for ids: 57a98d98e4b00679b4a830b5 and Av3RfX_6b1vN0cT2uYq8sLw4KeJp9ZdM'),
      ],
    },
    grounding: `
      Sock Shop complete-demo.yaml (9dff06f): front-end reaches user at user:80 for /login; user (go-kit) checks the bcrypt-
      less salted hash in user-db and answers 401 for a wrong password, which front-end prints as an unauthorized login.
      No fault: every pod is Ready, other customers log in in the same minutes (result=true, session IDs issued), and the
      refused attempts are a single customer's wrong password, as in the common "is it just me" support ticket. The
      carts OOMKilled four days ago is a decoy unrelated to login.`,
  },
];
