// Batch s129c (blind dev): Robot Shop. System from scripts/kit-systems/robot-shop.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, withDefaults, defaultPvcs as pv } from '../kit-systems/robot-shop.mjs';

export const system = base;
export const defaultPvcs = pv;

const I1 = '2026-05-12T14:31:00Z';
const T1 = clock(I1);
const shipLog = (min, lvl, cls, msg) => `${T1.java(min)}  ${lvl.padStart(5)} 1 --- [           main] ${cls.padEnd(40)} : ${msg}`;
const crashRun = (at) => [
  '',
  '  .   ____          _            __ _ _',
  ' /\\\\ / ___\'_ __ _ _(_)_ __  __ _ \\ \\ \\ \\',
  '( ( )\\___ | \'_ | \'_| | \'_ \\/ _` | \\ \\ \\ \\',
  ' \\\\/  ___)| |_)| | | | | || (_| |  ) ) ) )',
  '  \'  |____| .__|_| |_|_| |_\\__, | / / / /',
  ' =========|_|==============|___/=/_/_/_/',
  ' :: Spring Boot ::        (v2.7.18)',
  '',
  shipLog(at, 'INFO', 'com.instana.robotshop.shipping.Main', 'Starting Main v2.1.1 using Java 17.0.11 with PID 1 (/opt/shipping/shipping.jar started by root in /opt/shipping)'),
  shipLog(at + 0.05, 'INFO', 'o.s.b.w.embedded.tomcat.TomcatWebServer', 'Tomcat initialized with port(s): 8080 (http)'),
  shipLog(at + 0.08, 'INFO', 'com.zaxxer.hikari.HikariDataSource', 'HikariPool-1 - Starting...'),
  shipLog(at + 0.09, 'INFO', 'com.zaxxer.hikari.HikariDataSource', 'HikariPool-1 - Start completed.'),
  shipLog(at + 0.1, 'INFO', 'org.hibernate.dialect.Dialect', 'HHH000400: Using dialect: org.hibernate.dialect.MySQL57Dialect'),
  shipLog(at + 0.14, 'ERROR', 'j.LocalContainerEntityManagerFactoryBean', 'Failed to initialize JPA EntityManagerFactory: [PersistenceUnit: default] Unable to build Hibernate SessionFactory; nested exception is org.hibernate.tool.schema.spi.SchemaManagementException: Schema-validation: missing column [postcode_prefix] in table [cities]'),
  shipLog(at + 0.15, 'WARN', 'ConfigServletWebServerApplicationContext', "Exception encountered during context initialization - cancelling refresh attempt: org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'entityManagerFactory' defined in class path resource [org/springframework/boot/autoconfigure/orm/jpa/HibernateJpaConfiguration.class]: Invocation of init method failed; nested exception is javax.persistence.PersistenceException: [PersistenceUnit: default] Unable to build Hibernate SessionFactory; nested exception is org.hibernate.tool.schema.spi.SchemaManagementException: Schema-validation: missing column [postcode_prefix] in table [cities]"),
  shipLog(at + 0.16, 'INFO', 'com.zaxxer.hikari.HikariDataSource', 'HikariPool-1 - Shutdown initiated...'),
  shipLog(at + 0.16, 'INFO', 'com.zaxxer.hikari.HikariDataSource', 'HikariPool-1 - Shutdown completed.'),
  shipLog(at + 0.17, 'INFO', 'o.apache.catalina.core.StandardService', 'Stopping service [Tomcat]'),
  shipLog(at + 0.18, 'ERROR', 'o.s.boot.SpringApplication', 'Application run failed'),
  '',
  "org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'entityManagerFactory' defined in class path resource [org/springframework/boot/autoconfigure/orm/jpa/HibernateJpaConfiguration.class]: Invocation of init method failed; nested exception is javax.persistence.PersistenceException: [PersistenceUnit: default] Unable to build Hibernate SessionFactory; nested exception is org.hibernate.tool.schema.spi.SchemaManagementException: Schema-validation: missing column [postcode_prefix] in table [cities]",
  '\tat org.springframework.beans.factory.support.AbstractAutowireCapableBeanFactory.initializeBean(AbstractAutowireCapableBeanFactory.java:1804)',
  '\tat org.springframework.beans.factory.support.AbstractAutowireCapableBeanFactory.doCreateBean(AbstractAutowireCapableBeanFactory.java:620)',
  '\tat org.springframework.context.support.AbstractApplicationContext.refresh(AbstractApplicationContext.java:583)',
  '\tat org.springframework.boot.SpringApplication.run(SpringApplication.java:303)',
  '\tat com.instana.robotshop.shipping.Main.main(Main.java:13)',
  'Caused by: org.hibernate.tool.schema.spi.SchemaManagementException: Schema-validation: missing column [postcode_prefix] in table [cities]',
  '\tat org.hibernate.tool.schema.internal.AbstractSchemaValidator.validateTable(AbstractSchemaValidator.java:136)',
  '\tat org.hibernate.tool.schema.internal.GroupedSchemaValidatorImpl.validateTables(GroupedSchemaValidatorImpl.java:42)',
  '\tat org.hibernate.tool.schema.internal.AbstractSchemaValidator.performValidation(AbstractSchemaValidator.java:89)',
  '\tat org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator.performDatabaseAction(SchemaManagementToolCoordinator.java:191)',
  '\tat org.hibernate.internal.SessionFactoryImpl.<init>(SessionFactoryImpl.java:335)',
  '\t... 16 common frames omitted',
];

