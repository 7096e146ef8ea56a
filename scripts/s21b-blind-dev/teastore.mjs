// s21b blind dev scenario for TeaStore (split: dev): after a node drain, teastore-image cannot be pulled again (Docker Hub
// anonymous pull rate limit, 429), with the drain itself as the decoy. Kit system scripts/kit-systems/teastore.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/teastore.mjs';

export const system = base;

const W1 = 'tea-worker-1', W2 = 'tea-worker-2', W3 = 'tea-worker-3';
const T = clock('2026-06-09T10:58:00Z');
const IMG = 'descartesresearch/teastore-image';
const DIGEST = 'sha256:4be7a1c0f3d52e9b86a0c71d5e2f9a3b8c4d6e0f1a2b3c4d5e6f708192a3b4c5';
const pull429 = `Failed to pull image "${IMG}": failed to pull and unpack image "docker.io/${IMG}:latest": failed to copy: httpReadSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/${IMG}/manifests/${DIGEST}: 429 Too Many Requests - Server message: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit`;
// Tomcat console (catalina.sh run) and slf4j-simple (no timestamp) as the TeaStore dockerbase prints them.
const cat = (min, level, thread, logger, msg) => {
  const p = T.isoMs(min);
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(p.slice(5, 7)) - 1];
  return `${p.slice(8, 10)}-${mon}-${p.slice(0, 4)} ${p.slice(11, 23)} ${level} [${thread}] ${logger} ${msg}`;
};
const slf = (thread, level, logger, msg) => `[${thread}] ${level} ${logger} - ${msg}`;
const LB = 'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer';

