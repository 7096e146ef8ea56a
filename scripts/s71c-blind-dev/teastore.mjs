// Blind dev batch s71c, TeaStore: the kit system (scripts/kit-systems/teastore.mjs) and one no-fault scenario, a
// marketing complaint about slow images earlier in the morning while everything in the cluster is healthy.
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const I = '2026-04-28T09:52:00Z';
const T = clock(I);
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const cat = (min, level, thread, cls, msg) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const p = (x, w = 2) => String(x).padStart(w, '0');
  return `${p(d.getUTCDate())}-${MON[d.getUTCMonth()]}-${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)} ${level} [${thread}] ${cls} ${msg}`;
};
const maria = (min, id, msg) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const p = (x) => String(x).padStart(2, '0');
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${String(d.getUTCHours()).padStart(2, ' ')}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} ${id} ${msg}`;
};
const startup = (min, ms) => [
  cat(min, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/8.5.24'),
  cat(min + 0.01, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.init', 'Initializing ProtocolHandler ["http-nio-8080"]'),
  cat(min + 0.3, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.start', 'Starting ProtocolHandler ["http-nio-8080"]'),
  cat(min + 0.31, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', `Server startup in ${ms} ms`),
];

export const scenarios = [
  {
    folder: 's71c-nofault-images-slow-this-morning',
    description: 'marketing says tea store product pics were loading really slow this morning around 9:15 (from the office). looks ok now?? is something broken',
    incidentTime: I,
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'time-expression'],
    workloads: {
      'teastore-recommender': {
        rollout: { at: -60 * 3 - 22, revision: 4, oldContainers: { 'teastore-recommender': { env: system.workloads.find((w) => w.name === 'teastore-recommender').containers[0].env } } },
        containers: { 'teastore-recommender': { env: [...system.workloads.find((w) => w.name === 'teastore-recommender').containers[0].env, { name: 'RECOMMENDER_RETRAIN_LOOP_TIME', value: '600000' }] } },
      },
    },
    events: [],
    logs: {
      'teastore-recommender#0/teastore-recommender': [
        ...startup(-60 * 3 - 21.5, 17342),
        '[pool-2-thread-1] INFO tools.descartes.teastore.recommender.servlet.TrainingSynchronizer - Retrieving training data from persistence',
        '[pool-2-thread-1] INFO tools.descartes.teastore.recommender.servlet.TrainingSynchronizer - Trained recommender with 32768 orderitems',
        '[pool-2-thread-1] INFO tools.descartes.teastore.recommender.servlet.TrainingSynchronizer - Retrain loop time set to 600000 ms',
        ...Array.from({ length: 6 }, () => '[pool-2-thread-1] INFO tools.descartes.teastore.recommender.servlet.TrainingSynchronizer - Trained recommender with 32768 orderitems'),
      ],
      'teastore-webui#0/teastore-webui': [
        ...startup(-60 * 24 * 9, 21877),
        cat(-42.1, 'WARNING', 'http-nio-8080-exec-37', 'org.apache.catalina.util.SessionIdGeneratorBase.createSecureRandom', 'Creation of SecureRandom instance for session ID generation using [SHA1PRNG] took [118] milliseconds.'),
      ],
      'teastore-image#0/teastore-image': [
        ...startup(-60 * 24 * 9, 24110),
        '[localhost-startStop-1] INFO tools.descartes.teastore.image.setup.SetupController - Image provider setup finished, 1124 images in store, cache size 20971520',
      ],
      'teastore-persistence#0/teastore-persistence': [
        ...startup(-60 * 24 * 9, 19560),
        '[localhost-startStop-1] INFO tools.descartes.teastore.persistence.daemons.InitialDataGenerationDaemon - Database already populated, skipping generation',
      ],
      'teastore-db#0/teastore-db': [
        maria(-60 * 24 * 9, 0, '[Note] mysqld: ready for connections.'),
        "Version: '10.4.8-MariaDB-1:10.4.8+maria~bionic'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  mariadb.org binary distribution",
        maria(-60 * 24 * 2 - 13, 11382, "[Warning] Aborted connection 11382 to db: 'teadb' user: 'teauser' host: '10.244.1.37' (Got an error reading communication packets)"),
        maria(-60 * 3 - 21.7, 11931, "[Warning] Aborted connection 11931 to db: 'teadb' user: 'teauser' host: '10.244.3.52' (Got an error reading communication packets)"),
        maria(-37.6, 12004, "[Warning] Aborted connection 12004 to db: 'teadb' user: 'teauser' host: '10.244.1.37' (Got an error reading communication packets)"),
      ],
      'teastore-registry#0/teastore-registry': [
        ...startup(-60 * 24 * 9, 9120),
      ],
    },
    grounding: `
      Manifest facts: teastore-clusterip.yaml (5ab1188) runs one replica of each TeaStore service with no probes and no
      resources; webui fetches product images from teastore-image, which serves them from its in-memory cache.
      No fault: marketing's complaint is about a ten-minute window ~37 minutes earlier, seen "from the office"; at the incident
      time every pod is Running and Ready with no restarts, every Service has endpoints, no Warning event exists (events
      older than an hour are gone, as the default --event-ttl=1h of the API server removes them), and the webui and image
      logs show no errors for that window. Nothing in the cluster explains the report (an office network or CDN issue
      would be outside it); the right answer is "nothing wrong in the cluster".
      Decoys: a benign teastore-recommender rollout three hours earlier that only added RECOMMENDER_RETRAIN_LOOP_TIME=600000
      (old and new ReplicaSets differ in exactly that env var; the retrain loop then logs every ten minutes), MariaDB's
      routine "Aborted connection ... Got an error reading communication packets" warnings (connection pool closing
      idle connections; one inside the reported window), and a Tomcat SecureRandom warning. Deviations: none beyond a
      kubeadm cluster and the recommender env var.
    `,
  },
];
