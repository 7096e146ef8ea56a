// Blind held-out batch s112a: one TeaStore scenario (split test) on the kit's TeaStore system definition.
// Built by scripts/s112a-build.mjs with scripts/s2-scenario-kit.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
export { system } from '../kit-systems/teastore.mjs';

const I = '2026-05-19T09:42:00Z';
const T = clock(I);
const probe = { httpGet: { path: '/tools.descartes.teastore.webui/rest/ready/isready', port: 8081, scheme: 'HTTP' }, initialDelaySeconds: 20, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3 };
export const scenarios = [
  {
    folder: 's112a-webui-rollout-stalled',
    incidentTime: I,
    description: 'tea store webui deploy hangs in argo since about 9:20, old version still serving the shop fine',
    expected: { component: 'webui', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'webui', cause: 'probe-failure' }],
    difficulty: 'medium',
    traits: ['rollout-regression', 'partial-name', 'time-expression'],
    grounding: `TeaStore teastore-clusterip.yaml sets no probes; the release adds a readinessProbe on the webui's ready
      endpoint but on port 8081 while Tomcat listens on 8080 (the manifest's containerPort), so the new pod never turns
      Ready, the rolling update (maxUnavailable 25% of one replica = 0) keeps the old pod and the Deployment reports
      ProgressDeadlineExceeded after 600 s. Deviation from upstream: the readinessProbe and the image tag 1.4.3 on both
      revisions (upstream pins no tag).`,
    workloads: {
      'teastore-webui': {
        containers: { 'teastore-webui': { image: 'descartesresearch/teastore-webui:1.4.3', readinessProbe: probe } },
        rollout: { at: -22, oldReplicas: 1, oldContainers: { 'teastore-webui': { image: 'descartesresearch/teastore-webui:1.4.3', readinessProbe: undefined } } },
        pods: [{ ready: false, containers: { 'teastore-webui': cs.running(T.iso(-21.4), { ready: false }) } }],
        progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(-11.5), lastTransitionTime: T.iso(-11.5), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
      },
    },
    events: [
      { on: 'deploy:teastore-webui', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-webui-%NEW% to 1', first: -22 },
      { on: 'pod:teastore-webui#0', reason: 'Scheduled', message: 'Successfully assigned teastore/%POD% to %NODE%', source: 'default-scheduler', first: -22 },
      { on: 'pod:teastore-webui#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-webui:1.4.3" in 1.21s (1.21s including waiting). Image size: 241873302 bytes.', first: -21.8, fieldPath: 'spec.containers{teastore-webui}' },
      { on: 'pod:teastore-webui#0', reason: 'Started', message: 'Started container teastore-webui', first: -21.4, fieldPath: 'spec.containers{teastore-webui}' },
      { on: 'pod:teastore-webui#0', type: 'Warning', reason: 'Unhealthy', message: 'Readiness probe failed: Get "http://%PODIP%:8081/tools.descartes.teastore.webui/rest/ready/isready": dial tcp %PODIP%:8081: connect: connection refused', first: -21, last: -0.3, count: 124, fieldPath: 'spec.containers{teastore-webui}' },
    ],
    logs: {
      'teastore-webui#0/teastore-webui': [
        `19-May-2026 09:20:37.114 INFO [main] org.apache.catalina.startup.VersionLoggerListener.log Server version name:   Apache Tomcat/8.5.24`,
        `19-May-2026 09:20:38.902 INFO [main] org.apache.coyote.AbstractProtocol.init Initializing ProtocolHandler ["http-nio-8080"]`,
        `19-May-2026 09:20:44.551 INFO [localhost-startStop-1] org.apache.catalina.startup.HostConfig.deployWAR Deployment of web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.webui.war] has finished in [5,120] ms`,
        `19-May-2026 09:20:44.560 INFO [main] org.apache.coyote.AbstractProtocol.start Starting ProtocolHandler ["http-nio-8080"]`,
        `19-May-2026 09:20:44.571 INFO [main] org.apache.catalina.startup.Catalina.start Server startup in 6932 ms`,
      ],
      'teastore-webui#old0/teastore-webui': [
        `19-May-2026 09:41:12.310 INFO [http-nio-8080-exec-7] tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.updateLoadBalancersForService Updated load balancer for service image: 1 instances`,
      ],
    },
  },
];
