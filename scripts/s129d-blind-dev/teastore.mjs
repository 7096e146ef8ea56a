// Batch s129d (blind dev): TeaStore, one no-fault scenario (order placed on the staging store).
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const T5 = clock('2026-06-16T10:12:00Z');
const cat = (T, min, level, cls, msg) => `${new Date(Date.parse(T.isoMs(min))).toUTCString().slice(5, 16).replace(/ /g, '-')} ${T.java(min).slice(11)} ${level} [main] ${cls} ${msg}`;
const persistenceLog = (T) => {
  const out = [
    cat(T, -41.6, 'INFO', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/8.5.24'),
    cat(T, -41.5, 'INFO', 'org.apache.catalina.startup.HostConfig.deployWAR', 'Deploying web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.persistence.war]'),
    cat(T, -41.1, 'WARNING', 'tools.descartes.teastore.registryclient.RegistryClient.register', 'Registry not reachable: teastore-registry:8080/tools.descartes.teastore.registry/rest/services/tools.descartes.teastore.persistence/teastore-persistence:8080; retrying'),
    cat(T, -40.9, 'INFO', 'tools.descartes.teastore.registryclient.RegistryClient.register', 'Registered: teastore-persistence:8080'),
    cat(T, -40.8, 'INFO', 'org.apache.catalina.startup.Catalina.start', 'Server startup in 47218 ms'),
  ];
  return out;
};

export const scenarios = [
  {
    folder: 's129d-order-missing-placed-on-staging',
    incidentTime: '2026-06-16T10:12:00Z',
    description: 'teastore: customer (user17) says the order he placed ~9:40 isnt in "my orders" on the profile page. persistance was redeployed this morning, did we lose orders??',
    difficulty: 'hard',
    traits: ['no-fault', 'decoy', 'typo', 'partial-name', 'time-expression'],
    workloads: {
      'teastore-persistence': {
        patch: { podAnnotations: { 'kubectl.kubernetes.io/restartedAt': T5.iso(-42.3) } },
        rollout: { at: -42.3, revision: 4, oldPatch: { podAnnotations: undefined } },
      },
    },
    events: [
      { on: 'deploy:teastore-persistence', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-persistence-%NEW% to 1', first: -42.3 },
      { on: 'deploy:teastore-persistence', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-persistence-%OLD% to 0 from 1', first: -40.7 },
      { on: 'pod:teastore-persistence#0', reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-persistence"', first: -41.9, fieldPath: 'spec.containers{teastore-persistence}' },
      { on: 'pod:teastore-persistence#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-persistence" in 1.204s (1.204s including waiting). Image size: 283950117 bytes.', first: -41.75, fieldPath: 'spec.containers{teastore-persistence}' },
      { on: 'pod:teastore-persistence#0', reason: 'Started', message: 'Started container teastore-persistence', first: -41.7, fieldPath: 'spec.containers{teastore-persistence}' },
    ],
    logs: {
      'teastore-persistence#0/teastore-persistence': persistenceLog(T5),
    },
    grounding: `
      No fault: a misunderstanding. The customer placed the order on the team's staging TeaStore (a separate namespace and
      database, reached through the same login), so production's "My orders" page rightly lacks it; nothing was lost. TeaStore
      keeps orders in teastore-db via the persistence service, which was only restarted, not reinstalled: the teastore-db pod has
      run for days without a restart, so its data is untouched. Decoy: teastore-persistence was restarted
      (kubectl rollout restart, restartedAt annotation) 42 minutes before the report; its pod re-pulled the untagged :latest
      image (upstream pins no tag), logged one "Registry not reachable ... retrying" WARNING while registering and then
      registered and started normally in 47 s; the old ReplicaSet is at 0. Deviations from upstream
      (examples/kubernetes/teastore-clusterip.yaml): the restart annotation and the registry-retry log line are invented;
      the staging store is outside the snapshot by nature.`,
  },
];
