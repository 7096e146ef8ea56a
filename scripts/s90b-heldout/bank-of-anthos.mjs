// Blind held-out batch s90b: one Bank of Anthos scenario as a compact spec for the scenario kit (scripts/s2-scenario-kit.mjs).
// System from scripts/kit-systems/bank-of-anthos.mjs (kubernetes-manifests at d0af047); built by scripts/s90b-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, jlog, image } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const incidentTime = '2026-06-02T14:31:00Z';
const T = clock(incidentTime);
const baseEnv = system.workloads.find((w) => w.name === 'transactionhistory').containers[0].env;
const newEnv = baseEnv.map((e) => (e.name === 'CACHE_MINUTES' ? { name: 'CACHE_MINUTES', value: '60m' } : e));
const fail = (min) => [
  jlog(T, min, 'INFO', 'logStarting', 'Starting TransactionHistoryApplication v0.6.10 using Java 17.0.11 with PID 1 (/app/classpath started by ? in /)'),
  jlog(T, min + 0.01, 'INFO', 'logStartupProfileInfo', 'No active profile set, falling back to 1 default profile: "default"'),
  jlog(T, min + 0.08, 'INFO', 'initialize', 'Tomcat initialized with port(s): 8080 (http)'),
  jlog(T, min + 0.12, 'WARN', 'refresh', 'Exception encountered during context initialization - cancelling refresh attempt: org.springframework.beans.factory.UnsatisfiedDependencyException: Error creating bean with name \'transactionHistoryController\' defined in URL [jar:file:/app/classpath/transactionhistory.jar!/anthos/samples/bankofanthos/transactionhistory/TransactionHistoryController.class]: Unsatisfied dependency expressed through constructor parameter 3; nested exception is org.springframework.beans.factory.UnsatisfiedDependencyException: Error creating bean with name \'cache\' defined in class path resource [anthos/samples/bankofanthos/transactionhistory/CacheConfig.class]: Unsatisfied dependency expressed through method \'cache\' parameter 1; nested exception is org.springframework.beans.TypeMismatchException: Failed to convert value of type \'java.lang.String\' to required type \'java.lang.Integer\'; nested exception is java.lang.NumberFormatException: For input string: "60m"'),
  jlog(T, min + 0.12, 'INFO', 'stopInternal', 'Stopping service [Tomcat]'),
  jlog(T, min + 0.13, 'ERROR', 'reportFailure', 'Application run failed'),
  'org.springframework.beans.factory.UnsatisfiedDependencyException: Error creating bean with name \'cache\' defined in class path resource [anthos/samples/bankofanthos/transactionhistory/CacheConfig.class]: Unsatisfied dependency expressed through method \'cache\' parameter 1; nested exception is org.springframework.beans.TypeMismatchException: Failed to convert value of type \'java.lang.String\' to required type \'java.lang.Integer\'; nested exception is java.lang.NumberFormatException: For input string: "60m"',
  '\tat org.springframework.beans.factory.support.ConstructorResolver.createArgumentArray(ConstructorResolver.java:800)',
  '\tat org.springframework.beans.factory.support.ConstructorResolver.instantiateUsingFactoryMethod(ConstructorResolver.java:541)',
  '\tat org.springframework.boot.SpringApplication.run(SpringApplication.java:1306)',
  '\tat anthos.samples.bankofanthos.transactionhistory.TransactionHistoryApplication.main(TransactionHistoryApplication.java:44)',
  'Caused by: org.springframework.beans.TypeMismatchException: Failed to convert value of type \'java.lang.String\' to required type \'java.lang.Integer\'; nested exception is java.lang.NumberFormatException: For input string: "60m"',
  '\tat org.springframework.beans.TypeConverterSupport.convertIfNecessary(TypeConverterSupport.java:79)',
  '\tat org.springframework.beans.factory.support.DefaultListableBeanFactory.doResolveDependency(DefaultListableBeanFactory.java:1339)',
  '\t... 19 common frames omitted',
  'Caused by: java.lang.NumberFormatException: For input string: "60m"',
  '\tat java.base/java.lang.NumberFormatException.forInputString(NumberFormatException.java:67)',
  '\tat java.base/java.lang.Integer.parseInt(Integer.java:668)',
  '\tat java.base/java.lang.Integer.valueOf(Integer.java:989)',
  '\t... 28 common frames omitted',
];

