// Blind dev batch s109b: Bookinfo scenario (details-v1 rebuilt on a Ruby 3.3 base where WEBrick is no longer bundled:
// the new pod crash-loops on LoadError, the old pod keeps serving). Built by scripts/s109b-build.mjs with the kit.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export { system };
const incidentTime = '2026-07-07T16:20:00Z';
const T = clock(incidentTime);
const NEW = 'registry.internal.example.com/bookinfo/details-v1:1.20.2-ruby3.3';
const OLD = 'docker.io/istio/examples-bookinfo-details-v1:1.20.1';
const crash = [
  "<internal:/usr/local/lib/ruby/3.3.0/rubygems/core_ext/kernel_require.rb>:136:in `require': cannot load such file -- webrick (LoadError)",
  "\tfrom <internal:/usr/local/lib/ruby/3.3.0/rubygems/core_ext/kernel_require.rb>:136:in `require'",
  "\tfrom /opt/microservices/details.rb:17:in `<main>'",
];
const webrick = (min) => `[${T.java(min).slice(0, 19)}] INFO  WEBrick 1.4.2`;
const oldDetails = [
  webrick(-60 * 24 * 6),
  `[${T.java(-60 * 24 * 6).slice(0, 19)}] INFO  ruby 2.7.8 (2023-03-30) [x86_64-linux]`,
  `[${T.java(-60 * 24 * 6).slice(0, 19)}] INFO  WEBrick::HTTPServer#start: pid=1 port=9080`,
  ...Array.from({ length: 6 }, (_, i) => `127.0.0.6 - - [${T.go(-12 + i * 2).replace(/\//g, '/')}] "GET /details/0 HTTP/1.1" 200 178 0.0012`),
];
const ppLog = Array.from({ length: 8 }, (_, i) => `INFO:werkzeug:127.0.0.6 - - [${T.go(-16 + i * 2)}] "GET /productpage HTTP/1.1" 200 -`);

export const scenarios = [
  bookinfoScenario({
    folder: 's109b-bookinfo-details-ruby33-webrick',
    description: 'details rollout (the ruby base image bump) has been stuck in the pipeline ~25 min, new pod keeps restarting. productpage still shows details??',
    incidentTime,
    expected: { component: 'details', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'details', cause: 'crash-loop' }],
    difficulty: 'medium',
    traits: ['rollout-regression', 'partial-name', 'time-expression'],
    grounding: `
      Istio Bookinfo (samples/bookinfo/platform/kube/bookinfo.yaml, 1.20.1): details-v1 is a Ruby WEBrick server
      (details.rb requires 'webrick'), one replica, RollingUpdate 25%/25% (so the old pod stays until the new one is Ready),
      sidecar-injected. Fault after the Ruby 3.0 release notes (WEBrick removed from the bundled gems) and the many public
      "cannot load such file -- webrick (LoadError)" reports after base-image bumps: the team rebuilt details-v1 on ruby:3.3-slim
      without adding the webrick gem and rolled it out 25 minutes ago. The new pod's details container exits 1 at start and
      crash-loops (istio-proxy Ready), the Deployment stays Progressing with one unavailable surge pod, and the old pod keeps
      serving /details (with details-v2, also behind the details Service), so productpage still works. Deviations from upstream:
      the in-house image and tag.`,
    workloads: {
      'details-v1': {
        rollout: { at: -25, oldReplicas: 1, oldContainers: { details: { image: OLD } } },
        containers: { details: { image: NEW } },
        pods: [{ containers: { details: cs.crashLoop({ restarts: 9, exitCode: 1, startedAt: T.iso(-3.2), finishedAt: T.iso(-3.1), container: 'details' }) } }],
        unavailableSince: -25,
        progressing: (rs) => ({ type: 'Progressing', status: 'True', lastUpdateTime: T.iso(-24.5), lastTransitionTime: T.iso(-25), reason: 'ReplicaSetUpdated', message: `ReplicaSet "${rs}" is progressing.` }),
      },
    },
    events: [
      { on: 'deploy:details-v1', source: 'deployment-controller', reason: 'ScalingReplicaSet', message: 'Scaled up replica set details-v1-%NEW% from 0 to 1', first: -25, last: -25 },
      { on: 'pod:details-v1#0', reason: 'Pulled', message: `Container image "${NEW}" already present on machine`, first: -24, last: -3.2, count: 10, fieldPath: 'spec.containers{details}' },
      { on: 'pod:details-v1#0', reason: 'Created', message: 'Created container details', first: -24, last: -3.2, count: 10, fieldPath: 'spec.containers{details}' },
      { on: 'pod:details-v1#0', reason: 'Started', message: 'Started container details', first: -24, last: -3.2, count: 10, fieldPath: 'spec.containers{details}' },
      { on: 'pod:details-v1#0', type: 'Warning', reason: 'BackOff', message: 'Back-off restarting failed container details in pod %POD%_bookinfo(%PODUID%)', first: -23.5, last: -0.5, count: 104, fieldPath: 'spec.containers{details}' },
    ],
    logs: {
      'details-v1#0/details': crash,
      'details-v1#0/details/previous': crash,
      'details-v1#old0/details': oldDetails,
      'productpage-v1#0/productpage': ppLog,
    },
  }),
];
