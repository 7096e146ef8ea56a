// Held-out batch s94b (blind): one Sock Shop scenario on the system of scripts/s2-scenarios/sock-shop.mjs.
// Spec for scripts/s2-scenario-kit.mjs; grounding in the scenario itself.
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';
export { system };
const T = clock('2026-05-21T16:05:00Z');
const spring = (min, level, app, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [${app},,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const kit = (min, kv) => `ts=${T.isoMs(min)} ${kv}`;
const fe = (min, line) => `${line}`;
export const scenarios = [{
  folder: 's94b-cart-other-device',
  description: 'customer ticket: added 3 pairs of socks on her phone, logged in on laptop and the basket is empty. carts broken??',
  incidentTime: '2026-05-21T16:05:00Z',
  difficulty: 'medium', traits: ['no-fault'],
  grounding: `Sock Shop complete-demo.yaml. No fault: the front-end keeps an anonymous visitor's cart under the session's
    customer id (session-db, SESSION_REDIS=true); a cart started on another device belongs to that device's session
    and is not the logged-in customer's cart on a second browser, so it does not appear there (front-end cart
    handling as upstream). Every pod is Ready, carts, carts-db and front-end log ordinary requests. No deviation
    from upstream.`,
  logs: {
    'front-end#0/front-end': [
      fe(-9, 'GET /catalogue?size=5 200 18.412 ms - 1514'),
      fe(-8, 'Customer logged in with id 57a98d98e4b00679b4a830b2'),
      fe(-8, 'GET /login 200 64.201 ms - -'),
      fe(-7.9, 'GET /cart 200 21.337 ms - 2'),
      fe(-4, 'POST /cart 201 33.081 ms - -'),
      fe(-3.9, 'GET /cart 200 15.903 ms - 187'),
    ],
    'front-end#1/front-end': [
      fe(-12, 'GET /catalogue/3395a43e-2d88-40de-b95f-e00e1502085b 200 9.874 ms - 340'),
      fe(-11, 'POST /cart 201 29.116 ms - -'),
      fe(-2, 'GET /cart 200 12.551 ms - 186'),
    ],
    'carts#0/carts': [
      spring(-60 * 24 * 9 + 1, 'INFO', 'carts', 'main', 'works.weave.socks.cart.CartApplication', 'Started CartApplication in 71.812 seconds (JVM running for 76.04)'),
      spring(-8, 'INFO', 'carts', 'http-nio-80-exec-4', 'w.w.s.cart.controllers.CartsController', 'Merging carts for customer id: 57a98d98e4b00679b4a830b2 and session id: Hy7pQ0f2kUpr1Nq3vJ6c9xE0bZc4LmWd'),
      spring(-4, 'DEBUG', 'carts', 'http-nio-80-exec-9', 'w.w.s.cart.controllers.ItemsController', 'Creating new item: Item{id=\'null\', itemId=\'3395a43e-2d88-40de-b95f-e00e1502085b\', quantity=1, unitPrice=18.0}'),
    ],
    'catalogue#0/catalogue': [
      kit(-9, 'caller=logging.go:62 method=List tags= order=id pageNum=1 pageSize=5 result=5 err=null took=2.91201ms'),
      kit(-3, 'caller=logging.go:62 method=Get id=3395a43e-2d88-40de-b95f-e00e1502085b sock=3395a43e-2d88-40de-b95f-e00e1502085b err=null took=1.10342ms'),
    ],
    'user#0/user': [
      kit(-8, 'caller=logging.go:41 method=Login result=57a98d98e4b00679b4a830b2 took=4.552117ms'),
    ],
  },
}];
