// Blind held-out batch s76b: the TeaStore scenario (split test), as a spec for the scenario kit (scripts/s2-scenario-kit.mjs).
// System from scripts/kit-systems/teastore.mjs; built by scripts/s76b-build.mjs.
import { clock, cs, uid } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/teastore.mjs';

export const system = base;

const IT = '2026-03-10T09:12:00Z';
const T = clock(IT);
const FOLDER = 's76b-storefront-errors-after-patching';
const W3 = 'tea-worker-3';
const DOWN = -24.2; // unattended-upgrades reboot
const UP = -22.4; // kubelet starting again
const BOOT = uid(`teastore/${FOLDER}/boot/${W3}`); // the bootID the kit writes for the node

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const tc = (min, level, thread, cls, msg) => {
  const iso = T.isoMs(min);
  const [d, t] = iso.slice(0, -1).split('T');
  const [y, mo, da] = d.split('-');
  return `${da}-${MON[Number(mo) - 1]}-${y} ${t} ${level} [${thread}] ${cls} ${msg}`;
};
const simple = (thread, level, logger, msg) => `[${thread}] ${level} ${logger} - ${msg}`;
const LB = 'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer';
const PERS = 'tools.descartes.teastore.persistence';
const tomcatBoot = (m, svc, ms) => [
  tc(m, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/10.0.27'),
  tc(m, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'OS Name:               Linux'),
  tc(m, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'JVM Version:           11.0.17+8'),
  tc(m, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.init', 'Initializing ProtocolHandler ["http-nio-8080"]'),
  tc(m + 0.01, 'INFO', 'main', 'org.apache.catalina.core.StandardService.startInternal', 'Starting service [Catalina]'),
  tc(m + 0.01, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deploying web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.${svc}.war]`),
  tc(m + 0.08, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deployment of web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.${svc}.war] has finished in [${ms}] ms`),
  tc(m + 0.08, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.start', 'Starting ProtocolHandler ["http-nio-8080"]'),
  tc(m + 0.08, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', `Server startup in [${ms + 412}] milliseconds`),
];
const BOOTED = -60 * 24 * 9 + 0.3;
const noServer = (n, thread = 'http-nio-8080-exec') =>
  Array.from({ length: n }, (_, i) => simple(`${thread}-${1 + ((i * 7) % 10)}`, 'WARN', LB, `No Server registered for Service: ${PERS}`));

const pullFail = (img) =>
  `Failed to pull image "descartesresearch/${img}": failed to pull and unpack image "docker.io/descartesresearch/${img}:latest": failed to resolve reference "docker.io/descartesresearch/${img}:latest": failed to do request: Head "https://registry-1.docker.io/v2/descartesresearch/${img}/manifests/latest": dial tcp: lookup registry-1.docker.io on 127.0.0.53:53: server misbehaving`;
const rebootedStatus = (img) =>
  cs.waiting('ImagePullBackOff', `Back-off pulling image "descartesresearch/${img}"`, {
    restartCount: 1,
    lastState: { terminated: { exitCode: 255, reason: 'Unknown', startedAt: T.iso(BOOTED), finishedAt: T.iso(DOWN), containerID: '%CID%' } },
  });
const podEvents = (wl, img) => [
  { on: `pod:${wl}#0`, type: 'Warning', reason: 'NodeNotReady', message: 'Node is not ready', source: 'node-controller', first: -23.5 },
  { on: `pod:${wl}#0`, reason: 'SandboxChanged', message: 'Pod sandbox changed, it will be killed and re-created.', first: -21.7 },
  { on: `pod:${wl}#0`, reason: 'Pulling', message: `Pulling image "descartesresearch/${img}"`, first: -21.6, last: -1.8, count: 9, fieldPath: `spec.containers{${img}}` },
  { on: `pod:${wl}#0`, type: 'Warning', reason: 'Failed', message: pullFail(img), first: -21.6, last: -1.8, count: 9, fieldPath: `spec.containers{${img}}` },
  { on: `pod:${wl}#0`, type: 'Warning', reason: 'Failed', message: 'Error: ErrImagePull', first: -21.6, last: -1.8, count: 9, fieldPath: `spec.containers{${img}}` },
  { on: `pod:${wl}#0`, reason: 'BackOff', message: `Back-off pulling image "descartesresearch/${img}"`, first: -21.5, last: -0.4, count: 88, fieldPath: `spec.containers{${img}}` },
  { on: `pod:${wl}#0`, type: 'Warning', reason: 'Failed', message: 'Error: ImagePullBackOff', first: -21.5, last: -0.4, count: 88, fieldPath: `spec.containers{${img}}` },
];
const cond = (type, status, reason, message) => ({ type, status, lastHeartbeatTime: T.iso(-0.2), lastTransitionTime: T.iso(type === 'Ready' ? -21.9 : UP + 0.05), reason, message });

export const scenarios = [
  {
    folder: FOLDER,
    incidentTime: IT,
    description: 'teastore storefront throwing errors since ~8:50, product pages empty and login fails. platform says worker-3 was rebooted for patching this morning but its back Ready',
    expected: { component: 'persistence', cause: 'image-pull' },
    alsoAcceptable: [
      { component: 'persistence', cause: 'image-pull', node: W3 },
      { component: 'recommender', cause: 'image-pull' },
      { component: 'persistence', cause: 'network-fault', node: W3 },
    ],
    difficulty: 'hard',
    traits: ['decoy', 'node-level', 'louder-dependents', 'time-expression', 'partial-name'],
    grounding: `
      Manifests: DescartesResearch/TeaStore examples/kubernetes/teastore-clusterip.yaml at 5ab1188: untagged images, so
      :latest with imagePullPolicy Always, no probes; every service registers HOST_NAME:8080 with the registry, which drops an
      instance that misses its heartbeats (Registry.heartBeatCleanup: "Removed <service>@<host> since it failed the
      heartbeat!") and clients log "No Server registered for Service: ..." (ServiceLoadBalancer) when none is left.
      Fault: unattended-upgrades rebooted tea-worker-3 for a kernel update; the kubelet came back Ready and recreated the
      sandboxes of the pods bound to it, but the node's systemd-resolved came up with an unusable upstream (a netplan
      change applied by the same run), so containerd's pulls fail with "lookup registry-1.docker.io on 127.0.0.53:53:
      server misbehaving" — the resolver error seen in public kubeadm/Ubuntu reports. Images with IfNotPresent (the
      kube-system DaemonSets) start from the node's cache; the TeaStore pods pull Always, so persistence and recommender
      on that node sit in ImagePullBackOff after their containers ended with the reboot (Unknown, 255). Persistence has a
      single replica: webui and auth lose every catalogue, user and cart call.
      Decoy: the node's own reboot events (NodeNotReady, Rebooted) are 20 minutes old and the node is Ready now.
      Deviations from upstream: none in the manifests; node names invented, worker-3's kernel after the upgrade.
    `,
    nodes: {
      [W3]: {
        conditions: {
          MemoryPressure: cond('MemoryPressure', 'False', 'KubeletHasSufficientMemory', 'kubelet has sufficient memory available'),
          DiskPressure: cond('DiskPressure', 'False', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure'),
          PIDPressure: cond('PIDPressure', 'False', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available'),
          Ready: cond('Ready', 'True', 'KubeletReady', 'kubelet is posting ready status'),
        },
      },
    },
    workloads: {
      'teastore-persistence': {
        pods: [{ containers: { 'teastore-persistence': rebootedStatus('teastore-persistence') }, readyTransition: T.iso(-23.5) }],
        endpointsChanged: -23.5,
      },
      'teastore-recommender': {
        pods: [{ containers: { 'teastore-recommender': rebootedStatus('teastore-recommender') }, readyTransition: T.iso(-23.5) }],
        endpointsChanged: -23.5,
      },
    },
    events: [
      { on: `node:${W3}`, type: 'Normal', reason: 'NodeNotReady', message: `Node ${W3} status is now: NodeNotReady`, source: 'node-controller', first: -23.6 },
      { on: `node:${W3}`, reason: 'Starting', message: 'Starting kubelet.', first: UP },
      { on: `node:${W3}`, reason: 'NodeHasSufficientMemory', message: `Node ${W3} status is now: NodeHasSufficientMemory`, first: UP },
      { on: `node:${W3}`, reason: 'NodeHasNoDiskPressure', message: `Node ${W3} status is now: NodeHasNoDiskPressure`, first: UP },
      { on: `node:${W3}`, reason: 'NodeHasSufficientPID', message: `Node ${W3} status is now: NodeHasSufficientPID`, first: UP },
      { on: `node:${W3}`, reason: 'NodeAllocatableEnforced', message: 'Updated Node Allocatable limit across pods', first: UP },
      { on: `node:${W3}`, type: 'Warning', reason: 'Rebooted', message: `Node ${W3} has been rebooted, boot id: ${BOOT}`, first: UP },
      { on: `node:${W3}`, reason: 'NodeReady', message: `Node ${W3} status is now: NodeReady`, first: -21.9 },
      ...podEvents('teastore-persistence', 'teastore-persistence'),
      ...podEvents('teastore-recommender', 'teastore-recommender'),
    ],
    logs: {
      'teastore-registry#0/teastore-registry': [
        ...tomcatBoot(BOOTED, 'registry', 2811),
        simple('http-nio-8080-exec-1', 'INFO', 'tools.descartes.teastore.registry.rest.Registry', 'Registered tools.descartes.teastore.persistence@teastore-persistence:8080'),
        simple('http-nio-8080-exec-3', 'INFO', 'tools.descartes.teastore.registry.rest.Registry', 'Registered tools.descartes.teastore.auth@teastore-auth:8080'),
        simple('http-nio-8080-exec-2', 'INFO', 'tools.descartes.teastore.registry.rest.Registry', 'Registered tools.descartes.teastore.image@teastore-image:8080'),
        simple('http-nio-8080-exec-5', 'INFO', 'tools.descartes.teastore.registry.rest.Registry', 'Registered tools.descartes.teastore.recommender@teastore-recommender:8080'),
        simple('http-nio-8080-exec-4', 'INFO', 'tools.descartes.teastore.registry.rest.Registry', 'Registered tools.descartes.teastore.webui@teastore-webui:8080'),
        simple('pool-1-thread-1', 'WARN', 'tools.descartes.teastore.registry.rest.Registry', 'Removed tools.descartes.teastore.persistence@teastore-persistence:8080 since it failed the heartbeat!'),
        simple('pool-1-thread-1', 'WARN', 'tools.descartes.teastore.registry.rest.Registry', 'Removed tools.descartes.teastore.recommender@teastore-recommender:8080 since it failed the heartbeat!'),
      ],
      'teastore-webui#0/teastore-webui': [
        ...tomcatBoot(BOOTED, 'webui', 4120),
        ...noServer(46),
      ],
      'teastore-auth#0/teastore-auth': [
        ...tomcatBoot(BOOTED, 'auth', 3307),
        ...noServer(12),
      ],
      'teastore-image#0/teastore-image': [
        ...tomcatBoot(BOOTED, 'image', 6954),
      ],
      'teastore-persistence#0/teastore-persistence/previous': [
        ...tomcatBoot(BOOTED, 'persistence', 7741),
        '[EL Info]: 2026-03-01 09:12:31.118--ServerSession(1915318863)--EclipseLink, version: Eclipse Persistence Services - 2.7.12.v20230209-e5c4c6b5a2',
        '[EL Info]: connection: 2026-03-01 09:12:32.044--ServerSession(1915318863)--/file:/usr/local/tomcat/webapps/tools.descartes.teastore.persistence/WEB-INF/classes/_tools.descartes.teastore.persistence login successful',
      ],
    },
  },
];

/** Fix-ups the kit cannot express: worker-3 runs the upgraded kernel; the rebooted pods' sandboxes are new. */
export function post(spec, files) {
  const n = files['nodes.json'].items.find((x) => x.metadata.name === W3);
  n.status.nodeInfo.kernelVersion = '5.15.0-134-generic';
  if (n.status.nodeInfo.bootID !== BOOT) throw new Error('bootID mismatch');
  for (const p of files['pods.json'].items.filter((x) => x.spec.nodeName === W3 && x.status.containerStatuses?.some((c) => c.state.waiting))) {
    const c = p.status.conditions.find((x) => x.type === 'PodReadyToStartContainers');
    c.lastTransitionTime = T.iso(-21.7);
  }
}
