// Blind dev batch s65b, Bank of Anthos: the kit system (scripts/kit-systems/bank-of-anthos.mjs) and one scenario, a
// balancereader build compiled without -parameters on Spring Framework 6.1+, Ready but failing every GET /balances/{accountId}.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, withDefaults, jlog, image } from '../kit-systems/bank-of-anthos.mjs';

export const system = base;

const INC = '2026-08-21T14:25:00Z';
const T = clock(INC);
const ROLL = -21;
const NEWTAG = 'v0.6.10-ledger.7';
const NEWIMG = `us-central1-docker.pkg.dev/boa-prod/ledger/balancereader:${NEWTAG}@sha256:5c1e0a9f3b7d24e86f0c1a2b9d4e7f3061c58b2a9e0d7f4c3b1a6e8d2f9c0b4a`;
const br = base.workloads.find((w) => w.name === 'balancereader').containers[0];
const envWith = (version) => br.env.map((e) => (e.name === 'VERSION' ? { name: 'VERSION', value: version } : e));

const ACCTS = ['1011226111', '1033623433', '1055757655', '1077441377', '1099836999'];
const MSG = "Name for argument of type [java.lang.String] not specified, and parameter name information not available via reflection. Ensure that the compiler uses the '-parameters' flag.";
const stack = [
  `java.lang.IllegalArgumentException: ${MSG}`,
  '\tat org.springframework.web.method.annotation.AbstractNamedValueMethodArgumentResolver.updateNamedValueInfo(AbstractNamedValueMethodArgumentResolver.java:186)',
  '\tat org.springframework.web.method.annotation.AbstractNamedValueMethodArgumentResolver.getNamedValueInfo(AbstractNamedValueMethodArgumentResolver.java:163)',
  '\tat org.springframework.web.method.annotation.AbstractNamedValueMethodArgumentResolver.resolveArgument(AbstractNamedValueMethodArgumentResolver.java:108)',
  '\tat org.springframework.web.method.support.HandlerMethodArgumentResolverComposite.resolveArgument(HandlerMethodArgumentResolverComposite.java:122)',
  '\tat org.springframework.web.method.support.InvocableHandlerMethod.getMethodArgumentValues(InvocableHandlerMethod.java:227)',
  '\tat org.springframework.web.method.support.InvocableHandlerMethod.invokeForRequest(InvocableHandlerMethod.java:181)',
  '\tat org.springframework.web.servlet.mvc.method.annotation.ServletInvocableHandlerMethod.invokeAndHandle(ServletInvocableHandlerMethod.java:118)',
  '\tat org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter.invokeHandlerMethod(RequestMappingHandlerAdapter.java:986)',
  '\tat org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter.handleInternal(RequestMappingHandlerAdapter.java:891)',
  '\tat org.springframework.web.servlet.mvc.method.AbstractHandlerMethodAdapter.handle(AbstractHandlerMethodAdapter.java:87)',
  '\tat org.springframework.web.servlet.DispatcherServlet.doDispatch(DispatcherServlet.java:1089)',
  '\tat org.springframework.web.servlet.DispatcherServlet.doService(DispatcherServlet.java:979)',
  '\tat org.springframework.web.servlet.FrameworkServlet.processRequest(FrameworkServlet.java:1014)',
  '\tat org.springframework.web.servlet.FrameworkServlet.doGet(FrameworkServlet.java:903)',
  '\tat jakarta.servlet.http.HttpServlet.service(HttpServlet.java:564)',
  '\tat org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:885)',
  '\tat jakarta.servlet.http.HttpServlet.service(HttpServlet.java:658)',
  '\tat org.apache.catalina.core.ApplicationFilterChain.internalDoFilter(ApplicationFilterChain.java:195)',
  '\tat org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:140)',
  '\tat org.apache.tomcat.websocket.server.WsFilter.doFilter(WsFilter.java:51)',
  '\tat org.apache.catalina.core.StandardWrapperValve.invoke(StandardWrapperValve.java:167)',
  '\tat org.apache.catalina.core.StandardContextValve.invoke(StandardContextValve.java:90)',
  '\tat org.apache.catalina.core.StandardHostValve.invoke(StandardHostValve.java:115)',
  '\tat org.apache.catalina.core.StandardEngineValve.invoke(StandardEngineValve.java:74)',
  '\tat org.apache.coyote.http11.Http11Processor.service(Http11Processor.java:391)',
  '\tat org.apache.tomcat.util.net.NioEndpoint$SocketProcessor.doRun(NioEndpoint.java:1744)',
  '\tat java.base/java.lang.Thread.run(Unknown Source)',
];

function balancereaderLogs() {
  const s = ROLL + 0.75;
  const out = [
    jlog(T, s + 0.25, 'INFO', 'start', "Tomcat started on port 8080 (http) with context path '/'"),
    jlog(T, s + 0.26, 'INFO', 'logStarted', 'Started BalanceReaderApplication in 24.918 seconds (process running for 27.31)'),
  ];
  let k = 0;
  for (let m = s + 1.3; m < -0.1; m += 0.37) {
    k++;
    out.push(jlog(T, m, 'ERROR', 'invoke', `Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: java.lang.IllegalArgumentException: ${MSG}] with root cause`));
    out.push(...stack);
  }
  void k;
  return out;
}

function ledgerwriterLogs() {
  const out = [jlog(T, -60 * 24 * 9 + 1.2, 'INFO', 'logStarted', 'Started LedgerWriterApplication in 26.771 seconds (process running for 29.142)')];
  let k = 0;
  for (let m = -50; m < -0.2; m += 1.9) {
    k++;
    const deposit = k % 4 === 0;
    if (m < ROLL + 1.8 || deposit) out.push(jlog(T, m, 'INFO', 'addTransaction', 'Submitted transaction successfully'));
    else out.push(jlog(T, m, 'ERROR', 'addTransaction', 'Failed to retrieve account balance'));
  }
  return out;
}

