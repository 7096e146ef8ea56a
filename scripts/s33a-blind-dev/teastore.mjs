// Batch s33a (blind dev): one TeaStore incident on the kit's TeaStore system (scripts/kit-systems/teastore.mjs).
// The recommender (no memory limit upstream) grows until its 8 GiB worker hits MemoryPressure; the kubelet evicts it and image.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const INC = '2026-04-21T11:38:00Z';
const T = clock(INC);
const W2 = 'tea-worker-2';
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// Tomcat's JUL OneLineFormatter: 21-Apr-2026 11:31:07.412
const jul = (min) => {
  const j = T.java(min);
  return `${j.slice(8, 10)}-${MON[Number(j.slice(5, 7)) - 1]}-${j.slice(0, 4)} ${j.slice(11)}`;
};
const evictMsg = (c, using, avail) =>
  `The node was low on resource: memory. Threshold quantity: 100Mi, available: ${avail}Ki. Container ${c} was using ${using}Ki, request is 0, has larger consumption of memory. `;
const OLD_IMG_IP = '10.244.2.57';
const OLD_REC_IP = '10.244.2.31';

const webui = [];
for (let m = -40; m < 0; m += 0.45) {
  const i = Math.round((m + 40) / 0.45);
  if (m < -7) {
    if (i % 6 === 0) webui.push(`${jul(m)} INFO [http-nio-8080-exec-${(i % 20) + 1}] tools.descartes.teastore.webui.servlet.LoginActionServlet.handlePOSTRequest Login successful for user ${['user2', 'user17', 'user33', 'user8'][i % 4]}`);
    continue;
  }
  const t = (i % 20) + 1;
  if (i % 3 === 0 && m < -2.4)
    webui.push(
      `${jul(m)} WARNING [http-nio-8080-exec-${t}] tools.descartes.teastore.registryclient.rest.RestUtil.readThrowAndOrClose Request to http://${OLD_IMG_IP}:8080/tools.descartes.teastore.image/rest/image/getProductImages failed: jakarta.ws.rs.ProcessingException: java.net.NoRouteToHostException: No route to host`,
    );
  if (i % 3 === 1)
    webui.push(
      `${jul(m)} WARNING [http-nio-8080-exec-${t}] tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation Endpoint ${OLD_REC_IP}:8080 of service tools.descartes.teastore.recommender unreachable, ${m < -2 ? 'retrying on next endpoint' : 'no endpoint left'}: jakarta.ws.rs.ProcessingException: java.net.NoRouteToHostException: No route to host`,
    );
  if (i % 3 === 2 && m > -3)
    webui.push(`${jul(m)} WARNING [http-nio-8080-exec-${t}] tools.descartes.teastore.webui.servlet.ProductServlet.handleGETRequest Recommender returned 503 (training in progress); rendering product page without recommendations`);
}

