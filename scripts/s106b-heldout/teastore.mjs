// Blind held-out batch s106b: one TeaStore scenario (split test) for the scenario kit
// (scripts/s2-scenario-kit.mjs), system from scripts/kit-systems/teastore.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const INCIDENT = '2026-06-16T14:25:00Z';
const T = clock(INCIDENT);
const cat = (min, level, cls, msg) => {
  const d = new Date(Date.parse(INCIDENT) + min * 60000);
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  const p = (n, w = 2) => String(n).padStart(w, '0');
  return `${p(d.getUTCDate())}-${mon}-${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)} ${level} [main] ${cls} ${msg}`;
};
const startup = (from, app) => [
  cat(from, 'INFO', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/8.5.24'),
  cat(from + 0.01, 'INFO', 'org.apache.coyote.AbstractProtocol.init', 'Initializing ProtocolHandler ["http-nio-8080"]'),
  cat(from + 0.05, 'INFO', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deploying web application archive [/usr/local/tomcat/webapps/${app}.war]`),
  cat(from + 0.4, 'INFO', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deployment of web application archive [/usr/local/tomcat/webapps/${app}.war] has finished in [21,418] ms`),
  cat(from + 0.41, 'INFO', 'org.apache.coyote.AbstractProtocol.start', 'Starting ProtocolHandler ["http-nio-8080"]'),
  cat(from + 0.42, 'INFO', 'org.apache.catalina.startup.Catalina.start', 'Server startup in 22187 ms'),
];

export const scenarios = [
  {
    folder: 's106b-slow-complaint-nothing-wrong',
    description: 'customer emailed that teastore was "super slow" at lunch today, can someone check webui/recommender? seems ok to me now',
    incidentTime: INCIDENT,
    difficulty: 'hard',
    traits: ['no-fault', 'decoy', 'time-expression', 'partial-name'],
    grounding: `
      DescartesResearch/TeaStore examples/kubernetes/teastore-clusterip.yaml at 5ab1188: every service one replica, no probes, no
      limits. No-fault: a single customer's complaint about slowness earlier in the day with every pod Running and Ready, every
      Service backed, no Warning event in the last days and nothing in the logs but Tomcat startup and routine lines. Decoy:
      teastore-recommender restarted once four days ago (exit 137, OOMKilled, after a retraining with a large order history during
      a load test that week) and has run since. Deviations from upstream: none; Tomcat 8.5 catalina log layout as the images print it.
    `,
    workloads: {
      'teastore-recommender': {
        pods: [{
          containers: {
            'teastore-recommender': cs.restartedRunning({
              restarts: 1, startedAt: T.iso(-60 * 24 * 4 - 30),
              last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9 + 0.3), finishedAt: T.iso(-60 * 24 * 4 - 30.1) },
            }),
          },
          readyTransition: T.iso(-60 * 24 * 4 - 29.5),
        }],
      },
    },
    events: [],
    logs: {
      'teastore-webui#0/teastore-webui': startup(-60 * 24 * 9 + 0.3, 'tools.descartes.teastore.webui'),
      'teastore-recommender#0/teastore-recommender': [
        ...startup(-60 * 24 * 4 - 29.9, 'tools.descartes.teastore.recommender'),
        cat(-60 * 24 * 4 - 29.3, 'INFO', 'tools.descartes.teastore.recommender.servlet.TrainingSynchronizer.retrieveDataAndRetrain', 'Finished training, ready for recommendation.'),
      ],
      'teastore-registry#0/teastore-registry': startup(-60 * 24 * 9 + 0.3, 'tools.descartes.teastore.registry'),
      'teastore-auth#0/teastore-auth': startup(-60 * 24 * 9 + 0.3, 'tools.descartes.teastore.auth'),
    },
  },
];
