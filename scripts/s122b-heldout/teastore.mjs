// Blind held-out batch s122b: one TeaStore scenario (split: test) on the kit system definition.
// Built by scripts/s122b-build.mjs with the scenario kit (scripts/s2-scenario-kit.mjs).
import { clock } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/teastore.mjs';

const IT = '2026-05-14T09:47:00Z';
const T = clock(IT);
const eph = { requests: { 'ephemeral-storage': '512Mi' }, limits: { 'ephemeral-storage': '2Gi' } };
export const system = {
  ...base,
  workloads: base.workloads.map((w) => (w.name === 'teastore-webui' ? { ...w, containers: w.containers.map((c) => ({ ...c, resources: eph })) } : w)),
};
const cat = (min, lvl, cls, msg) => `${T.java(min).replace(' ', ' ').slice(0, 23).replace(/^(\d+)-(\d+)-(\d+)/, (m, y, mo, d) => `${d}-${['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][Number(mo) - 1]}-${y}`)} ${lvl} [${cls}] ${msg}`;

export const scenarios = [
  {
    folder: 's122b-webui-ephemeral-eviction',
    incidentTime: IT,
    description: 'tea store web shop was down twice this morning (~8:10 and ~9:30), seems back now?? what happened',
    expected: { component: 'webui', cause: 'resource-exhaustion' },
    difficulty: 'medium',
    traits: ['time-expression'],
    workloads: {
      'teastore-webui': {
        since: -16,
        pods: [
          { evicted: 'Pod ephemeral local storage usage exceeds the total limit of containers 2Gi. ', created: T.iso(-97), node: 'tea-worker-2' },
          { created: T.iso(-16.5), node: 'tea-worker-3' },
        ],
        rsReplicas: 1,
        endpointsChanged: -15.5,
      },
    },
    events: [
      { on: 'pod:teastore-webui#0', reason: 'Evicted', message: 'Pod ephemeral local storage usage exceeds the total limit of containers 2Gi. ', type: 'Warning', first: -17 },
      { on: 'pod:teastore-webui#0', reason: 'Killing', message: 'Stopping container teastore-webui', first: -17, fieldPath: 'spec.containers{teastore-webui}' },
      { on: 'rs:teastore-webui', reason: 'SuccessfulCreate', message: 'Created pod: teastore-webui-%RS%', first: -16.5 },
      { on: 'pod:teastore-webui#1', reason: 'Scheduled', message: 'Successfully assigned teastore/%POD% to tea-worker-3', source: 'default-scheduler', first: -16.5 },
      { on: 'pod:teastore-webui#1', reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-webui"', first: -16.4, fieldPath: 'spec.containers{teastore-webui}' },
      { on: 'pod:teastore-webui#1', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-webui" in 1.412s (1.412s including waiting). Image size: 282317453 bytes.', first: -16.3, fieldPath: 'spec.containers{teastore-webui}' },
      { on: 'pod:teastore-webui#1', reason: 'Started', message: 'Started container teastore-webui', first: -16.3, fieldPath: 'spec.containers{teastore-webui}' },
    ],
    logs: {
      'teastore-webui#1/teastore-webui': [
        cat(-16.2, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log Server version name:   Apache Tomcat/8.5.24'),
        cat(-16.0, 'INFO', 'localhost-startStop-1', 'org.apache.catalina.startup.HostConfig.deployWAR Deploying web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.webui.war]'),
        cat(-15.6, 'INFO', 'localhost-startStop-1', 'org.apache.catalina.startup.HostConfig.deployWAR Deployment of web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.webui.war] has finished in [24,118] ms'),
        cat(-15.59, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.start Starting ProtocolHandler ["http-nio-8080"]'),
        cat(-15.58, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start Server startup in 24873 ms'),
      ],
      'teastore-auth#0/teastore-auth': [
        cat(-16.9, 'WARNING', 'http-nio-8080-exec-3', 'org.apache.catalina.connector.Response.sendError Connection reset by peer while writing the response'),
      ],
    },
    grounding: `TeaStore teastore-clusterip.yaml at 5ab1188 (one webui replica, no resources upstream). Deviation: the cluster's
      LimitRange-style policy gave teastore-webui an ephemeral-storage limit of 2Gi; under the load driver Tomcat's
      AccessLogValve (localhost_access_log.*.txt under /usr/local/tomcat/logs, the container's writable layer) and the
      webui's exploded WAR/image cache grow until the kubelet evicts the pod ("Pod ephemeral local storage usage exceeds
      the total limit of containers 2Gi.", reason Evicted, phase Failed). The ReplicaSet creates a new pod, which comes back
      Ready, so the shop is up again; the evicted pod object remains. The earlier outage (~08:10) is the same eviction and
      its pod object was already garbage-collected. Log lines follow Tomcat 8.5 OneLineFormatter.`,
  },
];