export const scenarios = [
  withDefaults({
    folder: 's90b-history-cache-minutes-with-unit',
    incidentTime,
    description: 'ledger team: transactionhistory deploy from ~14:10 never finished, CD pipeline timed out. app seems ok for users?',
    expected: { component: 'transactionhistory', cause: 'config-error' },
    alsoAcceptable: [
      { component: 'transactionhistory', cause: 'bad-deploy-rollout' },
      { component: 'transactionhistory', cause: 'crash-loop' },
    ],
    difficulty: 'medium',
    traits: ['rollout-regression', 'team-name', 'time-expression', 'partial-name'],
    grounding: `
      Upstream transactionhistory.yaml (d0af047) sets CACHE_MINUTES="60" (with POLL_MS, CACHE_SIZE, HISTORY_LIMIT); the Spring
      Boot service injects it as an Integer when it builds its Caffeine/Guava cache bean, so a value Spring cannot convert
      fails the context at startup (TypeMismatchException / NumberFormatException, "Application run failed", exit 1).
      Deviation (the release): revision 4 changes only CACHE_MINUTES to "60m" (a duration with a unit). The new pod
      crash-loops; with one replica and maxUnavailable 25% (rounds to 0) the old ReplicaSet's pod keeps serving, so users see
      nothing and the Deployment reports ProgressDeadlineExceeded after 600 s. The kit emits no startupProbe (upstream has one
      on /healthy); the container exits before any probe matters.
    `,
    workloads: {
      transactionhistory: {
        rollout: { at: -21, revision: 4, oldReplicas: 1, oldContainers: { transactionhistory: { env: baseEnv } } },
        containers: { transactionhistory: { env: newEnv } },
        pods: [
          {
            containers: {
              transactionhistory: cs.crashLoop({ restarts: 8, exitCode: 1, reason: 'Error', startedAt: T.iso(-3.4), finishedAt: T.iso(-3.2), backoff: '5m0s', container: 'transactionhistory' }),
            },
          },
        ],
        progressing: (rsName) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(-11), lastTransitionTime: T.iso(-11), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rsName}" has timed out progressing.` }),
      },
    },
    events: [
      { on: 'deploy:transactionhistory', reason: 'ScalingReplicaSet', message: 'Scaled up replica set transactionhistory-%NEW% to 1', first: -21, last: -21 },
      { on: 'pod:transactionhistory#0', reason: 'Scheduled', message: 'Successfully assigned bank-of-anthos/%POD% to %NODE%', source: 'default-scheduler', first: -21, last: -21 },
      { on: 'pod:transactionhistory#0', reason: 'Pulled', message: `Container image "${image('transactionhistory')}" already present on machine`, fieldPath: 'spec.containers{transactionhistory}', count: 9, first: -20.9, last: -3.4 },
      { on: 'pod:transactionhistory#0', reason: 'Created', message: 'Created container transactionhistory', fieldPath: 'spec.containers{transactionhistory}', count: 9, first: -20.9, last: -3.4 },
      { on: 'pod:transactionhistory#0', reason: 'Started', message: 'Started container transactionhistory', fieldPath: 'spec.containers{transactionhistory}', count: 9, first: -20.9, last: -3.4 },
      { on: 'pod:transactionhistory#0', reason: 'BackOff', message: 'Back-off restarting failed container transactionhistory in pod %POD%(%PODUID%)', fieldPath: 'spec.containers{transactionhistory}', type: 'Warning', count: 84, first: -20.2, last: -0.4 },
    ],
    logs: {
      'transactionhistory#0/transactionhistory': fail(-3.4),
      'transactionhistory#0/transactionhistory/previous': fail(-8.6),
      'transactionhistory#old0/transactionhistory': [
        jlog(T, -4.2, 'INFO', 'getTransactions', 'Retrieved transactions from cache: 1011'),
        jlog(T, -1.1, 'INFO', 'getTransactions', 'Retrieved transactions from cache: 1033'),
        jlog(T, -0.3, 'INFO', 'getTransactions', 'Retrieved transactions from cache: 1011'),
      ],
      'frontend#0/front': [
        jlog(T, -2.5, 'INFO', 'home', 'Displaying home.'),
        jlog(T, -0.8, 'INFO', 'home', 'Displaying home.'),
      ],
    },
  }),
];
