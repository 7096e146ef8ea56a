// Blind dev batch s59a: one TeaStore scenario (a persistence release renames a Product JSON field; old clients reject it).
// Built by scripts/s59a-build.mjs with the kit system scripts/kit-systems/teastore.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const T = clock('2026-08-20T15:05:00Z');
const ROLL = -27; // persistence rollout (14:38)
const NEW_IMG = 'harbor.tea.internal/shop-core/teastore-persistence:1.5.0-rc2';

// Tomcat 10 OneLineFormatter (catalina.sh run), e.g. "20-Aug-2026 14:38:31.412 INFO [main] class.method message".
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const tc = (min, level, thread, src, msg) => {
  const j = T.java(min); // YYYY-MM-DD hh:mm:ss.mmm
  return `${j.slice(8, 10)}-${MON[Number(j.slice(5, 7)) - 1]}-${j.slice(0, 4)} ${j.slice(11)} ${level} [${thread}] ${src} ${msg}`;
};
const el = (min, tag, msg) => `[EL ${tag}]: ${T.java(min).replace(/\d$/, '')}--${msg}`;
const st = (s) => ROLL + 0.5 + s / 60;
const persistenceLog = [
  tc(st(1), 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/10.0.27'),
  tc(st(1), 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server built:          Oct 3 2022 14:18:38 UTC'),
  tc(st(1), 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'JVM Version:           11.0.16.1+1'),
  tc(st(1.4), 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.init', 'Initializing ProtocolHandler ["http-nio-8080"]'),
  tc(st(1.5), 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', 'Deploying web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.persistence.war]'),
  el(st(6.2), 'Info', 'ServerSession(1823409887)--EclipseLink, version: Eclipse Persistence Services - 2.7.10.v20211216-fe64cd39c3'),
  el(st(6.9), 'Info', 'connection: ServerSession(1823409887)--/file:/usr/local/tomcat/webapps/tools.descartes.teastore.persistence/WEB-INF/classes/_tools.descartes.teastore.persistence login successful'),
  tc(st(9.8), 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', 'Deployment of web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.persistence.war] has finished in [8,312] ms'),
  tc(st(9.9), 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.start', 'Starting ProtocolHandler ["http-nio-8080"]'),
  tc(st(10), 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [8524] milliseconds'),
];

const REF = (idx, col) =>
  ` at [Source: (org.glassfish.jersey.message.internal.ReaderInterceptorExecutor$UnCloseableInputStream); line: 1, column: ${col}] (through reference chain: java.util.ArrayList[${idx}]->tools.descartes.teastore.entities.Product["priceInCents"])`;
const UPE = 'com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException: Unrecognized field "priceInCents" (class tools.descartes.teastore.entities.Product), not marked as ignorable (5 known properties: "id", "categoryId", "name", "description", "listPriceInCents"])';
const severe = (min, thread, servlet, call, col) => [
  tc(min, 'SEVERE', thread, 'org.apache.catalina.core.StandardWrapperValve.invoke', `Servlet.service() for servlet [${servlet}] in context with path [/tools.descartes.teastore.webui] threw exception`),
  '\tjakarta.ws.rs.ProcessingException: Error reading entity from input stream.',
  '\t\tat org.glassfish.jersey.message.internal.InboundMessageContext.readEntity(InboundMessageContext.java:889)',
  '\t\tat org.glassfish.jersey.message.internal.InboundMessageContext.readEntity(InboundMessageContext.java:808)',
  '\t\tat org.glassfish.jersey.client.ClientResponse.readEntity(ClientResponse.java:326)',
  '\t\tat org.glassfish.jersey.client.InboundJaxrsResponse$2.call(InboundJaxrsResponse.java:126)',
  '\t\tat org.glassfish.jersey.internal.Errors.process(Errors.java:292)',
  '\t\tat org.glassfish.jersey.client.InboundJaxrsResponse.runInScopeIfPossible(InboundJaxrsResponse.java:250)',
  '\t\tat org.glassfish.jersey.client.InboundJaxrsResponse.readEntity(InboundJaxrsResponse.java:123)',
  ...call.map((c) => `\t\tat ${c}`),
  '\t\tat jakarta.servlet.http.HttpServlet.service(HttpServlet.java:670)',
  '\t\tat org.apache.catalina.core.ApplicationFilterChain.internalDoFilter(ApplicationFilterChain.java:227)',
  '\t\tat org.apache.tomcat.util.net.NioEndpoint$SocketProcessor.doRun(NioEndpoint.java:1787)',
  '\t\tat java.base/java.lang.Thread.run(Thread.java:829)',
  `\tCaused by: ${UPE}`,
  REF(0, col),
  '\t\tat com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException.from(UnrecognizedPropertyException.java:61)',
  '\t\tat com.fasterxml.jackson.databind.DeserializationContext.handleUnknownProperty(DeserializationContext.java:1127)',
  '\t\tat com.fasterxml.jackson.databind.deser.BeanDeserializerBase.handleUnknownProperty(BeanDeserializerBase.java:1989)',
  '\t\tat com.fasterxml.jackson.databind.deser.BeanDeserializer.vanillaDeserialize(BeanDeserializer.java:313)',
  '\t\tat com.fasterxml.jackson.databind.deser.std.CollectionDeserializer._deserializeFromArray(CollectionDeserializer.java:355)',
  '\t\tat com.fasterxml.jackson.jaxrs.base.ProviderBase.readFrom(ProviderBase.java:834)',
  '\t\tat org.glassfish.jersey.message.internal.InboundMessageContext.readEntity(InboundMessageContext.java:874)',
  '\t\t... 38 more',
];
const CATEGORY = [
  'tools.descartes.teastore.registryclient.util.RESTUtil.readListThrowAndOrCloseProduct(RESTUtil.java:117)',
  'tools.descartes.teastore.registryclient.rest.LoadBalancedCRUDOperations.getEntities(LoadBalancedCRUDOperations.java:214)',
  'tools.descartes.teastore.webui.servlet.CategoryServlet.handleGETRequest(CategoryServlet.java:78)',
  'tools.descartes.teastore.webui.servlet.AbstractUIServlet.doGet(AbstractUIServlet.java:215)',
];
const PRODUCT = [
  'tools.descartes.teastore.registryclient.util.RESTUtil.readListThrowAndOrCloseProduct(RESTUtil.java:117)',
  'tools.descartes.teastore.registryclient.rest.LoadBalancedCRUDOperations.getEntities(LoadBalancedCRUDOperations.java:214)',
  'tools.descartes.teastore.webui.servlet.ProductServlet.handleGETRequest(ProductServlet.java:74)',
  'tools.descartes.teastore.webui.servlet.AbstractUIServlet.doGet(AbstractUIServlet.java:215)',
];
const FAILS = [
  [-25.9, 'http-nio-8080-exec-3', 'tools.descartes.teastore.webui.servlet.CategoryServlet', CATEGORY, 187],
  [-24.1, 'http-nio-8080-exec-7', 'tools.descartes.teastore.webui.servlet.ProductServlet', PRODUCT, 171],
  [-21.6, 'http-nio-8080-exec-1', 'tools.descartes.teastore.webui.servlet.CategoryServlet', CATEGORY, 187],
  [-18.3, 'http-nio-8080-exec-9', 'tools.descartes.teastore.webui.servlet.CategoryServlet', CATEGORY, 203],
  [-15.0, 'http-nio-8080-exec-4', 'tools.descartes.teastore.webui.servlet.ProductServlet', PRODUCT, 168],
  [-11.7, 'http-nio-8080-exec-2', 'tools.descartes.teastore.webui.servlet.CategoryServlet', CATEGORY, 187],
  [-8.2, 'http-nio-8080-exec-6', 'tools.descartes.teastore.webui.servlet.CategoryServlet', CATEGORY, 195],
  [-4.9, 'http-nio-8080-exec-10', 'tools.descartes.teastore.webui.servlet.ProductServlet', PRODUCT, 171],
  [-1.8, 'http-nio-8080-exec-5', 'tools.descartes.teastore.webui.servlet.CategoryServlet', CATEGORY, 187],
];
const webuiLog = [
  tc(-60 * 24 * 9 + 0.3, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [11207] milliseconds'),
  ...FAILS.flatMap(([t, th, sv, call, col]) => severe(t, th, sv, call, col)),
];

export const scenarios = [
  {
    folder: 's59a-persistence-release-product-field-rename',
    description: 'teastore category + product pages show the error page since 14:40-ish, home page and login work. shop frontend on call',
    incidentTime: '2026-08-20T15:05:00Z',
    expected: { component: 'persistence', cause: 'bad-deploy-rollout' },
    difficulty: 'medium',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'time-expression', 'team-name', 'decoy'],
    workloads: {
      'teastore-persistence': {
        rollout: { at: ROLL, revision: 4, oldContainers: { 'teastore-persistence': { image: 'descartesresearch/teastore-persistence' } } },
        containers: { 'teastore-persistence': { image: NEW_IMG } },
      },
      // decoy: recommender killed by the kernel OOM killer three days ago (no limits upstream; node memory)
      'teastore-recommender': {
        pods: [{
          containers: {
            'teastore-recommender': cs.restartedRunning({
              restarts: 1,
              startedAt: T.iso(-60 * 24 * 3 + 0.5),
              last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9 + 0.3), finishedAt: T.iso(-60 * 24 * 3) },
            }),
          },
        }],
      },
    },
    events: [
      { on: 'deploy:teastore-persistence', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-persistence-%NEW% to 1', first: ROLL },
      { on: 'pod:teastore-persistence#0', reason: 'Scheduled', message: 'Successfully assigned teastore/%POD% to %NODE%', source: 'default-scheduler', first: ROLL + 0.5 },
      { on: 'pod:teastore-persistence#0', reason: 'Pulling', message: `Pulling image "${NEW_IMG}"`, fieldPath: 'spec.containers{teastore-persistence}', first: ROLL + 0.5 },
      { on: 'pod:teastore-persistence#0', reason: 'Pulled', message: `Successfully pulled image "${NEW_IMG}" in 6.841s (6.841s including waiting). Image size: 298431727 bytes.`, fieldPath: 'spec.containers{teastore-persistence}', first: ROLL + 0.62 },
      { on: 'pod:teastore-persistence#0', reason: 'Created', message: 'Created container teastore-persistence', fieldPath: 'spec.containers{teastore-persistence}', first: ROLL + 0.62 },
      { on: 'pod:teastore-persistence#0', reason: 'Started', message: 'Started container teastore-persistence', fieldPath: 'spec.containers{teastore-persistence}', first: ROLL + 0.63 },
      { on: 'deploy:teastore-persistence', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-persistence-%OLD% to 0 from 1', first: ROLL + 0.7 },
    ],
    logs: {
      'teastore-persistence#0/teastore-persistence': persistenceLog,
      'teastore-webui#0/teastore-webui': webuiLog,
    },
    grounding: `
      Fault: a persistence release that changes the JSON contract of Product while its clients stay on the old one. At
      14:38 the Shop Core team rolled teastore-persistence (revision 4) to an in-house build
      (harbor.tea.internal/shop-core/teastore-persistence:1.5.0-rc2) of a branch that renamed Product.listPriceInCents to
      priceInCents in the shared entities module; webui, auth, image and recommender still run the upstream images with the
      old entity class. Jackson's default FAIL_ON_UNKNOWN_PROPERTIES makes every old client reject a Product list or
      Product with UnrecognizedPropertyException ("Unrecognized field ... not marked as ignorable (5 known properties
      ...)"), which Jersey's client wraps as ProcessingException "Error reading entity from input stream.". Rolling out a
      provider before its consumers with a renamed field is the textbook backward-incompatible API change of public
      post-mortems about schema/contract changes.
      Effects: the new persistence pod starts cleanly (EclipseLink login successful against teastore-db), is Running and
      Ready (no probes upstream) and answers 200 to everything; it logs nothing per request. The webui servlets that
      read products (CategoryServlet, ProductServlet) do not catch the runtime ProcessingException, so Tomcat logs
      SEVERE "Servlet.service() ... threw exception" with the stack and the user gets the error page; the home page
      (categories only) and login (users only) do not read Product and keep working, as the description says. webui is
      the loud component.
      Expected: persistence / bad-deploy-rollout (a release that is Ready but misbehaves; its callers are the loud ones).
      Decoy: teastore-recommender was OOMKilled three days ago (restartCount 1), unrelated.
      Deviations from upstream: the persistence image and the field rename are the incident's; log lines follow Tomcat
      10.0.27's OneLineFormatter and EclipseLink's console logger.
    `,
  },
];
