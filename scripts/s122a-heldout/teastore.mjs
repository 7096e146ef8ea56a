// Blind held-out batch s122a: one TeaStore scenario on the kit's TeaStore system (scripts/kit-systems/teastore.mjs).
// Written before any engine run; grounding in the scenario.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';
export { system };

const T = clock('2026-05-12T10:40:00Z');
const lim = { requests: { cpu: '250m', memory: '512Mi' }, limits: { cpu: '1', memory: '512Mi' } };
const oomLast = (s, f) => ({ exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(s), finishedAt: T.iso(f) });
const tomcatStart = (min) => [
  `${T.java(min)} INFO [main] org.apache.catalina.startup.VersionLoggerListener.log Server version name:   Apache Tomcat/8.5.24`,
  `${T.java(min + 0.05)} INFO [main] org.apache.catalina.startup.HostConfig.deployWAR Deploying web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.image.war]`,
  `${T.java(min + 0.2)} INFO [main] tools.descartes.teastore.image.setup.SetupController Creating image cache with 4 preloaded images, size limit 20000000 bytes`,
  `${T.java(min + 0.3)} INFO [main] org.apache.catalina.startup.Catalina.start Server startup in 9874 ms`,
];

export const scenarios = [
  {
    folder: 's122a-image-native-oom',
    incidentTime: '2026-05-12T10:40:00Z',
    description: 'teastore product pages loading without pictures / broken img icons since ~10:15, rest of shop ok',
    expected: { component: 'image', cause: 'oom-killed' },
    alsoAcceptable: [{ component: 'image', cause: 'resource-exhaustion' }, { component: 'image', cause: 'crash-loop' }],
    difficulty: 'medium',
    traits: ['time-expression', 'louder-dependents', 'decoy'],
    workloads: {
      'teastore-image': {
        containers: { 'teastore-image': { resources: lim } },
        pods: [{
          node: 'tea-worker-2',
          containers: {
            'teastore-image': cs.restartedRunning({ restarts: 5, startedAt: T.iso(-2.5), last: oomLast(-9, -3.2), ready: true }),
          },
        }],
      },
      'teastore-recommender': {
        // decoy: a healthy rollout of the recommender yesterday
        rollout: { at: -60 * 20, revision: 5, oldContainers: { 'teastore-recommender': { env: [{ name: 'HOST_NAME', value: 'teastore-recommender' }, { name: 'REGISTRY_HOST', value: 'teastore-registry' }] } } },
        containers: { 'teastore-recommender': { env: [{ name: 'HOST_NAME', value: 'teastore-recommender' }, { name: 'REGISTRY_HOST', value: 'teastore-registry' }, { name: 'RECOMMENDER_ALGORITHM', value: 'SlopeOne' }] } },
      },
    },
    events: [
      { on: 'pod:teastore-image#0', reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-image"', first: -31, last: -3.1, count: 6 },
      { on: 'pod:teastore-image#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-image" in 612ms (612ms including waiting). Image size: 266318374 bytes.', last: -3.0 },
      { on: 'pod:teastore-image#0', reason: 'Created', message: 'Created container teastore-image', first: -31, last: -3.0, count: 6, fieldPath: 'spec.containers{teastore-image}' },
      { on: 'pod:teastore-image#0', reason: 'Started', message: 'Started container teastore-image', first: -31, last: -2.9, count: 6, fieldPath: 'spec.containers{teastore-image}' },
      { on: 'pod:teastore-image#0', reason: 'BackOff', message: 'Back-off restarting failed container teastore-image in pod %POD%(%PODUID%)', type: 'Warning', first: -20, last: -3.1, count: 4, fieldPath: 'spec.containers{teastore-image}' },
      { on: 'deploy:teastore-recommender', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-recommender-%NEW% to 1', first: -60 * 20, last: -60 * 20 },
      { on: 'deploy:teastore-recommender', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-recommender-%OLD% to 0 from 1', first: -60 * 20 + 1, last: -60 * 20 + 1 },
    ],
    logs: {
      'teastore-image#0/teastore-image/previous': [
        ...tomcatStart(-9),
        `${T.java(-7.5)} INFO [http-nio-8080-exec-4] tools.descartes.teastore.image.ImageProvider Image cache full, evicting 0 entries (cache size 19998442 bytes)`,
        `${T.java(-5)} WARNING [http-nio-8080-exec-17] tools.descartes.teastore.image.ImageDB Scaling full-size image for product 214 to size FULL with 38 concurrent requests`,
      ],
      'teastore-image#0/teastore-image': tomcatStart(-2.5),
      'teastore-webui#0/teastore-webui': [
        `${T.java(-4)} SEVERE [http-nio-8080-exec-9] tools.descartes.teastore.registryclient.rest.LoadBalancedImageOperations.getProductImages Error while loading images`,
        'javax.ws.rs.ProcessingException: java.net.ConnectException: Connection refused (Connection refused)',
        '\tat org.glassfish.jersey.client.internal.HttpUrlConnector.apply(HttpUrlConnector.java:287)',
        '\tat tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation(ServiceLoadBalancer.java:158)',
        `${T.java(-3.4)} WARNING [http-nio-8080-exec-2] tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer Service teastore-image is unreachable, removing it from the load balancer`,
        `${T.java(-1.5)} INFO [Thread-12] tools.descartes.teastore.registryclient.RegistryClient Updated service list for teastore-image: [teastore-image:8080]`,
      ],
      'teastore-recommender#0/teastore-recommender': [
        `${T.java(-60 * 20 + 1)} INFO [main] tools.descartes.teastore.recommender.servlet.RecommenderStartup Recommender started with algorithm SlopeOne`,
        `${T.java(-30)} INFO [pool-2-thread-1] tools.descartes.teastore.recommender.servlet.TrainingSynchronizer Finished training 5000 orders in 2116 ms`,
      ],
    },
    grounding: `
      TeaStore manifest (teastore-clusterip.yaml at 5ab1188) as the kit system. The image service scales product images
      in memory and keeps an in-process cache; Tomcat/JVM native and direct buffers grow under concurrent full-size scaling.
      Deviation from upstream: the team added requests/limits (memory 512Mi) to teastore-image, which upstream does not set.
      The container is killed by the kernel OOM killer (OOMKilled, exit 137) five times, not a Java OutOfMemoryError (no
      heap error in its log); it is Ready again between kills. webui logs connection refused while the image service
      restarts. Decoy: a healthy recommender rollout (algorithm env added) 20 hours earlier.
    `,
  },
];
