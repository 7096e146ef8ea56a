// Blind dev batch s113c: Stan's Robot Shop scenario spec for the scenario kit (scripts/s2-scenario-kit.mjs).
// shipping given SPRING_JPA_HIBERNATE_DDL_AUTO=create: Hibernate drops and re-creates the cities/codes tables empty.
import { clock } from '../s2-scenario-kit.mjs';
import { system, withDefaults, defaultPvcs, pino } from '../kit-systems/robot-shop.mjs';
export { system, defaultPvcs };

const I = '2026-06-11T10:41:00Z';
const T = clock(I);
const at = -23;
const sb = (min, level, thread, logger, msg) => `${T.java(min)}  ${level.padStart(5)} 1 --- [${thread.padStart(15)}] ${logger.padEnd(40).slice(0, 40)} : ${msg}`;

export const scenarios = [
  withDefaults({
    folder: 's113c-shipping-ddl-auto-create',
    description: 'checkout: country list on the shipping step is empty since ~10:20, nobody can get a shipping quote. cart and login still work',
    incidentTime: I,
    expected: { component: 'shipping', cause: 'config-error' },
    alsoAcceptable: [{ component: 'shipping', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'callers-only', 'time-expression', 'decoy'],
    grounding: `
      Manifest facts: shipping (Spring Boot 2, Hibernate, robotshop/rs-shipping) reads the cities and codes tables of
      MySQL (DB_HOST=mysql) that the rs-mysql-db image loads at first start; web's /api/shipping/codes and
      /api/shipping/match/<code>/<text> feed the checkout country and city pickers.
      Fault: a tuning change (env on the Deployment, new ReplicaSet) added SPRING_JPA_HIBERNATE_DDL_AUTO=create, which
      Spring Boot relaxed binding maps to spring.jpa.hibernate.ddl-auto; on start Hibernate's schema export dropped and
      re-created cities and codes (logging the usual "Error executing DDL ... via JDBC Statement" warnings for the
      foreign keys it cannot drop), leaving them empty. Nothing restarts, shipping stays Ready; /codes answers [] and
      /calc answers 404 "city not found"; the only loud lines are web's 404 access log lines. Spring Boot docs
      (ddl-auto create drops and re-creates the schema) and many Stack Overflow reports of data lost to ddl-auto=create.
      Decoys: mysql restarted (OOMKilled) four days ago and is fine now; a rabbitmq management-plugin warning.
      Deviation from upstream: the env var on shipping.
    `,
    workloads: {
      shipping: {
        rollout: { at, revision: 3, oldContainers: { shipping: { env: undefined } } },
        containers: { shipping: { env: [{ name: 'SPRING_JPA_HIBERNATE_DDL_AUTO', value: 'create' }] } },
      },
      mysql: {
        pods: [{ containers: { mysql: { state: { running: { startedAt: T.iso(-60 * 24 * 4 + 0.2) } }, lastState: { terminated: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 4), containerID: '%CID%' } }, ready: true, started: true, restartCount: 1 } } }],
      },
    },
    events: [
      { on: 'deploy:shipping', reason: 'ScalingReplicaSet', message: 'Scaled up replica set shipping-%NEW% to 1', first: at, last: at },
      { on: 'pod:shipping#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned robot-shop/%POD% to %NODE%', first: at + 0.5 },
      { on: 'pod:shipping#0', reason: 'Pulled', fieldPath: 'spec.containers{shipping}', message: 'Container image "robotshop/rs-shipping:2.1.0" already present on machine', first: at + 0.5 },
      { on: 'pod:shipping#0', reason: 'Created', fieldPath: 'spec.containers{shipping}', message: 'Created container shipping', first: at + 0.5 },
      { on: 'pod:shipping#0', reason: 'Started', fieldPath: 'spec.containers{shipping}', message: 'Started container shipping', first: at + 0.5 },
      { on: 'pod:shipping#0', reason: 'Unhealthy', type: 'Warning', fieldPath: 'spec.containers{shipping}', message: 'Readiness probe failed: Get "http://%PODIP%:8080/health": dial tcp %PODIP%:8080: connect: connection refused', first: at + 0.6, last: at + 1.2, count: 7 },
      { on: 'deploy:shipping', reason: 'ScalingReplicaSet', message: 'Scaled down replica set shipping-%OLD% to 0 from 1', first: at + 1.4, last: at + 1.4 },
    ],
    logs: {
      'shipping#0/shipping': [
        sb(at + 0.6, 'INFO', 'main', 'c.i.r.shipping.ShippingServiceApplication', 'Starting ShippingServiceApplication v1.0 on %POD% with PID 1 (/opt/shipping/shipping.jar started by root in /opt/shipping)'),
        sb(at + 0.8, 'INFO', 'main', 'com.zaxxer.hikari.HikariDataSource', 'HikariPool-1 - Starting...'),
        sb(at + 0.8, 'INFO', 'main', 'com.zaxxer.hikari.HikariDataSource', 'HikariPool-1 - Start completed.'),
        sb(at + 0.9, 'INFO', 'main', 'org.hibernate.dialect.Dialect', 'HHH000400: Using dialect: org.hibernate.dialect.MySQL5Dialect'),
        sb(at + 0.9, 'WARN', 'main', 'o.h.t.s.i.ExceptionHandlerLoggedImpl', 'GenerationTarget encountered exception accepting command : Error executing DDL "alter table codes drop foreign key FKq0b7x2qk7f3r3p2b0l9u5yq1s" via JDBC Statement'),
        sb(at + 1.0, 'INFO', 'main', 'o.h.e.t.j.p.i.JtaPlatformInitiator', 'HHH000490: Using JtaPlatform implementation: [org.hibernate.engine.transaction.jta.platform.internal.NoJtaPlatform]'),
        sb(at + 1.0, 'INFO', 'main', 'j.LocalContainerEntityManagerFactoryBean', "Initialized JPA EntityManagerFactory for persistence unit 'default'"),
        sb(at + 1.2, 'INFO', 'main', 'o.s.b.w.embedded.tomcat.TomcatWebServer', "Tomcat started on port(s): 8080 (http) with context path ''"),
        sb(at + 1.2, 'INFO', 'main', 'c.i.r.shipping.ShippingServiceApplication', 'Started ShippingServiceApplication in 38.12 seconds (JVM running for 40.9)'),
        sb(-19.4, 'INFO', 'http-nio-8080-exec-3', 'c.i.r.shipping.Controller', 'Request for codes returned 0 results'),
        sb(-11.8, 'INFO', 'http-nio-8080-exec-7', 'c.i.r.shipping.Controller', 'Request for codes returned 0 results'),
        sb(-2.6, 'INFO', 'http-nio-8080-exec-2', 'c.i.r.shipping.Controller', 'Request for codes returned 0 results'),
      ],
      'web#0/web': [
        `10.1.1.84 - - [${T.java(-19.4).slice(0, 19)} +0000] "GET /api/shipping/codes HTTP/1.1" 200 2 "http://shop.example/" "Mozilla/5.0"`,
        `10.1.1.84 - - [${T.java(-19.3).slice(0, 19)} +0000] "GET /api/shipping/calc/4096 HTTP/1.1" 404 113 "http://shop.example/" "Mozilla/5.0"`,
        `10.1.2.137 - - [${T.java(-11.8).slice(0, 19)} +0000] "GET /api/shipping/codes HTTP/1.1" 200 2 "http://shop.example/" "Mozilla/5.0"`,
        `10.1.2.137 - - [${T.java(-11.6).slice(0, 19)} +0000] "GET /api/cart/cart/anonymous-4f1c HTTP/1.1" 200 312 "http://shop.example/" "Mozilla/5.0"`,
        `10.1.3.206 - - [${T.java(-2.6).slice(0, 19)} +0000] "GET /api/shipping/codes HTTP/1.1" 200 2 "http://shop.example/" "Mozilla/5.0"`,
      ],
      'cart#0/cart': [
        pino(T, -11.6, 'info', '%POD%', 'request completed', '"req":{"id":41,"method":"GET","url":"/cart/anonymous-4f1c"},"res":{"statusCode":200},"responseTime":3,'),
      ],
      'rabbitmq#0/rabbitmq': [
        `${T.java(-60 * 30)} [warning] <0.712.0> HTTP access denied: user 'guest' - invalid credentials`,
      ],
    },
  }),
];