function frontendLogs() {
  const out = [];
  let k = 0;
  for (let m = -50.01; m < -0.2; m += 1.9) {
    k++;
    const deposit = k % 4 === 0;
    if (deposit) out.push(jlog(T, m, 'INFO', 'deposit', 'Deposit submitted successfully.'));
    else if (m < ROLL + 1.8) out.push(jlog(T, m, 'INFO', 'payment', 'Payment initiated successfully.'));
    else out.push(jlog(T, m, 'ERROR', 'payment', `Error submitting payment: 500 Internal Server Error: "{"timestamp":"${T.isoMs(m).replace('Z', '+00:00')}","status":500,"error":"Internal Server Error","path":"/balances/${ACCTS[k % ACCTS.length]}"}"`));
    if (k % 3 === 0) out.push(jlog(T, m + 0.5, 'INFO', 'login', 'Successfully logged in.'));
  }
  return out;
}

export const scenarios = [
  withDefaults({
    folder: 's65b-balancereader-build-without-parameters-flag',
    description: 'home page balance shows as error for everyone + transfers fail since ~14:05. deposits still go thru, history loads',
    incidentTime: INC,
    expected: { component: 'balancereader', cause: 'bad-deploy-rollout' },
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'decoy', 'time-expression'],
    grounding: `
      Manifest and code facts (bank-of-anthos kubernetes-manifests and src at d0af047): balancereader serves
      GET /balances/{accountId} with "@PathVariable String accountId" (no explicit name), readiness /ready and liveness
      /healthy take no arguments; ledgerwriter calls balancereader (BALANCES_API_ADDR) before accepting a transfer from a
      local account and answers 500 with the RestTemplate HttpServerErrorException message when that fails, logging
      "Failed to retrieve account balance"; a deposit (fromRoutingNum external) skips the balance check; the frontend's
      home page gets the balance through ApiCall, which logs nothing for an HTTP 500 (only for a RequestException), and
      logs "Error submitting payment: <ledgerwriter response>" for a failed transfer.
      Fault: the ledger team's fork moved balancereader's build from spring-boot-starter-parent (which compiles with
      -parameters) to the company's shared parent POM; with Spring Framework 6.1+ (LocalVariableTableParameterNameDiscoverer
      removed, see the Spring Framework 6.1 upgrade notes and the many "Ensure that the compiler uses the '-parameters'
      flag" reports after Spring Boot 3.2) every request to /balances/{accountId} fails argument resolution with
      IllegalArgumentException, logged by Tomcat as "Servlet.service() ... threw exception ... with root cause". The
      release (image ${NEWTAG} in the team registry, VERSION env to match - the only differences between the ReplicaSets
      of revision 3 and 4) rolled out at 14:04, the new pod is Running and Ready (both probes answer), restartCount 0.
      Louder callers: ledgerwriter's "Failed to retrieve account balance" and the frontend's "Error submitting payment:
      500 Internal Server Error" on every transfer; deposits and transaction history keep working.
      Decoy: transactionhistory was OOMKilled 3 days ago (512Mi limit) and has run since.
      Deviations: the fork, its registry and the tag are invented; everything else as upstream.`,
    workloads: {
      balancereader: {
        containers: { balancereader: { image: NEWIMG, env: envWith(NEWTAG) } },
        pods: [{ readyTransition: T.iso(ROLL + 1.75) }],
        rollout: { at: ROLL, revision: 4, oldContainers: { balancereader: { image: image('balancereader'), env: envWith('v0.6.10') } } },
      },
      transactionhistory: {
        pods: [{
          containers: {
            transactionhistory: cs.restartedRunning({
              restarts: 1,
              startedAt: T.iso(-60 * 24 * 3 + 0.2),
              last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3) },
            }),
          },
        }],
      },
    },
    events: [
      { on: 'deploy:balancereader', reason: 'ScalingReplicaSet', message: 'Scaled up replica set balancereader-%NEW% to 1', first: ROLL, last: ROLL },
      { on: 'pod:balancereader#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned bank-of-anthos/%POD% to %NODE%', first: ROLL + 0.5, last: ROLL + 0.5 },
      { on: 'pod:balancereader#0', reason: 'Pulling', fieldPath: 'spec.containers{balancereader}', message: `Pulling image "${NEWIMG}"`, first: ROLL + 0.52, last: ROLL + 0.52 },
      { on: 'pod:balancereader#0', reason: 'Pulled', fieldPath: 'spec.containers{balancereader}', message: `Successfully pulled image "${NEWIMG}" in 14.807s (14.807s including waiting). Image size: 201774512 bytes.`, first: ROLL + 0.77, last: ROLL + 0.77 },
      { on: 'pod:balancereader#0', reason: 'Created', fieldPath: 'spec.containers{balancereader}', message: 'Created container balancereader', first: ROLL + 0.79, last: ROLL + 0.79 },
      { on: 'pod:balancereader#0', reason: 'Started', fieldPath: 'spec.containers{balancereader}', message: 'Started container balancereader', first: ROLL + 0.8, last: ROLL + 0.8 },
      { on: 'deploy:balancereader', reason: 'ScalingReplicaSet', message: 'Scaled down replica set balancereader-%OLD% to 0 from 1', first: ROLL + 1.8, last: ROLL + 1.8 },
    ],
    logs: {
      'balancereader#0/balancereader': balancereaderLogs(),
      'ledgerwriter#0/ledgerwriter': ledgerwriterLogs(),
      'frontend#0/front': frontendLogs(),
    },
  }),
];
