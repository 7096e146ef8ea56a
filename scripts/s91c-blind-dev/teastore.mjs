// Blind dev batch s91c: TeaStore scenario (spec for scripts/s2-scenario-kit.mjs, built by scripts/s91c-build.mjs).
// teastore-auth given SERVICE_PORT=8443 in place: it registers an address the Service does not serve.
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };
const IT = '2026-08-12T14:36:00Z';
const T = clock(IT);
const cat = (min) => { const d = new Date(Date.parse(IT) + min * 60000); const M = ['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][d.getUTCMonth()]; return `${String(d.getUTCDate()).padStart(2, '0')}-${M}-${d.getUTCFullYear()} ${d.toISOString().slice(11, 23)}`; };
const authEnv = [
  { name: 'HOST_NAME', value: 'teastore-auth' },
  { name: 'REGISTRY_HOST', value: 'teastore-registry' },
];
const MINS = [-15.1, -12.8, -10.4, -8.2, -5.9, -3.3, -1.4];

export const scenarios = [
  {
    folder: 's91c-auth-service-port-8443',
    description: 'teastore login + add to cart hang then error since 14:15ish, browsing categories works. someone was prepping TLS for auth today',
    incidentTime: IT,
    expected: { component: 'auth', cause: 'config-error' },
    alsoAcceptable: [{ component: 'auth', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'callers-only', 'louder-dependents', 'partial-name', 'time-expression'],
    grounding: `
      Manifest facts: every TeaStore Tomcat service registers HOST_NAME:SERVICE_PORT (SERVICE_PORT defaults to 8080) with
      teastore-registry and callers pick addresses from the registry through the TeaStore service load balancer; the
      teastore-auth Service exposes 8080 only (teastore-clusterip.yaml). TeaStore's README lists SERVICE_PORT as the port a
      service registers under.
      Fault: at 14:13 "kubectl set env deployment/teastore-auth SERVICE_PORT=8443" (prep for a TLS listener that does not exist
      yet). Tomcat still listens on 8080, so auth starts, registers "teastore-auth:8443" and heartbeats fine; its pod stays
      Ready (no probes upstream). The webui's login and cart calls to teastore-auth:8443 hit a ClusterIP port no Service
      defines and time out (kube-proxy iptables has no rule for it), so webui logs connect timeouts and 500s, louder than
      auth itself, which logs nothing wrong. The old and new ReplicaSet templates differ exactly by the SERVICE_PORT env var.
      Decoys: teastore-recommender logs its usual training lines; the registry logs routine heartbeats.
      Deviations from upstream: none besides the env var.`,
    workloads: {
      'teastore-auth': {
        containers: { 'teastore-auth': { env: [...authEnv, { name: 'SERVICE_PORT', value: '8443' }] } },
        rollout: { at: -23, revision: 2, oldContainers: { 'teastore-auth': { env: authEnv } } },
      },
    },
    events: [
      { on: 'deploy:teastore-auth', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-auth-%NEW% to 1', first: -23 },
      { on: 'deploy:teastore-auth', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-auth-%OLD% to 0 from 1', first: -22.6 },
      { on: 'pod:teastore-auth#0', reason: 'Scheduled', message: 'Successfully assigned teastore/%POD% to %NODE%', source: 'default-scheduler', first: -22.9 },
      { on: 'pod:teastore-auth#0', reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-auth"', fieldPath: 'spec.containers{teastore-auth}', first: -22.8 },
      { on: 'pod:teastore-auth#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-auth" in 1.087s (1.087s including waiting). Image size: 318240118 bytes.', fieldPath: 'spec.containers{teastore-auth}', first: -22.75 },
      { on: 'pod:teastore-auth#0', reason: 'Started', message: 'Started container teastore-auth', fieldPath: 'spec.containers{teastore-auth}', first: -22.7 },
    ],
    logs: {
      'teastore-auth#0/teastore-auth': [
        `${cat(-22.6)} INFO [main] org.apache.catalina.startup.VersionLoggerListener.log Server version name:   Apache Tomcat/8.5.24`,
        `${cat(-22.5)} INFO [main] org.apache.coyote.AbstractProtocol.init Initializing ProtocolHandler ["http-nio-8080"]`,
        `${cat(-22.2)} INFO [localhost-startStop-1] tools.descartes.teastore.registryclient.RegistryClient.register Registered service teastore-auth:8443 at registry teastore-registry:8080`,
        `${cat(-22.1)} INFO [main] org.apache.coyote.AbstractProtocol.start Starting ProtocolHandler ["http-nio-8080"]`,
        `${cat(-22.1)} INFO [main] org.apache.catalina.startup.Catalina.start Server startup in 7412 ms`,
      ],
      'teastore-registry#0/teastore-registry': [
        `${cat(-22.2)} INFO [http-nio-8080-exec-4] tools.descartes.teastore.registry.rest.RegistryREST.register Registered teastore-auth:8443 for service auth`,
        `${cat(-22.5)} INFO [http-nio-8080-exec-2] tools.descartes.teastore.registry.rest.RegistryREST.unregister Unregistered teastore-auth:8080 for service auth`,
      ].sort(),
      'teastore-webui#0/teastore-webui': MINS.flatMap((m) => [
        `${cat(m)} WARNING [http-nio-8080-exec-${Math.round(-m) % 9 + 1}] tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation Timeout at auth teastore-auth:8443: java.net.SocketTimeoutException: connect timed out`,
        `${cat(m + 0.02)} SEVERE [http-nio-8080-exec-${Math.round(-m) % 9 + 1}] org.apache.catalina.core.StandardWrapperValve.invoke Servlet.service() for servlet [tools.descartes.teastore.webui.servlet.LoginActionServlet] in context with path [] threw exception`,
        ` javax.ws.rs.ProcessingException: java.net.SocketTimeoutException: connect timed out`,
        `\tat org.glassfish.jersey.client.internal.HttpUrlConnector.apply(HttpUrlConnector.java:261)`,
        `\tat tools.descartes.teastore.registryclient.rest.LoadBalancedStoreOperations.login(LoadBalancedStoreOperations.java:178)`,
      ]),
      'teastore-recommender#0/teastore-recommender': [
        `${cat(-40)} INFO [pool-2-thread-1] tools.descartes.teastore.recommender.algorithm.AbstractRecommender.train Training recommender finished. Training took: 1288ms.`,
      ],
      'teastore-persistence#0/teastore-persistence': [
        `${cat(-60 * 24 * 9 + 1)} INFO [main] org.apache.catalina.startup.Catalina.start Server startup in 21904 ms`,
      ],
    },
  },
];