export const scenarios = [
  withDefaults({
    folder: 's129c-shipping-schema-validation-crashloop',
    description: 'shipping rollout stuck since ~14:15, new shiping pod keeps restarting. checkout still mostly works?? pls check before I roll back',
    incidentTime: I1,
    expected: { component: 'shipping', cause: 'crash-loop' },
    alsoAcceptable: [{ component: 'shipping', cause: 'bad-deploy-rollout' }],
    difficulty: 'medium',
    traits: ['rollout-regression', 'typo', 'time-expression', 'decoy'],
    workloads: {
      shipping: {
        rollout: { at: -16, revision: 6, oldReplicas: 1, oldContainers: { shipping: { image: 'robotshop/rs-shipping:2.1.0' } } },
        containers: { shipping: { image: 'robotshop/rs-shipping:2.1.1' } },
        rsReplicas: 1,
        pods: [{ containers: { shipping: cs.crashLoop({ restarts: 6, exitCode: 1, startedAt: T1.iso(-3.2), finishedAt: T1.iso(-2.9), container: 'shipping' }) } }],
        progressing: (rs) => ({ type: 'Progressing', status: 'True', lastUpdateTime: T1.iso(-15.5), lastTransitionTime: T1.iso(-15.5), reason: 'ReplicaSetUpdated', message: `ReplicaSet "${rs}" is progressing.` }),
      },
      mysql: {
        pods: [{ containers: { mysql: cs.restartedRunning({ restarts: 1, startedAt: T1.iso(-60 * 24 * 4), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T1.iso(-60 * 24 * 9), finishedAt: T1.iso(-60 * 24 * 4) } }) } }],
      },
      catalogue: { rollout: { at: -60 * 5, revision: 5, oldReplicas: 0, oldContainers: { catalogue: { image: 'robotshop/rs-catalogue:2.1.0' } } }, containers: { catalogue: { image: 'robotshop/rs-catalogue:2.1.0-p1' } } },
    },
    events: [
      { on: 'deploy:shipping', reason: 'ScalingReplicaSet', message: 'Scaled up replica set shipping-%NEW% to 1', first: -16 },
      { on: 'pod:shipping#0', reason: 'Scheduled', message: 'Successfully assigned robot-shop/%POD% to %NODE%', source: 'default-scheduler', first: -15.5 },
      { on: 'pod:shipping#0', reason: 'Pulled', message: 'Container image "robotshop/rs-shipping:2.1.1" already present on machine', fieldPath: 'spec.containers{shipping}', first: -15, last: -3.2, count: 7 },
      { on: 'pod:shipping#0', reason: 'Created', message: 'Created container shipping', fieldPath: 'spec.containers{shipping}', first: -15, last: -3.2, count: 7 },
      { on: 'pod:shipping#0', reason: 'Started', message: 'Started container shipping', fieldPath: 'spec.containers{shipping}', first: -15, last: -3.2, count: 7 },
      { on: 'pod:shipping#0', reason: 'Unhealthy', message: 'Readiness probe failed: Get "http://%PODIP%:8080/health": dial tcp %PODIP%:8080: connect: connection refused', type: 'Warning', fieldPath: 'spec.containers{shipping}', first: -14.8, last: -3.1, count: 19 },
      { on: 'pod:shipping#0', reason: 'BackOff', message: 'Back-off restarting failed container shipping in pod %POD%_robot-shop(%PODUID%)', type: 'Warning', fieldPath: 'spec.containers{shipping}', first: -14, last: -0.4, count: 58 },
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled down replica set catalogue-%OLD% to 0 from 1', first: -60 * 5 + 1 },
    ],
    logs: {
      'shipping#0/shipping/previous': crashRun(-3.2),
      'shipping#old0/shipping': [
        shipLog(-60 * 24 * 6 + 0.5, 'INFO', 'com.instana.robotshop.shipping.Main', 'Started Main in 21.904 seconds (JVM running for 23.77)'),
        `${T1.java(-9)}  INFO 1 --- [nio-8080-exec-4] c.i.r.shipping.Controller                : Calc for 4412 - 2`,
        `${T1.java(-6.5)}  INFO 1 --- [nio-8080-exec-7] c.i.r.shipping.Controller                : Calc for 22150 - 1`,
        `${T1.java(-6.4)}  INFO 1 --- [nio-8080-exec-8] c.i.r.shipping.Controller                : shipping confirm {"distance":812,"cost":45.6,"location":"Manchester, GB"}`,
        `${T1.java(-1.8)}  INFO 1 --- [nio-8080-exec-2] c.i.r.shipping.Controller                : Calc for 9821 - 3`,
      ],
    },
    grounding: `
      Robot Shop shipping (instana/robot-shop shipping/, Spring Boot + JPA over the MySQL cities table, DB_HOST mysql) as in
      scripts/kit-systems/robot-shop.mjs. Fault: a release 2.1.1 adds a City field mapped to a column postcode_prefix that the
      schema migration in the mysql image never added; with spring.jpa.hibernate.ddl-auto=validate Hibernate throws
      SchemaManagementException "Schema-validation: missing column" and Spring Boot exits 1 (the well-known failed/missing
      migration crash at startup). RollingUpdate maxSurge 25%/maxUnavailable 25% with 1 replica keeps the old 2.1.0 pod
      serving, so users barely notice; the new ReplicaSet's pod is in CrashLoopBackOff. Decoys: an OOMKill of mysql four days
      ago (restart 1) and a healthy catalogue rollout five hours ago. Deviations: upstream has no 2.1.1 tag, no postcode_prefix
      column, and shipping's Spring Boot version is older; the log banner is illustrative.
    `,
  }),
];
