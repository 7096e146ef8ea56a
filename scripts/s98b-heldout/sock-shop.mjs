// Blind held-out batch s98b: one Sock Shop scenario for the scenario kit (scripts/s2-scenario-kit.mjs).
// System from scripts/s2-scenarios/sock-shop.mjs (microservices-demo complete-demo.yaml at 9dff06f).
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };

const I1 = '2026-05-21T09:18:00Z';
const T1 = clock(I1);
const kit = (min, kv) => `ts=${T1.isoMs(min)} ${kv}`;
const spring = (min, level, thread, logger, msg) => `${T1.java(min)} ${level.padStart(5)} [orders,,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;

export const scenarios = [
  {
    folder: 's98b-one-customer-cannot-login',
    incidentTime: I1,
    description: 'support ticket: customer says she cant log into the sock shop since this morning, "wrong password" every time. is user svc broken??',
    difficulty: 'medium',
    traits: ['no-fault', 'partial-name'],
    grounding: `
      No fault. Manifest facts: the user service (weaveworksdemos/user:0.4.7) answers /login with 401 when the password
      hash does not match the user-db record; front-end then shows the login error. Every pod is Running and Ready, no
      restarts, no Warning events; user logs show one username failing Login repeatedly (401) while other customers log in
      (200) and orders keep being placed. This is the everyday support ticket where the customer mistypes or forgot the
      password (a real complaint with nothing wrong in the cluster).
      Deviations from upstream: none in the manifests; log lines follow go-kit logfmt as the user service prints them.`,
    logs: {
      'user#0/user': [
        kit(-62, 'caller=logging.go:24 method=Login result=6596fa3e-1b4a-4b7d-9b2f-4c9a3d8e0c21 err=null took=3.412ms'),
        kit(-41, 'caller=logging.go:24 method=Login result= err="Unauthorized" took=2.998ms'),
        kit(-40.6, 'caller=logging.go:24 method=Login result= err="Unauthorized" took=2.871ms'),
        kit(-39.9, 'caller=logging.go:24 method=Login result= err="Unauthorized" took=3.105ms'),
        kit(-25, 'caller=logging.go:24 method=Login result=57a98d98e4b00679b4a830af err=null took=3.017ms'),
        kit(-18, 'caller=logging.go:24 method=GetAddresses id=57a98d98e4b00679b4a830af result=1 err=null took=1.874ms'),
        kit(-12.3, 'caller=logging.go:24 method=Login result= err="Unauthorized" took=3.288ms'),
        kit(-11.8, 'caller=logging.go:24 method=Login result= err="Unauthorized" took=2.944ms'),
        kit(-6, 'caller=logging.go:24 method=Login result=57a98d99e4b00679b4a830b1 err=null took=3.201ms'),
        kit(-2, 'caller=logging.go:24 method=Health result=2 took=1.093ms'),
      ],
      'front-end#0/front-end': [
        'Received login request',
        'Received login request',
        'Login failed: 401',
        'Received login request',
        'Login failed: 401',
        'Received login request',
      ],
      'orders#0/orders': [
        spring(-20, 'INFO', 'nio-80-exec-4', 'w.w.orders.controllers.OrdersController', 'Order created: 6a0d8c1e4b0e2f0001a7c3d9'),
        spring(-5, 'INFO', 'nio-80-exec-7', 'w.w.orders.controllers.OrdersController', 'Order created: 6a0d8f334b0e2f0001a7c3e2'),
      ],
    },
  },
];
