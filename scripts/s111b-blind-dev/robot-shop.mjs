// Blind dev batch s111b: Stan's Robot Shop scenario spec for the scenario kit (scripts/s2-scenario-kit.mjs).
// A shipping release built without `-parameters` under Spring 6.1 stays Ready but fails every @PathVariable endpoint.
import { clock } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults } from '../kit-systems/robot-shop.mjs';
export { system, defaultPvcs };
const I = '2026-05-13T15:20:00Z';
const T = clock(I);
const sp = (m, lvl, thread, logger, msg) => `${T.isoMs(m).replace('Z', '+00:00')}  ${lvl.padStart(5)} 1 --- [${thread}] ${logger.padEnd(40)} : ${msg}`;
export const scenarios = [
  withDefaults({
    folder: 's111b-shipping-release-parameter-names',
    description: 'robot shop checkout: shipping step errors out for everyone since the 15:05 deploy window, cart + catalogue fine',
    incidentTime: I,
    expected: { component: 'shipping', cause: 'bad-deploy-rollout' },
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'time-expression', 'decoy'],
    grounding: `robot-shop shipping is Spring Boot (robotshop/rs-shipping, readiness GET /health on 8080); web (nginx) proxies
      /api/shipping/ to shipping:8080. Fault follows the Spring Framework 6.1 upgrade note (spring-projects/spring-framework
      wiki "Upgrading to Spring Framework 6.x": LocalVariableTableParameterNameDiscoverer removed, compile with -parameters),
      reported in many issues as "Name for argument of type [...] not specified, and parameter name information not available
      via reflection": the release 2.1.1 (Boot 3.2 rebuild) starts and /health answers, but /calc/{id} and /match/{code}/{text}
      throw IllegalArgumentException -> 500. Deviation: image tag 2.1.1 is invented; rollout old/new differ only by image tag.
      Decoy: an OOMKilled restart of catalogue three days ago.`,
    workloads: {
      shipping: {
        rollout: { at: -15, oldContainers: { shipping: { image: 'robotshop/rs-shipping:2.1.0' } } },
        containers: { shipping: { image: 'robotshop/rs-shipping:2.1.1' } },
      },
      catalogue: {
        pods: [{ containers: { catalogue: { state: { running: { startedAt: T.iso(-60 * 24 * 3) } }, lastState: { terminated: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.1), containerID: '%CID%' } }, ready: true, started: true, restartCount: 1 } } }],
      },
    },
    events: [
      { on: 'deploy:shipping', reason: 'ScalingReplicaSet', message: 'Scaled up replica set shipping-%NEW% to 1', first: -15 },
      { on: 'deploy:shipping', reason: 'ScalingReplicaSet', message: 'Scaled down replica set shipping-%OLD% to 0 from 1', first: -13.5 },
      { on: 'pod:shipping#0', reason: 'Pulled', message: 'Successfully pulled image "robotshop/rs-shipping:2.1.1" in 6.214s (6.214s including waiting). Image size: 201384211 bytes.', first: -14.8 },
      { on: 'pod:shipping#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: Get "http://%PODIP%:8080/health": dial tcp %PODIP%:8080: connect: connection refused', first: -14.6, last: -14.0, count: 7 },
    ],
    logs: {
      'shipping#0/shipping': [
        sp(-14.4, 'INFO', 'main', 'com.instana.robotshop.shipping.Main', 'Starting Main v2.1.1 using Java 17.0.11 with PID 1'),
        sp(-13.9, 'INFO', 'main', 'o.s.b.w.embedded.tomcat.TomcatWebServer', 'Tomcat started on port 8080 (http) with context path \'\''),
        sp(-13.9, 'INFO', 'main', 'com.instana.robotshop.shipping.Main', 'Started Main in 31.482 seconds (process running for 33.101)'),
        sp(-11.2, 'ERROR', 'http-nio-8080-exec-3', 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: java.lang.IllegalArgumentException: Name for argument of type [long] not specified, and parameter name information not available via reflection. Ensure that the compiler uses the \'-parameters\' flag.] with root cause'),
        '',
        'java.lang.IllegalArgumentException: Name for argument of type [long] not specified, and parameter name information not available via reflection. Ensure that the compiler uses the \'-parameters\' flag.',
        '\tat org.springframework.web.method.annotation.AbstractNamedValueMethodArgumentResolver.updateNamedValueInfo(AbstractNamedValueMethodArgumentResolver.java:186)',
        '\tat org.springframework.web.method.annotation.AbstractNamedValueMethodArgumentResolver.getNamedValueInfo(AbstractNamedValueMethodArgumentResolver.java:163)',
        '\tat org.springframework.web.method.support.InvocableHandlerMethod.getMethodArgumentValues(InvocableHandlerMethod.java:224)',
        '\tat com.instana.robotshop.shipping.Controller.caclc(Controller.java)',
        sp(-4.1, 'ERROR', 'http-nio-8080-exec-8', 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: java.lang.IllegalArgumentException: Name for argument of type [java.lang.String] not specified, and parameter name information not available via reflection. Ensure that the compiler uses the \'-parameters\' flag.] with root cause'),
      ],
      'web#0/web': [
        `10.1.2.48 - - [${'13/May/2026:15:09:02 +0000'}] "GET /api/shipping/calc/1253 HTTP/1.1" 500 118 "http://shop.example.com/" "Mozilla/5.0"`,
        `10.1.2.48 - - [13/May/2026:15:09:05 +0000] "GET /api/cart/cart/4e1b7a HTTP/1.1" 200 412 "http://shop.example.com/" "Mozilla/5.0"`,
        `10.1.1.77 - - [13/May/2026:15:15:51 +0000] "GET /api/shipping/match/GB/lond HTTP/1.1" 500 118 "http://shop.example.com/" "Mozilla/5.0"`,
        `10.1.1.77 - - [13/May/2026:15:15:58 +0000] "GET /api/catalogue/products HTTP/1.1" 200 3091 "http://shop.example.com/" "Mozilla/5.0"`,
      ],
    },
  }),
];