export const scenarios = [
  {
    folder: 's21b-image-dockerhub-rate-limit-after-drain',
    incidentTime: '2026-06-09T10:58:00Z',
    description: 'teastore product and category pages broken since about 10:30, right after the patching window on worker 3',
    expected: { component: 'image', cause: 'image-pull' },
    difficulty: 'easy',
    traits: ['decoy', 'time-expression'],
    grounding: `
      TeaStore's manifest (examples/kubernetes/teastore-clusterip.yaml) pins no tag, so every pod pulls
      descartesresearch/teastore-*:latest with imagePullPolicy Always from Docker Hub, anonymously. Docker Hub's anonymous
      pull limit (per source IP, shared here by the lab's NAT with CI runners) answers "429 Too Many Requests - Server message:
      toomanyrequests: You have reached your pull rate limit" — the containerd/kubelet error text as widely reported since
      Docker's 2020 rate limits. Kernel patching drained tea-worker-3 (cordoned, still cordoned): its persistence and
      recommender pods were recreated and pulled while quota remained, teastore-image got the 429 and sits in
      ImagePullBackOff with no endpoint, so webui's registry load balancer finds no image provider ("No Server registered for
      Service: image") and product/category pages fail. The drain (NodeNotSchedulable, cordoned node) is the trigger and the
      decoy the description points at; the broken component is teastore-image. Ports/env/labels as upstream at 5ab1188.`,
    nodes: {
      [W3]: { unschedulable: true, taints: [{ key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule', timeAdded: T.iso(-31.2) }] },
    },
    workloads: {
      'teastore-persistence': { pods: [{ node: W1, created: T.iso(-31), readyTransition: T.iso(-29.6) }] },
      'teastore-recommender': { pods: [{ node: W2, created: T.iso(-31), readyTransition: T.iso(-29.4) }] },
      'teastore-image': {
        unavailableSince: -31,
        pods: [{
          node: W1, created: T.iso(-31), readyTransition: T.iso(-31),
          containers: { 'teastore-image': cs.waiting('ImagePullBackOff', `Back-off pulling image "${IMG}"`) },
        }],
      },
    },
    events: [
      { on: `node:${W3}`, reason: 'NodeNotSchedulable', message: `Node ${W3} status is now: NodeNotSchedulable`, first: -31.2 },
      { on: 'rs:teastore-persistence', reason: 'SuccessfulCreate', message: 'Created pod: teastore-persistence-%RS%', first: -31 },
      { on: 'rs:teastore-recommender', reason: 'SuccessfulCreate', message: 'Created pod: teastore-recommender-%RS%', first: -31 },
      { on: 'rs:teastore-image', reason: 'SuccessfulCreate', message: 'Created pod: teastore-image-%RS%', first: -31 },
      { on: 'pod:teastore-persistence#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-persistence" in 18.204s (18.204s including waiting). Image size: 296874511 bytes.', fieldPath: 'spec.containers{teastore-persistence}', first: -30.6 },
      { on: 'pod:teastore-recommender#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-recommender" in 21.117s (21.117s including waiting). Image size: 301455809 bytes.', fieldPath: 'spec.containers{teastore-recommender}', first: -30.5 },
      { on: 'pod:teastore-image#0', reason: 'Scheduled', message: `Successfully assigned teastore/%POD% to ${W1}`, source: 'default-scheduler', first: -31 },
      { on: 'pod:teastore-image#0', reason: 'Pulling', message: `Pulling image "${IMG}"`, fieldPath: 'spec.containers{teastore-image}', first: -30.9, last: -2.6, count: 9 },
      { on: 'pod:teastore-image#0', reason: 'Failed', message: pull429, type: 'Warning', fieldPath: 'spec.containers{teastore-image}', first: -30.6, last: -2.5, count: 9 },
      { on: 'pod:teastore-image#0', reason: 'Failed', message: 'Error: ErrImagePull', type: 'Warning', fieldPath: 'spec.containers{teastore-image}', first: -30.6, last: -2.5, count: 9 },
      { on: 'pod:teastore-image#0', reason: 'BackOff', message: `Back-off pulling image "${IMG}"`, fieldPath: 'spec.containers{teastore-image}', first: -30.4, last: -0.3, count: 131 },
      { on: 'pod:teastore-image#0', reason: 'Failed', message: 'Error: ImagePullBackOff', type: 'Warning', fieldPath: 'spec.containers{teastore-image}', first: -30.4, last: -0.3, count: 131 },
    ],
    logs: {
      'teastore-webui#0/teastore-webui': [
        slf('http-nio-8080-exec-3', 'INFO', 'tools.descartes.teastore.registryclient.RegistryClient', 'Updated load balancer for service image: 1 instances'),
        slf('Thread-12', 'WARN', 'tools.descartes.teastore.registryclient.RegistryClient', 'Service image unregistered: teastore-image:8080'),
        slf('http-nio-8080-exec-7', 'WARN', LB, 'No Server registered for Service: image'),
        cat(-30.8, 'SEVERE', 'http-nio-8080-exec-7', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [CategoryServlet] in context with path [/tools.descartes.teastore.webui] threw exception'),
        '\ttools.descartes.teastore.registryclient.rest.NotFoundException: No Server registered for Service: image',
        '\t\tat tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation(ServiceLoadBalancer.java:238)',
        '\t\tat tools.descartes.teastore.registryclient.rest.LoadBalancedImageOperations.getProductPreviewImages(LoadBalancedImageOperations.java:69)',
        '\t\tat tools.descartes.teastore.webui.servlet.CategoryServlet.handleGETRequest(CategoryServlet.java:91)',
        slf('http-nio-8080-exec-1', 'WARN', LB, 'No Server registered for Service: image'),
        cat(-22.3, 'SEVERE', 'http-nio-8080-exec-1', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [ProductServlet] in context with path [/tools.descartes.teastore.webui] threw exception'),
        '\ttools.descartes.teastore.registryclient.rest.NotFoundException: No Server registered for Service: image',
        '\t\tat tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation(ServiceLoadBalancer.java:238)',
        '\t\tat tools.descartes.teastore.registryclient.rest.LoadBalancedImageOperations.getProductImage(LoadBalancedImageOperations.java:88)',
        slf('http-nio-8080-exec-5', 'WARN', LB, 'No Server registered for Service: image'),
        cat(-6.1, 'SEVERE', 'http-nio-8080-exec-5', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [CategoryServlet] in context with path [/tools.descartes.teastore.webui] threw exception'),
        '\ttools.descartes.teastore.registryclient.rest.NotFoundException: No Server registered for Service: image',
        slf('http-nio-8080-exec-9', 'WARN', LB, 'No Server registered for Service: image'),
      ],
      'teastore-registry#0/teastore-registry': [
        slf('http-nio-8080-exec-4', 'INFO', 'tools.descartes.teastore.registry.rest.Registry', 'Unregistered image: teastore-image:8080'),
        slf('http-nio-8080-exec-6', 'INFO', 'tools.descartes.teastore.registry.rest.Registry', 'Unregistered persistence: teastore-persistence:8080'),
        slf('http-nio-8080-exec-2', 'INFO', 'tools.descartes.teastore.registry.rest.Registry', 'Unregistered recommender: teastore-recommender:8080'),
        slf('http-nio-8080-exec-8', 'INFO', 'tools.descartes.teastore.registry.rest.Registry', 'Registered persistence: teastore-persistence:8080'),
        slf('http-nio-8080-exec-1', 'INFO', 'tools.descartes.teastore.registry.rest.Registry', 'Registered recommender: teastore-recommender:8080'),
      ],
      'teastore-persistence#0/teastore-persistence': [
        cat(-30.3, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/10.0.27'),
        cat(-29.8, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.start', 'Starting ProtocolHandler ["http-nio-8080"]'),
        cat(-29.8, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [29514] milliseconds'),
        slf('pool-1-thread-1', 'INFO', 'tools.descartes.teastore.registryclient.StartupCallbackTask', 'Persistence online'),
      ],
      'teastore-recommender#0/teastore-recommender': [
        cat(-29.6, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [31207] milliseconds'),
        slf('pool-2-thread-1', 'INFO', 'tools.descartes.teastore.recommender.algorithm.impl.TrainingSynchronizer', 'Persistence reachable. Training recommender with 12884 orders.'),
      ],
    },
  },
];
