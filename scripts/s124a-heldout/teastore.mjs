// Blind held-out batch s124a: one TeaStore scenario (split test) for the scenario kit (scripts/s2-scenario-kit.mjs).
// System definition from scripts/kit-systems/teastore.mjs; grounding notes in the scenario.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };
const I = '2026-05-26T10:58:00Z';
const T = clock(I);
const lim = { requests: { cpu: '250m', memory: '256Mi' }, limits: { cpu: '1', memory: '256Mi' } };

export const scenarios = [
  {
    folder: 's124a-image-provider-limit-oom',
    incidentTime: I,
    description: 'teastore product pictures missing/broken since ~10:40, rest of the shop loads',
    expected: { component: 'image', cause: 'oom-killed' },
    alsoAcceptable: [{ component: 'image', cause: 'bad-deploy-rollout' }, { component: 'image', cause: 'crash-loop' }],
    difficulty: 'easy',
    traits: ['rollout-regression', 'time-expression', 'partial-name'],
    workloads: {
      'teastore-image': {
        rollout: { at: -19, oldReplicas: 0, oldContainers: { 'teastore-image': { resources: {} } } },
        containers: { 'teastore-image': { resources: lim } },
        pods: [{ containers: { 'teastore-image': cs.crashLoop({ restarts: 5, exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-4.2), finishedAt: T.iso(-3.1), backoff: '2m40s', container: 'teastore-image' }) } }],
        unavailableSince: -17,
      },
    },
    events: [
      { on: 'deploy:teastore-image', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-image-%NEW% to 1', first: -19, last: -19 },
      { on: 'deploy:teastore-image', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-image-%OLD% to 0 from 1', first: -18.2, last: -18.2 },
      { on: 'pod:teastore-image#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-image" in 812ms (812ms including waiting). Image size: 297718403 bytes.', first: -18.9, last: -4.2, count: 6 },
      { on: 'pod:teastore-image#0', reason: 'Started', message: 'Started container teastore-image', first: -18.8, last: -4.2, count: 6 },
      { on: 'pod:teastore-image#0', type: 'Warning', reason: 'BackOff', message: 'Back-off restarting failed container teastore-image in pod %POD%_teastore(%PODUID%)', first: -15.5, last: -0.7, count: 31 },
    ],
    logs: {
      'teastore-image#0/teastore-image/previous': [
        `${T.java(-4.1).replace(/\.\d+$/, '')} INFO  Server version name:   Apache Tomcat/8.5.24`,
        `${T.java(-3.9).replace(/\.\d+$/, '')} INFO  Deploying web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.image.war]`,
        `${T.java(-3.6).replace(/\.\d+$/, '')} INFO  tools.descartes.teastore.image.setup.SetupController Creating images for 120 products ...`,
      ],
      'teastore-webui#0/teastore-webui': [
        `${T.java(-12.3)} WARN  tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer No instance of service image available`,
        `javax.ws.rs.ProcessingException: java.net.ConnectException: Connection refused (Connection refused)`,
        `\tat org.glassfish.jersey.client.internal.HttpUrlConnector.apply(HttpUrlConnector.java:287)`,
        `${T.java(-2.4)} WARN  tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer No instance of service image available`,
      ],
      'teastore-persistence#0/teastore-persistence': [
        `${T.java(-60 * 24 * 3)} INFO  tools.descartes.teastore.persistence.daemons.InitialDataGenerationDaemon Database already populated, skipping generation.`,
      ],
    },
    grounding: `
      Manifest facts: upstream teastore-clusterip.yaml (5ab1188) sets no resources on teastore-image; the image provider renders and
      caches product images in its JVM (SetupController creates images at start, cache size by the default storage rule). Fault:
      a rollout added a 256Mi memory limit (the team copied a LimitRange-style default), the JVM without a heap cap sized for the
      node grows past the cgroup limit while generating the images, the kernel kills it (OOMKilled, 137) and the pod crash-loops;
      webui logs no instance of image. Deviation from upstream: the resources block of the new ReplicaSet.
    `,
  },
];
