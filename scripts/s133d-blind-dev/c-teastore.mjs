// Batch s133d (blind, dev): TeaStore no-fault scenario. System from scripts/kit-systems/teastore.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/teastore.mjs';

export const system = base;
const T = clock('2026-05-16T10:20:00Z');
const cat = (min) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  const p = (n, w = 2) => String(n).padStart(w, '0');
  return `${p(d.getUTCDate())}-${mon}-${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)}`;
};
const webui = [
  `${cat(-14.5)} INFO [main] org.apache.catalina.startup.VersionLoggerListener.log Server version name:   Apache Tomcat/8.5.24`,
  `${cat(-14.5)} INFO [main] org.apache.catalina.startup.VersionLoggerListener.log OS Name:               Linux`,
  `${cat(-14.5)} INFO [main] org.apache.catalina.startup.VersionLoggerListener.log JVM Version:           1.8.0_151-8u151-b12-1~deb9u1-b12`,
  `${cat(-14.4)} INFO [main] org.apache.coyote.AbstractProtocol.init Initializing ProtocolHandler ["http-nio-8080"]`,
  `${cat(-14.4)} INFO [main] org.apache.catalina.startup.HostConfig.deployWAR Deploying web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.webui.war]`,
  `${cat(-14.0)} INFO [main] org.apache.catalina.startup.HostConfig.deployWAR Deployment of web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.webui.war] has finished in [23,518] ms`,
  `${cat(-14.0)} INFO [main] org.apache.coyote.AbstractProtocol.start Starting ProtocolHandler ["http-nio-8080"]`,
  `${cat(-14.0)} INFO [main] org.apache.catalina.startup.Catalina.start Server startup in 24102 ms`,
  `${cat(-13.9)} INFO [pool-1-thread-1] tools.descartes.teastore.registryclient.RegistryClient.register Registered in registry as webui at teastore-webui:8080`,
];
export const scenarios = [
  {
    folder: 's133d-webui-moved-by-node-patching',
    description: 'got a pod restart alert for teastore webui around 10:05, and the uptime check showed the shop down for ~1 min. is something broken? ',
    incidentTime: '2026-05-16T10:20:00Z',
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'partial-name', 'time-expression', 'node-level'],
    grounding: `TeaStore teastore-clusterip.yaml: teastore-webui is a single-replica Deployment (no probes, no PodDisruptionBudget)
      behind a NodePort Service; on start it deploys its WAR in Tomcat and registers with teastore-registry. The
      platform team patched the kernel of worker tea-worker-2 this morning: kubectl drain at 10:04 (NodeNotSchedulable),
      reboot (Rebooted warning, new boot id), uncordon at 10:10. The drain evicted the only webui pod; its
      replacement started on tea-worker-1 and the store was unavailable for the ~40 s the new Tomcat took to come up,
      which is what the uptime check and the pod alert saw. Everything has been healthy since: an expected maintenance
      effect, nothing to fix. Deviations: registry and auth are placed away from tea-worker-2 so only webui moved;
      the maintenance is this scenario's story.`,
    workloads: {
      'teastore-registry': { pods: [{ node: 'tea-worker-3' }] },
      'teastore-auth': { pods: [{ node: 'tea-worker-1' }] },
      'teastore-webui': { pods: [{ node: 'tea-worker-1', created: T.iso(-15.6) }], endpointsChanged: -13.9 },
    },
    events: [
      { on: 'node:tea-worker-2', reason: 'NodeNotSchedulable', message: 'Node tea-worker-2 status is now: NodeNotSchedulable', first: -16.2, last: -16.2 },
      { on: 'rs:teastore-webui', reason: 'SuccessfulCreate', message: 'Created pod: teastore-webui-%RS%', first: -15.6, last: -15.6 },
      { on: 'pod:teastore-webui#0', reason: 'Scheduled', message: 'Successfully assigned teastore/%POD% to %NODE%', source: 'default-scheduler', first: -15.6, last: -15.6 },
      { on: 'pod:teastore-webui#0', reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-webui"', fieldPath: 'spec.containers{teastore-webui}', first: -15.5, last: -15.5 },
      { on: 'pod:teastore-webui#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-webui" in 936ms (936ms including waiting). Image size: 287301912 bytes.', fieldPath: 'spec.containers{teastore-webui}', first: -14.9, last: -14.9 },
      { on: 'pod:teastore-webui#0', reason: 'Created', message: 'Created container teastore-webui', fieldPath: 'spec.containers{teastore-webui}', first: -14.9, last: -14.9 },
      { on: 'pod:teastore-webui#0', reason: 'Started', message: 'Started container teastore-webui', fieldPath: 'spec.containers{teastore-webui}', first: -14.8, last: -14.8 },
      { on: 'node:tea-worker-2', type: 'Warning', reason: 'Rebooted', message: 'Node tea-worker-2 has been rebooted, boot id: 4b7e2d19-8c3a-4f60-b1d5-92e7a0c6f314', first: -12.6, last: -12.6 },
      { on: 'node:tea-worker-2', reason: 'Starting', message: 'Starting kubelet.', first: -12.7, last: -12.7 },
      { on: 'node:tea-worker-2', reason: 'NodeReady', message: 'Node tea-worker-2 status is now: NodeReady', first: -12.2, last: -12.2 },
      { on: 'node:tea-worker-2', reason: 'NodeSchedulable', message: 'Node tea-worker-2 status is now: NodeSchedulable', first: -10.1, last: -10.1 },
    ],
    nodes: { 'tea-worker-2': {} },
    logs: { 'teastore-webui#0/teastore-webui': webui },
  },
];
