// Batch s38a held-out scenario for TeaStore (split: test), written blind: the kit system definition with one incident
// spec; built by scripts/s38a-build.mjs with the s2 scenario kit.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/teastore.mjs';

export const system = base;

const T = clock('2026-05-14T10:47:00Z');
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// Tomcat's OneLineFormatter: 14-May-2026 10:21:33.512 INFO [main] org.apache.catalina.startup.Catalina.start ...
const cat = (min, level, thread, src, msg) => {
  const j = T.java(min);
  const [d, t] = j.split(' ');
  const [y, m, dd] = d.split('-');
  return `${dd}-${MON[Number(m) - 1]}-${y} ${t} ${level} [${thread}] ${src} ${msg}`;
};
const IMG = 'harbor.tea.lab/descartesresearch/teastore-webui:1.4.3';
const PULL_ERR = `failed to pull and unpack image "${IMG}": failed to resolve reference "${IMG}": failed to do request: Head "https://harbor.tea.lab/v2/descartesresearch/teastore-webui/manifests/1.4.3": tls: failed to verify certificate: x509: certificate signed by unknown authority`;
const tomcatStart = (min, ms) => [
  cat(min, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/9.0.89'),
  cat(min + 0.01, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.init', 'Initializing ProtocolHandler ["http-nio-8080"]'),
  cat(min + 0.02, 'INFO', 'main', 'org.apache.catalina.core.StandardService.startInternal', 'Starting service [Catalina]'),
  cat(min + 0.1, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', 'Deploying web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.recommender.war]'),
  cat(min + ms / 60000, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', 'Deployment of web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.recommender.war] has finished in [' + (ms - 400) + '] ms'),
  cat(min + ms / 60000 + 0.005, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.start', 'Starting ProtocolHandler ["http-nio-8080"]'),
  cat(min + ms / 60000 + 0.006, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', `Server startup in [${ms}] milliseconds`),
];

export const scenarios = [
  {
    folder: 's38a-webui-harbor-x509-pull',
    split: 'test',
    description: 'teastore webui 1.4.3 release never went out, argo app stuck progressing for ~25 min',
    incidentTime: '2026-05-14T10:47:00Z',
    expected: { component: 'webui', cause: 'image-pull' },
    difficulty: 'easy',
    traits: ['tls-misconfig', 'decoy', 'time-expression'],
    grounding: `
      TeaStore teastore-clusterip.yaml (DescartesResearch/TeaStore 5ab1188): teastore-webui one replica, no probes, Tomcat on 8080,
      REGISTRY_HOST teastore-registry; kubeadm workers with containerd. Deviation: release 1.4.3 is rolled out service by service
      from a team Harbor mirror (harbor.tea.lab) instead of Docker Hub; the recommender went first from Docker Hub and is healthy.
      Fault: Harbor's certificate was re-issued by a new internal intermediate CA that is not in the nodes' containerd
      certs.d/CA bundle, so the kubelet's pull of the new webui image fails in the TLS handshake (containerd's real text
      "failed to resolve reference ... failed to do request: Head ... tls: failed to verify certificate: x509: certificate signed by
      unknown authority"), the new pod sits in ErrImagePull/ImagePullBackOff and the Deployment reports ProgressDeadlineExceeded
      after 600 s, while the old webui pod (maxUnavailable 0 for one replica) keeps serving. Same failure mode as the many
      "x509: certificate signed by unknown authority" pulls from private registries reported for containerd.
      Decoy: the teastore-recommender rollout 40 minutes earlier (same release, Docker Hub image) completed normally.
    `,
    workloads: {
      'teastore-webui': {
        rollout: { at: -26, oldReplicas: 1, oldContainers: { 'teastore-webui': { image: 'descartesresearch/teastore-webui:1.4.2' } } },
        containers: { 'teastore-webui': { image: IMG } },
        pods: [{ node: 'tea-worker-2', phase: 'Pending', containers: { 'teastore-webui': cs.waiting('ImagePullBackOff', `Back-off pulling image "${IMG}"`) } }],
        progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(-16), lastTransitionTime: T.iso(-16), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
      },
      'teastore-recommender': {
        rollout: { at: -40, oldReplicas: 0, oldContainers: { 'teastore-recommender': { image: 'descartesresearch/teastore-recommender:1.4.2' } } },
        containers: { 'teastore-recommender': { image: 'descartesresearch/teastore-recommender:1.4.3' } },
      },
    },
    events: [
      { on: 'deploy:teastore-recommender', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-recommender-%NEW% to 1', first: -40 },
      { on: 'deploy:teastore-recommender', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-recommender-%OLD% to 0 from 1', first: -39.2 },
      { on: 'pod:teastore-recommender#0', reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-recommender:1.4.3"', first: -39.9, fieldPath: 'spec.containers{teastore-recommender}' },
      { on: 'pod:teastore-recommender#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-recommender:1.4.3" in 11.482s (11.482s including waiting). Image size: 187311342 bytes.', first: -39.7, fieldPath: 'spec.containers{teastore-recommender}' },
      { on: 'pod:teastore-recommender#0', reason: 'Started', message: 'Started container teastore-recommender', first: -39.6, fieldPath: 'spec.containers{teastore-recommender}' },
      { on: 'deploy:teastore-webui', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-webui-%NEW% to 1', first: -26 },
      { on: 'pod:teastore-webui#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned teastore/%POD% to tea-worker-2', first: -25.9 },
      { on: 'pod:teastore-webui#0', reason: 'Pulling', message: `Pulling image "${IMG}"`, first: -25.8, last: -1.4, count: 10, fieldPath: 'spec.containers{teastore-webui}' },
      { on: 'pod:teastore-webui#0', type: 'Warning', reason: 'Failed', message: `Failed to pull image "${IMG}": ${PULL_ERR}`, first: -25.8, last: -1.4, count: 10, fieldPath: 'spec.containers{teastore-webui}' },
      { on: 'pod:teastore-webui#0', type: 'Warning', reason: 'Failed', message: 'Error: ErrImagePull', first: -25.8, last: -1.4, count: 10, fieldPath: 'spec.containers{teastore-webui}' },
      { on: 'pod:teastore-webui#0', reason: 'BackOff', message: `Back-off pulling image "${IMG}"`, first: -25.7, last: -0.3, count: 104, fieldPath: 'spec.containers{teastore-webui}' },
      { on: 'pod:teastore-webui#0', type: 'Warning', reason: 'Failed', message: 'Error: ImagePullBackOff', first: -25.7, last: -0.3, count: 104, fieldPath: 'spec.containers{teastore-webui}' },
    ],
    logs: {
      'teastore-recommender#0/teastore-recommender': tomcatStart(-39.5, 31240),
    },
  },
];