export const scenarios = [
  {
    folder: 's33a-worker2-memory-pressure',
    incidentTime: INC,
    description: 'teastore product pages: images broken and no recommendations since ~11:30',
    expected: { component: 'recommender', cause: 'node-pressure', node: W2 },
    alsoAcceptable: [{ component: 'recommender', cause: 'resource-exhaustion' }],
    difficulty: 'hard',
    traits: ['node-level', 'louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      teastore-clusterip.yaml sets no resources on any container, so every pod is BestEffort and each Tomcat JVM sizes its
      default max heap from the node's memory. Deviation: tea-worker-2 is a smaller 8 GiB kubeadm worker (the other two keep
      16 GiB). The recommender keeps its whole order history in memory for its Slope One / order-based algorithms; after weeks
      of load-generator orders it grows to ~4.5 GiB on tea-worker-2 next to teastore-image's in-memory image cache and the
      registry. memory.available falls under the kubelet's default hard eviction threshold (100Mi): the node reports
      MemoryPressure (taint node.kubernetes.io/memory-pressure:NoSchedule), EvictionThresholdMet "Attempting to reclaim
      memory", and the kubelet evicts the BestEffort pods using most memory, first teastore-recommender then teastore-image,
      with its real eviction message ("The node was low on resource: memory. Threshold quantity: 100Mi ... request is 0, has
      larger consumption of memory."). The ReplicaSets recreate both on the other workers; until the registry drops the dead
      instances' heartbeats the webui keeps load-balancing to the evicted IPs (NoRouteToHost), then the new recommender is
      still retraining. Kubernetes node-pressure eviction as documented (kubernetes.io "Node-pressure Eviction"). Decoys: a
      healthy teastore-auth rollout restart two hours earlier and teastore-persistence restarted four days ago.
    `,
    nodes: {
      [W2]: {
        memory: '8148560Ki',
        allocMemory: '7741008Ki',
        taints: [{ key: 'node.kubernetes.io/memory-pressure', effect: 'NoSchedule', timeAdded: T.iso(-7.2) }],
        conditions: {
          MemoryPressure: { type: 'MemoryPressure', status: 'True', lastHeartbeatTime: T.iso(-0.4), lastTransitionTime: T.iso(-7.2), reason: 'KubeletHasInsufficientMemory', message: 'kubelet has insufficient memory available' },
        },
      },
    },
    workloads: {
      'teastore-registry': { pods: [{ node: W2 }] },
      'teastore-recommender': {
        pods: [
          { node: W2, created: T.iso(-60 * 24 * 16), evicted: evictMsg('teastore-recommender', 4718236, 83412) },
          { node: 'tea-worker-3', created: T.iso(-6.85) },
        ],
      },
      'teastore-image': {
        pods: [
          { node: W2, created: T.iso(-60 * 24 * 16), evicted: evictMsg('teastore-image', 1893412, 91204) },
          { node: 'tea-worker-1', created: T.iso(-6.6) },
        ],
      },
      'teastore-auth': {
        patch: { podAnnotations: { 'kubectl.kubernetes.io/restartedAt': T.iso(-130) } },
        rollout: { at: -130, oldPatch: { podAnnotations: undefined } },
      },
      'teastore-persistence': {
        pods: [
          {
            containers: {
              'teastore-persistence': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 4), last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 16), finishedAt: T.iso(-60 * 24 * 4 - 0.2) } }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'deploy:teastore-auth', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-auth-%NEW% from 0 to 1', first: -130 },
      { on: 'deploy:teastore-auth', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-auth-%OLD% from 1 to 0', first: -129 },
      { on: `node:${W2}`, reason: 'NodeHasInsufficientMemory', message: `Node ${W2} status is now: NodeHasInsufficientMemory`, first: -7.2 },
      { on: `node:${W2}`, reason: 'EvictionThresholdMet', type: 'Warning', message: 'Attempting to reclaim memory', first: -7.1, last: -6.7, count: 3 },
      { on: 'pod:teastore-recommender#0', reason: 'Evicted', type: 'Warning', message: evictMsg('teastore-recommender', 4718236, 83412), first: -6.9 },
      { on: 'pod:teastore-recommender#0', reason: 'Killing', message: 'Stopping container teastore-recommender', first: -6.9, fieldPath: 'spec.containers{teastore-recommender}' },
      { on: 'rs:teastore-recommender', reason: 'SuccessfulCreate', message: 'Created pod: teastore-recommender-%RS%', first: -6.85 },
      { on: 'pod:teastore-recommender#1', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned teastore/%POD% to tea-worker-3', first: -6.85 },
      { on: 'pod:teastore-recommender#1', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-recommender" in 1.214s (1.214s including waiting). Image size: 226419370 bytes.', first: -6.8, fieldPath: 'spec.containers{teastore-recommender}' },
      { on: 'pod:teastore-recommender#1', reason: 'Started', message: 'Started container teastore-recommender', first: -6.78, fieldPath: 'spec.containers{teastore-recommender}' },
      { on: 'pod:teastore-image#0', reason: 'Evicted', type: 'Warning', message: evictMsg('teastore-image', 1893412, 91204), first: -6.65 },
      { on: 'pod:teastore-image#0', reason: 'Killing', message: 'Stopping container teastore-image', first: -6.65, fieldPath: 'spec.containers{teastore-image}' },
      { on: 'rs:teastore-image', reason: 'SuccessfulCreate', message: 'Created pod: teastore-image-%RS%', first: -6.6 },
      { on: 'pod:teastore-image#1', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned teastore/%POD% to tea-worker-1', first: -6.6 },
      { on: 'pod:teastore-image#1', reason: 'Started', message: 'Started container teastore-image', first: -6.5, fieldPath: 'spec.containers{teastore-image}' },
    ],
    logs: {
      'teastore-webui#0/teastore-webui': webui,
      'teastore-recommender#1/teastore-recommender': [
        `${jul(-6.75)} INFO [main] org.apache.catalina.startup.VersionLoggerListener.log Server version name:   Apache Tomcat/10.1.24`,
        `${jul(-6.7)} INFO [main] org.apache.catalina.startup.HostConfig.deployWAR Deploying web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.recommender.war]`,
        `${jul(-6.2)} INFO [main] tools.descartes.teastore.registryclient.Registry.register Registered tools.descartes.teastore.recommender at %PODIP%:8080`,
        `${jul(-6.1)} INFO [pool-2-thread-1] tools.descartes.teastore.recommender.servlet.TrainingSynchronizer.retrieveDataAndRetrain Retrieving data objects from database...`,
        `${jul(-3.9)} INFO [pool-2-thread-1] tools.descartes.teastore.recommender.servlet.TrainingSynchronizer.retrieveDataAndRetrain Retrieved 1412308 orderItems, starting retraining...`,
      ],
      'teastore-image#1/teastore-image': [
        `${jul(-6.45)} INFO [main] org.apache.catalina.startup.HostConfig.deployWAR Deploying web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.image.war]`,
        `${jul(-5.1)} INFO [main] tools.descartes.teastore.image.setup.SetupController.generateImages Generating 8064 product images`,
        `${jul(-2.4)} INFO [main] tools.descartes.teastore.registryclient.Registry.register Registered tools.descartes.teastore.image at %PODIP%:8080`,
      ],
    },
  },
];
