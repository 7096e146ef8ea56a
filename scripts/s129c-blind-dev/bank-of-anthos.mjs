// Batch s129c (blind dev): Bank of Anthos. System from scripts/kit-systems/bank-of-anthos.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, withDefaults, jlog } from '../kit-systems/bank-of-anthos.mjs';

export const system = base;
const I = '2026-05-13T09:42:00Z';
const T = clock(I);
const lw = (min, lvl, cls, msg) => `${T.java(min)} ${lvl} [main] ${cls}: ${msg}`;
const lockRun = (at) => [
  lw(at, 'INFO', 'anthos.samples.bankofanthos.ledgerwriter.LedgerWriterApplication', 'Starting LedgerWriterApplication using Java 17.0.10 with PID 1'),
  lw(at + 0.2, 'INFO', 'com.zaxxer.hikari.HikariDataSource', 'HikariPool-1 - Start completed.'),
  lw(at + 0.25, 'INFO', 'liquibase.lockservice', 'Waiting for changelog lock....'),
  lw(at + 1.25, 'INFO', 'liquibase.lockservice', 'Waiting for changelog lock....'),
  lw(at + 2.25, 'INFO', 'liquibase.lockservice', 'Waiting for changelog lock....'),
  lw(at + 3.25, 'INFO', 'liquibase.lockservice', 'Waiting for changelog lock....'),
  lw(at + 4.25, 'INFO', 'liquibase.lockservice', 'Waiting for changelog lock....'),
  lw(at + 5.26, 'WARN', 'org.springframework.context.annotation.AnnotationConfigApplicationContext', "Exception encountered during context initialization - cancelling refresh attempt: org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'liquibase': Invocation of init method failed; nested exception is liquibase.exception.LockException: Could not acquire change log lock.  Currently locked by ledgerwriter-6f8d9c7b54-q2x7r (10.20.1.37) since 5/13/26, 9:04 AM"),
  lw(at + 5.27, 'ERROR', 'org.springframework.boot.SpringApplication', 'Application run failed'),
  "org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'liquibase' defined in class path resource [org/springframework/boot/autoconfigure/liquibase/LiquibaseAutoConfiguration$LiquibaseConfiguration.class]: Invocation of init method failed; nested exception is liquibase.exception.LockException: Could not acquire change log lock.  Currently locked by ledgerwriter-6f8d9c7b54-q2x7r (10.20.1.37) since 5/13/26, 9:04 AM",
  '\tat org.springframework.beans.factory.support.AbstractAutowireCapableBeanFactory.initializeBean(AbstractAutowireCapableBeanFactory.java:1804)',
  '\tat org.springframework.boot.SpringApplication.run(SpringApplication.java:303)',
  '\tat anthos.samples.bankofanthos.ledgerwriter.LedgerWriterApplication.main(LedgerWriterApplication.java:44)',
  'Caused by: liquibase.exception.LockException: Could not acquire change log lock.  Currently locked by ledgerwriter-6f8d9c7b54-q2x7r (10.20.1.37) since 5/13/26, 9:04 AM',
  '\tat liquibase.lockservice.StandardLockService.waitForLock(StandardLockService.java:270)',
  '\tat liquibase.Liquibase.lambda$update$1(Liquibase.java:214)',
  '\tat liquibase.integration.spring.SpringLiquibase.performUpdate(SpringLiquibase.java:300)',
  '\tat liquibase.integration.spring.SpringLiquibase.afterPropertiesSet(SpringLiquibase.java:266)',
  '\t... 17 common frames omitted',
];

