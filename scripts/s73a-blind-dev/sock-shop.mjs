// Batch s73a (blind dev): one Sock Shop scenario on the session-2 system definition (scripts/s2-scenarios/sock-shop.mjs).
// carts rebuilt on a newer Spring Data MongoDB whose Item mapping cannot read carts saved by 0.4.8: Ready, old carts 500.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };
const INC = '2026-03-18T08:45:00Z';
const T = clock(INC);
const spring = (min, level, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [carts,,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const JAVA_OPTS = { name: 'JAVA_OPTS', value: '-Xms64m -Xmx128m -XX:+UseG1GC -Djava.security.egd=file:/dev/urandom -Dspring.zipkin.enabled=false' };

const cartsLog = [
  spring(-60 * 13 + 0.6, 'INFO', 'main', 'works.weave.socks.cart.CartApplication', 'Started CartApplication in 41.771 seconds (JVM running for 44.318)'),
];
const cust = ['57a98d98e4b00679b4a830af', '57a98d98e4b00679b4a830b2', '5e3c1f7ab27d4a0001f4e9a3'];
for (let m = -24, k = 0; m < -0.5; m += 1.3, k++) {
  const th = `p-nio-80-exec-${(k % 10) + 1}`;
  if (k % 3 === 2) continue;
  cartsLog.push(
    spring(m, 'ERROR', th, 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', `Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.data.mapping.model.MappingInstantiationException: Failed to instantiate works.weave.socks.cart.entities.Item using constructor public works.weave.socks.cart.entities.Item(java.lang.String,java.lang.String,int,float) with arguments null,null,1,12.0] with root cause`),
    '',
    'java.lang.IllegalArgumentException: itemId must not be null',
    '\tat works.weave.socks.cart.entities.Item.<init>(Item.java:31)',
    '\tat sun.reflect.GeneratedConstructorAccessor61.newInstance(Unknown Source)',
    '\tat org.springframework.beans.BeanUtils.instantiateClass(BeanUtils.java:170)',
    '\tat org.springframework.data.convert.ClassGeneratingEntityInstantiator.createInstance(ClassGeneratingEntityInstantiator.java:83)',
    '\tat org.springframework.data.mongodb.core.convert.MappingMongoConverter.read(MappingMongoConverter.java:317)',
    '\tat works.weave.socks.cart.cart.CartResource.contents(CartResource.java:31)',
    `\tat works.weave.socks.cart.controllers.ItemsController.getItems(ItemsController.java:58)`,
  );
}
const feLog = [];
for (let m = -24.2, k = 0; m < -0.4; m += 0.65, k++) {
  const bad = k % 4 !== 3;
  feLog.push(`GET /cart 200 ${(12 + (k % 7) * 3.1).toFixed(3)} ms - -`);
  feLog.push(bad ? `GET /card 200 4.${100 + k} ms - 97` : `GET /catalogue?size=5 200 9.${200 + k} ms - 1794`);
  if (bad) feLog.push(`Error: Internal Server Error`, '    at IncomingMessage.<anonymous> (/usr/src/app/helpers/index.js:43:21)', `GET /cart 500 ${(31 + k).toFixed(3)} ms - 180`);
}

export const scenarios = [
  {
    folder: 's73a-carts-mapping-old-documents',
    incidentTime: INC,
    description: 'some returning customers get an empty/broken basket since yesterdays carts deploy; fresh sessions are fine. commerce team pls look',
    expected: { component: 'carts', cause: 'bad-deploy-rollout' },
    difficulty: 'medium',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'decoy', 'team-name', 'time-expression'],
    grounding: `
      Sock Shop's carts (Spring Boot, Spring Data MongoDB over carts-db) stores each cart's items as documents of
      works.weave.socks.cart.entities.Item. Fault shape, as Spring Data upgrade reports describe it: after a framework
      upgrade the mapping layer instantiates entities through their constructor, and documents written by the previous
      version lack a field the new constructor requires, so Spring throws MappingInstantiationException for every old
      document while new ones work. Deviation from upstream: the commerce team rolled out an in-house build
      weaveworksdemos/carts:0.4.8-sd2 (13 hours before the incident, revision 4; old and new ReplicaSets differ only by the
      image tag) whose Item now requires itemId in its constructor; items saved by 0.4.8 under the old field layout read as
      null. carts stays Ready (its health endpoint does not read carts), nothing restarts; carts-db serves the reads happily.
      The front-end (Node, morgan "dev" lines) returns 500 on GET /cart for those customers and is the louder. Decoy: orders
      was OOMKilled three days ago (restartCount 1).
    `,
    workloads: {
      carts: {
        containers: { carts: { image: 'weaveworksdemos/carts:0.4.8-sd2' } },
        rollout: { at: -60 * 13, oldContainers: { carts: { image: 'weaveworksdemos/carts:0.4.8' } } },
      },
      orders: {
        pods: [{ containers: { orders: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 + 0.2), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3) } }) } }],
      },
    },
    events: [],
    logs: {
      'carts#0/carts': cartsLog,
      'front-end#0/front-end': feLog,
      'front-end#1/front-end': feLog.slice(6),
      'carts-db#0/carts-db': [
        `{"t":{"$date":"${T.isoMs(-3.2).replace('Z', '+00:00')}"},"s":"I",  "c":"NETWORK",  "id":22943,   "ctx":"listener","msg":"Connection accepted","attr":{"remote":"%IPOF:carts#0%:41622","uuid":"0c5e2a1f-7b3d-4e6a-9f18-2d4c6b8a0e13","connectionId":1184,"connectionCount":11}}`,
      ],
    },
  },
];
void JAVA_OPTS;
