// Held-out scenario (batch s42a, split test) for TeaStore, written blind: spec for the scenario kit
// (scripts/s2-scenario-kit.mjs) on the kit system definition scripts/kit-systems/teastore.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/teastore.mjs';

export const system = base;

const T = clock('2026-06-12T19:07:00Z');
const W2 = 'tea-worker-2';
const evictMsg = (c, used) =>
  `The node was low on resource: ephemeral-storage. Threshold quantity: 10183038332, available: 9811624Ki. Container ${c} was using ${used}, request is 0, has larger consumption of ephemeral-storage. `;
// Tomcat 8.5 / JUL console format of the TeaStore images.
const tc = (min, lvl, thread, cls, msg) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const mon = d.toUTCString().slice(8, 11);
  const dd = String(d.getUTCDate()).padStart(2, '0');
  return `${dd}-${mon}-2026 ${T.java(min).slice(11)} ${lvl} [${thread}] ${cls} ${msg}`;
};
const startup = (min, app, ms) => [
  tc(min, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version:        Apache Tomcat/8.5.43'),
  tc(min + 0.01, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.init', 'Initializing ProtocolHandler ["http-nio-8080"]'),
  tc(min + 0.02, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deploying web application archive [/usr/local/tomcat/webapps/${app}.war]`),
  tc(min + ms / 60000, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deployment of web application archive [/usr/local/tomcat/webapps/${app}.war] has finished in [${ms}] ms`),
  tc(min + ms / 60000 + 0.01, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.start', 'Starting ProtocolHandler ["http-nio-8080"]'),
  tc(min + ms / 60000 + 0.02, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', `Server startup in ${ms + 412} ms`),
];

export const scenarios = [
  {
    folder: 's42a-worker2-disk-pressure-evictions',
    description: 'teastore: people getting logged out and product pics not loading on and off since ~18:45',
    incidentTime: '2026-06-12T19:07:00Z',
    expected: { component: 'webui', cause: 'node-pressure', node: W2 },
    difficulty: 'medium',
    traits: ['node-level', 'time-expression', 'decoy'],
    grounding: `
      DescartesResearch/TeaStore examples/kubernetes/teastore-clusterip.yaml: no resources on any container (every pod
      BestEffort, ephemeral-storage request 0), Tomcat images writing catalina and access logs into the container's
      writable layer. On a kubeadm worker whose root filesystem holds /var/lib/containerd, the kubelet's eviction manager
      (nodefs.available<10% here) sets DiskPressure, taints the node node.kubernetes.io/disk-pressure:NoSchedule, fails
      image garbage collection when every image is in use ("Failed to garbage collect required amount of images") and
      evicts the pods using most ephemeral storage above their request, with the kubelet's exact eviction message. Here
      tea-worker-2's disk fills from a CI job's image pulls: the webui pod is evicted at 18:51 and the image pod at 18:58;
      both are replaced on other workers (the webui loses its in-memory sessions, so users are logged out, and product
      images fail while the image provider restarts and re-registers). The registry on tea-worker-2 is still running.
      Decoys: a recommender restart two days old and an auth rollout the morning before (healthy).`,
    nodes: {
      [W2]: {
        taints: [{ key: 'node.kubernetes.io/disk-pressure', effect: 'NoSchedule', timeAdded: T.iso(-16.5) }],
        conditions: {
          DiskPressure: { type: 'DiskPressure', status: 'True', lastHeartbeatTime: T.iso(-0.4), lastTransitionTime: T.iso(-16.5), reason: 'KubeletHasDiskPressure', message: 'kubelet has disk pressure' },
        },
      },
    },
    workloads: {
      'teastore-registry': { pods: [{ node: W2 }] },
      'teastore-db': { pods: [{ node: 'tea-worker-1' }] },
      'teastore-persistence': { pods: [{ node: 'tea-worker-3' }] },
      'teastore-auth': { rollout: { at: -60 * 11, revision: 4 }, pods: [{ node: 'tea-worker-1' }] },
      'teastore-image': {
        pods: [
          { node: W2, evicted: evictMsg('teastore-image', '1733912Ki'), created: T.iso(-60 * 24 * 8) },
          { node: 'tea-worker-1', created: T.iso(-8.9) },
        ],
      },
      'teastore-recommender': {
        pods: [
          {
            node: 'tea-worker-3',
            containers: {
              'teastore-recommender': cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-60 * 49),
                last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 8), finishedAt: T.iso(-60 * 49 - 0.2) },
              }),
            },
          },
        ],
      },
      'teastore-webui': {
        pods: [
          { node: W2, evicted: evictMsg('teastore-webui', '3916240Ki'), created: T.iso(-60 * 24 * 8) },
          { node: 'tea-worker-3', created: T.iso(-15.7) },
        ],
      },
    },
    events: [
      { on: `node:${W2}`, type: 'Warning', reason: 'FreeDiskSpaceFailed', message: 'Failed to garbage collect required amount of images. Attempted to free 6215043072 bytes, but only found 0 bytes eligible to free.', first: -21.0, last: -1.0, count: 5 },
      { on: `node:${W2}`, type: 'Warning', reason: 'ImageGCFailed', message: 'Failed to garbage collect required amount of images. Attempted to free 6215043072 bytes, but only found 0 bytes eligible to free.', first: -21.0, last: -1.0, count: 5 },
      { on: `node:${W2}`, reason: 'NodeHasDiskPressure', message: `Node ${W2} status is now: NodeHasDiskPressure`, first: -16.5 },
      { on: `node:${W2}`, type: 'Warning', reason: 'EvictionThresholdMet', message: 'Attempting to reclaim ephemeral-storage', first: -16.4, last: -0.8, count: 9 },
      { on: 'pod:teastore-webui#0', type: 'Warning', reason: 'Evicted', message: evictMsg('teastore-webui', '3916240Ki'), first: -15.9 },
      { on: 'pod:teastore-webui#0', reason: 'Killing', fieldPath: 'spec.containers{teastore-webui}', message: 'Stopping container teastore-webui', first: -15.9 },
      { on: 'rs:teastore-webui', reason: 'SuccessfulCreate', message: 'Created pod: teastore-webui-%RS%', first: -15.8 },
      { on: 'pod:teastore-webui#1', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned teastore/%POD% to tea-worker-3', first: -15.8 },
      { on: 'pod:teastore-webui#1', reason: 'Pulled', fieldPath: 'spec.containers{teastore-webui}', message: 'Successfully pulled image "descartesresearch/teastore-webui" in 1.212s (1.212s including waiting). Image size: 305337102 bytes.', first: -15.7 },
      { on: 'pod:teastore-webui#1', reason: 'Started', fieldPath: 'spec.containers{teastore-webui}', message: 'Started container teastore-webui', first: -15.6 },
      { on: 'pod:teastore-image#0', type: 'Warning', reason: 'Evicted', message: evictMsg('teastore-image', '1733912Ki'), first: -9.0 },
      { on: 'pod:teastore-image#0', reason: 'Killing', fieldPath: 'spec.containers{teastore-image}', message: 'Stopping container teastore-image', first: -9.0 },
      { on: 'rs:teastore-image', reason: 'SuccessfulCreate', message: 'Created pod: teastore-image-%RS%', first: -8.9 },
      { on: 'pod:teastore-image#1', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned teastore/%POD% to tea-worker-1', first: -8.9 },
      { on: 'pod:teastore-image#1', reason: 'Started', fieldPath: 'spec.containers{teastore-image}', message: 'Started container teastore-image', first: -8.7 },
      { on: 'deploy:teastore-auth', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-auth-%NEW% to 1', first: -60 * 11 },
    ],
    logs: {
      'teastore-webui#1/teastore-webui': [
        ...startup(-15.5, 'tools.descartes.teastore.webui', 9874),
        tc(-15.2, 'INFO', 'localhost-startStop-1', 'tools.descartes.teastore.registryclient.RegistryClient.register', 'Registered at registry: teastore-webui:8080'),
        tc(-8.8, 'WARNING', 'http-nio-8080-exec-4', 'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation', 'No instance of service image available; retrying with refreshed server list'),
        tc(-8.7, 'SEVERE', 'http-nio-8080-exec-4', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [tools.descartes.teastore.webui.servlet.CategoryServlet] in context with path [/tools.descartes.teastore.webui] threw exception\njavax.ws.rs.ProcessingException: java.net.ConnectException: Connection refused (Connection refused)\n\tat org.glassfish.jersey.client.internal.HttpUrlConnector.apply(HttpUrlConnector.java:261)\n\tat org.glassfish.jersey.client.ClientRuntime.invoke(ClientRuntime.java:296)\n\tat tools.descartes.teastore.registryclient.rest.RestUtil.readThrowAndOrClose(RestUtil.java:47)'),
        tc(-8.3, 'SEVERE', 'http-nio-8080-exec-9', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [tools.descartes.teastore.webui.servlet.ProductServlet] in context with path [/tools.descartes.teastore.webui] threw exception\njavax.ws.rs.ProcessingException: java.net.ConnectException: Connection refused (Connection refused)'),
        tc(-7.6, 'INFO', 'http-nio-8080-exec-2', 'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.updateLoadBalancersForService', 'Updated server list for service image: [teastore-image:8080]'),
      ],
      'teastore-image#1/teastore-image': [
        ...startup(-8.7, 'tools.descartes.teastore.image', 6120),
        tc(-8.5, 'INFO', 'Thread-3', 'tools.descartes.teastore.image.setup.SetupController.startup', 'Waiting for persistence service to be available...'),
        tc(-7.9, 'INFO', 'Thread-3', 'tools.descartes.teastore.image.setup.SetupController.startup', 'Image provider setup finished: 2016 product images, cache 10485760 bytes (LFU)'),
        tc(-7.8, 'INFO', 'Thread-3', 'tools.descartes.teastore.registryclient.RegistryClient.register', 'Registered at registry: teastore-image:8080'),
      ],
      'teastore-registry#0/teastore-registry': [
        tc(-15.2, 'INFO', 'http-nio-8080-exec-3', 'tools.descartes.teastore.registry.rest.RegistryREST.register', 'Registered teastore-webui:8080 for service webui'),
        tc(-14.9, 'INFO', 'registry-heartbeat', 'tools.descartes.teastore.registry.rest.Registry.heartbeat', 'Removed dead instance 10.244.2.57:8080 of service webui'),
        tc(-8.6, 'INFO', 'registry-heartbeat', 'tools.descartes.teastore.registry.rest.Registry.heartbeat', 'Removed dead instance teastore-image:8080 of service image'),
        tc(-7.8, 'INFO', 'http-nio-8080-exec-8', 'tools.descartes.teastore.registry.rest.RegistryREST.register', 'Registered teastore-image:8080 for service image'),
      ],
    },
  },
];