export const scenarios = [
  withDefaults({
    folder: 's129c-ledgerwriter-liquibase-stale-lock',
    description: 'deposits + transfers erroring in the bank app since about 9:05, ledger team pls look. balances still show fine',
    incidentTime: I,
    expected: { component: 'ledgerwriter', cause: 'crash-loop' },
    difficulty: 'hard',
    traits: ['louder-dependents', 'team-name', 'time-expression', 'decoy'],
    workloads: {
      ledgerwriter: {
        since: -37,
        pods: [{ created: T.iso(-37), containers: { ledgerwriter: cs.crashLoop({ restarts: 4, exitCode: 1, startedAt: T.iso(-7.6), finishedAt: T.iso(-2.3), container: 'ledgerwriter' }) } }],
        unavailableSince: -37,
      },
      balancereader: {
        pods: [{ containers: { balancereader: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3) } }) } }],
      },
    },
    events: [
      { on: 'pod:ledgerwriter#0', reason: 'Scheduled', message: 'Successfully assigned bank-of-anthos/%POD% to %NODE%', source: 'default-scheduler', first: -37 },
      { on: 'rs:ledgerwriter', reason: 'SuccessfulCreate', message: 'Created pod: ledgerwriter-%RS%', first: -37 },
      { on: 'pod:ledgerwriter#0', reason: 'Started', message: 'Started container ledgerwriter', fieldPath: 'spec.containers{ledgerwriter}', first: -36.5, last: -7.6, count: 5 },
      { on: 'pod:ledgerwriter#0', reason: 'Unhealthy', message: 'Readiness probe failed: Get "http://%PODIP%:8080/ready": dial tcp %PODIP%:8080: connect: connection refused', type: 'Warning', fieldPath: 'spec.containers{ledgerwriter}', first: -35.5, last: -2.4, count: 301 },
      { on: 'pod:ledgerwriter#0', reason: 'BackOff', message: 'Back-off restarting failed container ledgerwriter in pod %POD%_bank-of-anthos(%PODUID%)', type: 'Warning', fieldPath: 'spec.containers{ledgerwriter}', first: -25, last: -0.5, count: 22 },
    ],
    logs: {
      'ledgerwriter#0/ledgerwriter/previous': lockRun(-7.6),
      'ledgerwriter#0/ledgerwriter': [],
      'frontend#0/front': [
        `${T.java(-20).replace(' ', 'T').slice(0, 19)} | ERROR | frontend | deposit | Error submitting deposit: HTTPConnectionPool(host='ledgerwriter', port=8080): Max retries exceeded with url: /transactions (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3a1c2b9d50>: Failed to establish a new connection: [Errno 111] Connection refused'))`,
        `${T.java(-11).replace(' ', 'T').slice(0, 19)} | ERROR | frontend | payment | Error submitting payment: HTTPConnectionPool(host='ledgerwriter', port=8080): Max retries exceeded with url: /transactions (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3a1c2a8f10>: Failed to establish a new connection: [Errno 111] Connection refused'))`,
        `${T.java(-3).replace(' ', 'T').slice(0, 19)} | INFO | frontend | home | Displaying home.`,
      ],
      'balancereader#0/balancereader': [jlog(T, -4, 'INFO', 'getBalance', 'Balance for account 1011226111 retrieved.')],
    },
    grounding: `
      Bank of Anthos ledgerwriter (Spring Boot, SPRING_DATASOURCE_URL to ledger-db) as in scripts/kit-systems/bank-of-anthos.mjs.
      Fault: the team's fork runs Liquibase at startup (spring-boot-starter liquibase); at 09:04 the previous pod was killed
      mid-migration when cluster-autoscaler removed its node, leaving DATABASECHANGELOGLOCK locked. Every new start waits 5
      minutes for the lock, throws liquibase.exception.LockException "Could not acquire change log lock. Currently locked by ..."
      and Spring Boot exits 1 (a widely reported Liquibase-on-Kubernetes crash loop, fixed by releaseLocks). frontend logs
      connection refused on /transactions; balancereader keeps serving. Decoy: a balancereader OOMKill 3 days ago.
      Deviations: upstream ledgerwriter has no Liquibase; pod name/IP of the lock holder are invented.
    `,
  }),
];
