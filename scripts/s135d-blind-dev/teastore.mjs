// Batch s135d (blind dev): TeaStore no-fault scenario. System from scripts/kit-systems/teastore.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const I = '2026-03-22T11:30:00Z';
const T = clock(I);
const cat = (min, level, logger, msg) => `${T.java(min).replace(/^(\d+)-(\d+)-(\d+) /, (_, y, mo, d) => `${d}-${['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][Number(mo) - 1]}-${y} `)} ${level} [http-nio-8080-exec-${(Math.abs(Math.round(min)) % 10) + 1}] ${logger} ${msg}`;
const webui = [];
for (let m = -58; m < -1; m += 2.2) webui.push(cat(m, 'INFO', 'tools.descartes.teastore.webui.servlet.AbstractUIServlet.doGet', `GET /tools.descartes.teastore.webui/${m > -20 ? 'profile' : 'category'}`));
webui.push(
  cat(-26.4, 'WARNING', 'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation', 'Service teastore-auth at 10.244.2.37:8080 not reachable (java.net.ConnectException: Connection refused), removing from load balancer'),
  cat(-26.2, 'SEVERE', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [LoginActionServlet] in context with path [/tools.descartes.teastore.webui] threw exception\ntools.descartes.teastore.registryclient.loadbalancers.LoadBalancerTimeoutException: No instance of service teastore-auth available\n\tat tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation(ServiceLoadBalancer.java:243)\n\tat tools.descartes.teastore.registryclient.rest.LoadBalancedStoreOperations.login(LoadBalancedStoreOperations.java:121)\n\tat tools.descartes.teastore.webui.servlet.LoginActionServlet.handlePOSTRequest(LoginActionServlet.java:62)'),
  cat(-24.9, 'INFO', 'tools.descartes.teastore.registryclient.RegistryClient.refresh', 'Updated service list for teastore-auth: 1 instance(s)'),
);
webui.sort();
const auth = [
  cat(-25.8, 'INFO', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [21403] milliseconds'),
  cat(-25.7, 'INFO', 'tools.descartes.teastore.registryclient.RegistryClient.register', 'Registered teastore-auth:8080 at registry teastore-registry'),
];
for (let m = -24; m < -1; m += 3) auth.push(cat(m, 'INFO', 'tools.descartes.teastore.auth.rest.AuthUserActionsRest.login', 'Login successful for user user2'));
auth.sort();

const s = {
  folder: 's135d-orders-seeded-demo-data',
  description: 'QA logged in as user2 on the tea store and the profile page lists 7 old orders nobody placed — since ~11:00 after the auth deploy. Is auth mixing up sessions / showing other peoples orders??',
  incidentTime: I,
  difficulty: 'hard',
  traits: ['no-fault', 'decoy', 'partial-name', 'time-expression'],
  workloads: {
    'teastore-auth': {
      rollout: { at: -27, revision: 4, oldContainers: { 'teastore-auth': { image: 'descartesresearch/teastore-auth:1.4.1' } } },
      containers: { 'teastore-auth': { image: 'descartesresearch/teastore-auth:1.4.3' } },
    },
  },
  events: [
    { on: 'deploy:teastore-auth', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-auth-%NEW% to 1', first: -27 },
    { on: 'deploy:teastore-auth', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-auth-%OLD% to 0 from 1', first: -26.3 },
    { on: 'pod:teastore-auth#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-auth:1.4.3" in 6.204s (6.204s including waiting). Image size: 271834112 bytes.', first: -26.6, fieldPath: 'spec.containers{teastore-auth}' },
    { on: 'pod:teastore-auth#0', reason: 'Started', message: 'Started container teastore-auth', first: -26.5, fieldPath: 'spec.containers{teastore-auth}' },
  ],
  logs: {
    'teastore-webui#0/teastore-webui': webui,
    'teastore-auth#0/teastore-auth': auth,
  },
  grounding: `
    No fault. TeaStore's persistence service generates its demo database on first start (DataGenerator: categories,
    products, users user1..userN with password "password", and a random order history for every user), and the
    webui profile page lists the logged-in user's orders. The seven "orders nobody placed" are that generated
    history, shown for the correct user. Decoy: a rollout of teastore-auth (1.4.1 to 1.4.3) 27 minutes before the
    report; the webui logged one "No instance of service teastore-auth available" exception and a removed
    instance while the old pod went away, then the registry refreshed and logins succeed since. Deviations: upstream
    pins no tag (the kit's :latest); this cluster pins versioned tags for the rollout; log texts paraphrase
    TeaStore's registry client and Tomcat JULI format.`,
};

export const scenarios = [s];
