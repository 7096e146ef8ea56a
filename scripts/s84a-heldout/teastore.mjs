// Blind held-out batch s84a: one TeaStore scenario (split test), on the kit system definition
// scripts/kit-systems/teastore.mjs; built by scripts/s84a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const INC = '2025-10-07T10:05:00Z';
const T = clock(INC);
// Tomcat 9 / java.util.logging console lines and TeaStore's slf4j-simple style ("[thread] LEVEL logger - msg").
const jul = (min, level, cls, msg) => `${T.java(min).replace(/^(\d+)-(\d+)-(\d+)/, (_, y, m, d) => `${d}-${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(m) - 1]}-${y}`)} ${level} [main] ${cls} ${msg}`;
const slf = (thread, level, logger, msg) => `[${thread}] ${level} ${logger} - ${msg}`;
const REC = 'tools.descartes.teastore.recommender';
const LB = 'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer';

export const scenarios = [
  {
    folder: 's84a-recommender-warn-noise',
    incidentTime: INC,
    description: 'recommender pod is throwing a bunch of WARNs since it got rescheduled this morning - is teastore ok? no customer tickets so far',
    difficulty: 'hard',
    traits: ['no-fault', 'decoy', 'partial-name', 'time-expression'],
    grounding: `
      TeaStore examples/kubernetes/teastore-clusterip.yaml (5ab1188): every service registers with teastore-registry and
      the recommender trains its model from teastore-persistence at startup (TeaStore wiki "Recommender": the
      TrainingSynchronizer retries until persistence answers, then trains and serves). No fault: the recommender pod was
      recreated at 06:52Z by its ReplicaSet after an operator deleted it (same template, same ReplicaSet); for its first
      seconds the registry had not yet returned a persistence instance and the training retried with WARN lines, then
      trained on the full data set and has answered every request since. Every Service has ready endpoints, webui serves
      200s. Decoy: teastore-registry restarted once four days ago (exit 143 during a node patch window), Ready since.
      Deviation from upstream: none beyond the pod recreation.
    `,
    workloads: {
      'teastore-recommender': { pods: [{ created: T.iso(-193) }] },
      'teastore-registry': {
        pods: [{ containers: { 'teastore-registry': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 4 - 30), last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 4 - 30.5) } }) } }],
      },
    },
    events: [
      { on: 'rs:teastore-recommender', reason: 'SuccessfulCreate', message: 'Created pod: teastore-recommender-%RS%', first: -193 },
    ],
    logs: {
      'teastore-recommender#0/teastore-recommender': [
        jul(-192.8, 'INFO', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/9.0.56'),
        jul(-192.8, 'INFO', 'org.apache.coyote.AbstractProtocol.init', 'Initializing ProtocolHandler ["http-nio-8080"]'),
        jul(-192.6, 'INFO', 'org.apache.catalina.startup.HostConfig.deployWAR', 'Deploying web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.recommender.war]'),
        slf('main', 'INFO', `${REC}.servlet.RecommenderStartup`, 'Recommender starting up, registering with registry'),
        slf('pool-2-thread-1', 'WARN', LB, 'No instances of service persistence available yet'),
        slf('pool-2-thread-1', 'WARN', `${REC}.servlet.TrainingSynchronizer`, 'Persistence not reachable. Retrying in 2500 ms.'),
        slf('pool-2-thread-1', 'WARN', LB, 'No instances of service persistence available yet'),
        slf('pool-2-thread-1', 'WARN', `${REC}.servlet.TrainingSynchronizer`, 'Persistence not reachable. Retrying in 2500 ms.'),
        slf('pool-2-thread-1', 'WARN', `${REC}.servlet.TrainingSynchronizer`, 'Persistence not reachable. Retrying in 2500 ms.'),
        slf('pool-2-thread-1', 'INFO', `${REC}.servlet.TrainingSynchronizer`, 'Persistence reachable; training recommender from 3000002 order items.'),
        slf('pool-2-thread-1', 'INFO', `${REC}.algorithm.AbstractRecommender`, 'Training recommender finished. Training took: 14221ms.'),
        jul(-191.9, 'INFO', 'org.apache.catalina.startup.HostConfig.deployWAR', 'Deployment of web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.recommender.war] has finished in [41,930] ms'),
        jul(-191.9, 'INFO', 'org.apache.coyote.AbstractProtocol.start', 'Starting ProtocolHandler ["http-nio-8080"]'),
        jul(-191.9, 'INFO', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [42113] milliseconds'),
      ],
      'teastore-webui#0/teastore-webui': [
        jul(-60 * 24 * 9 + 1, 'INFO', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [38554] milliseconds'),
        slf('http-nio-8080-exec-7', 'WARN', LB, 'Service recommender: instance 10.244.2.31:8080 did not answer, trying next instance'),
      ],
      'teastore-registry#0/teastore-registry': [
        jul(-60 * 24 * 4 - 29.4, 'INFO', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [6021] milliseconds'),
        slf('http-nio-8080-exec-3', 'INFO', 'tools.descartes.teastore.registry.rest.Registry', 'Registered recommender instance teastore-recommender:8080'),
        slf('pool-1-thread-1', 'INFO', 'tools.descartes.teastore.registry.rest.HeartbeatInfo', 'Removed recommender instance teastore-recommender:8080 (no heartbeat)'),
        slf('http-nio-8080-exec-9', 'INFO', 'tools.descartes.teastore.registry.rest.Registry', 'Registered recommender instance teastore-recommender:8080'),
      ],
    },
  },
];
