// Blind held-out batch s82b: one TeaStore scenario as a spec for the scenario kit (scripts/s2-scenario-kit.mjs),
// on the kit system definition scripts/kit-systems/teastore.mjs (Services select `run: <name>` as upstream).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const INCIDENT = '2026-03-26T10:38:00Z';
const T = clock(INCIDENT);
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// Tomcat's OneLineFormatter: dd-MMM-yyyy HH:mm:ss.SSS LEVEL [thread] class.method message
const cat = (min, level, thread, where, msg) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const p = (n, w = 2) => String(n).padStart(w, '0');
  return `${p(d.getUTCDate())}-${MON[d.getUTCMonth()]}-${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)} ${level} [${thread}] ${where} ${msg}`;
};
const boot = (min, war) => [
  cat(min, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/8.5.24'),
  cat(min + 0.01, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.init', 'Initializing ProtocolHandler ["http-nio-8080"]'),
  cat(min + 0.02, 'INFO', 'main', 'org.apache.catalina.core.StandardService.startInternal', 'Starting service [Catalina]'),
  cat(min + 0.03, 'INFO', 'localhost-startStop-1', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deploying web application archive [/usr/local/tomcat/webapps/${war}.war]`),
  cat(min + 0.3, 'INFO', 'localhost-startStop-1', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deployment of web application archive [/usr/local/tomcat/webapps/${war}.war] has finished in [16,942] ms`),
  cat(min + 0.31, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.start', 'Starting ProtocolHandler ["http-nio-8080"]'),
  cat(min + 0.32, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in 17288 ms'),
];
const SEL = Object.fromEntries(system.workloads.map((w) => [w.name, { serviceSelector: { run: w.name } }]));

export const scenarios = [
  {
    folder: 's82b-teastore-slow-complaint',
    incidentTime: INCIDENT,
    description: 'teastore "feels slow" for some ppl the last 30 mins?? per marketing. not sure which part, pls have a look',
    difficulty: 'hard',
    traits: ['no-fault', 'decoy', 'time-expression'],
    grounding: `
      Manifests: DescartesResearch/TeaStore examples/kubernetes/teastore-clusterip.yaml at 5ab1188, as in the kit system
      definition (no probes, no resources, :latest images pulled Always; the Services select run: <name>). A vague complaint
      with nothing wrong in the cluster: every pod is Ready, every Service has its endpoints, the services' logs show normal
      page renders and registry heartbeats. Benign noise only: teastore-image was restarted by a plain "kubectl rollout
      restart" 70 minutes earlier (old and new ReplicaSet templates identical) and rebuilt its image cache, logging the
      usual cache-miss and startup lines; teastore-recommender was OOM-killed once three days ago (node-level OOM, no limit
      set) and has been Ready since; the registry logs a stale-heartbeat warning for the pod the restart replaced.
      Deviations: none in the manifests.
    `,
    workloads: {
      ...SEL,
      'teastore-image': { ...SEL['teastore-image'], rollout: { at: -70 } },
      'teastore-recommender': {
        ...SEL['teastore-recommender'],
        pods: [
          {
            containers: {
              'teastore-recommender': cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-60 * 24 * 3 - 412),
                last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 412.3) },
              }),
            },
          },
        ],
      },
    },
    events: [],
    logs: {
      'teastore-image#0/teastore-image': [
        ...boot(-69.4, 'tools.descartes.teastore.image'),
        cat(-68.9, 'INFO', 'pool-2-thread-1', 'tools.descartes.teastore.image.setup.SetupController.startup', 'Image provider setup: generating 1000 product images and 5 web images'),
        cat(-67.2, 'INFO', 'pool-2-thread-1', 'tools.descartes.teastore.image.setup.SetupController.startup', 'Image provider setup finished, cache size 20971520 bytes'),
        cat(-40.5, 'WARNING', 'http-nio-8080-exec-7', 'tools.descartes.teastore.image.ImageProvider.getProductImages', 'Image for product 412 (size 125x125) not in cache, creating it'),
        cat(-12.1, 'WARNING', 'http-nio-8080-exec-3', 'tools.descartes.teastore.image.ImageProvider.getProductImages', 'Image for product 87 (size 300x300) not in cache, creating it'),
      ],
      'teastore-registry#0/teastore-registry': [
        cat(-69.8, 'WARNING', 'pool-1-thread-1', 'tools.descartes.teastore.registry.rest.HeartbeatInfo.isAlive', 'Removing image@10.244.2.231:8080 from the registry: no heartbeat for 14 s'),
        cat(-69.1, 'INFO', 'http-nio-8080-exec-2', 'tools.descartes.teastore.registry.rest.RegistryREST.register', 'Registered image@%IPOF:teastore-image#0%:8080'),
      ],
      'teastore-webui#0/teastore-webui': [
        cat(-31.2, 'INFO', 'http-nio-8080-exec-9', 'tools.descartes.teastore.webui.servlet.CategoryServlet.handleGETRequest', 'category 3 page 1, 20 products, rendered in 214 ms'),
        cat(-17.8, 'INFO', 'http-nio-8080-exec-1', 'tools.descartes.teastore.webui.servlet.ProductServlet.handleGETRequest', 'product 87, rendered in 402 ms'),
        cat(-4.6, 'INFO', 'http-nio-8080-exec-4', 'tools.descartes.teastore.webui.servlet.CartServlet.handleGETRequest', 'cart with 2 items, rendered in 96 ms'),
      ],
      'teastore-recommender#0/teastore-recommender': [
        ...boot(-60 * 24 * 3 - 412, 'tools.descartes.teastore.recommender'),
        cat(-60 * 24 * 3 - 410, 'INFO', 'pool-2-thread-1', 'tools.descartes.teastore.recommender.servlet.TrainingSynchronizer.retrieveDataAndRetrain', 'Finished training of the recommender (SlopeOne), 1724 orders, took 4107 ms'),
      ],
    },
  },
];
