// Builds the s28b held-out scenarios (scripts/s28b-heldout/*.mjs, split: test) into test/scenarios/<system>/s28b-*/ with the
// kit, then writes what the kit cannot express: StatefulSet pods' generateName, Robot Shop's headless dispatch Service,
// ConfigMap edit times in managedFields (configMapEdits), the Deployment status of a stuck rollout whose old pod still
// serves (rolloutStatus), and the log of that old pod (oldPodLogs).
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildBatch, clock } from './s2-scenario-kit.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', 'test', 'scenarios');
const SPECS = join(HERE, 's28b-heldout');

await buildBatch('s28b-heldout', { split: 'test' });

const readJson = (f) => JSON.parse(readFileSync(f, 'utf8'));
const writeJson = (f, body) => writeFileSync(f, JSON.stringify(body, null, 2) + '\n');
const isReady = (p) => p.status.conditions?.find((c) => c.type === 'Ready')?.status === 'True';

for (const f of readdirSync(SPECS).filter((n) => n.endsWith('.mjs')).sort()) {
  const mod = await import(pathToFileURL(join(SPECS, f)).href);
  for (const s of mod.scenarios) {
    const base = join(ROOT, mod.system.id, s.folder);
    const dir = join(base, 'cluster');
    // StatefulSet pods are named <sts>-<ordinal> and generated from `<sts>-`, not from a ReplicaSet name.
    const podsFile = join(dir, 'pods.json');
    const pods = readJson(podsFile);
    for (const p of pods.items) {
      const owner = p.metadata.ownerReferences?.[0];
      if (owner?.kind === 'StatefulSet') p.metadata.generateName = `${owner.name}-`;
    }
    writeJson(podsFile, pods);
    // Robot Shop's dispatch Service is headless upstream (clusterIP: None).
    if (mod.system.id === 'robot-shop') {
      const svcFile = join(dir, 'services.json');
      const svcs = readJson(svcFile);
      for (const svc of svcs.items)
        if (svc.metadata.name === 'dispatch') {
          svc.spec.clusterIP = 'None';
          svc.spec.clusterIPs = ['None'];
        }
      writeJson(svcFile, svcs);
    }
    // A ConfigMap edited before the incident carries the edit in metadata.managedFields (and a newer resourceVersion).
    for (const [cmName, manager, min, incidentTime, keys] of mod.configMapEdits?.[s.folder] ?? []) {
      const cmFile = join(dir, 'configmaps.json');
      if (!existsSync(cmFile)) throw new Error(`${s.folder}: no configmaps.json`);
      const cms = readJson(cmFile);
      const cm = cms.items.find((c) => c.metadata.name === cmName);
      if (!cm) throw new Error(`${s.folder}: no ConfigMap ${cmName}`);
      const T = clock(incidentTime);
      cm.metadata.resourceVersion = '9148812';
      cm.metadata.managedFields = [
        { manager: 'helm', operation: 'Update', apiVersion: 'v1', time: cm.metadata.creationTimestamp, fieldsType: 'FieldsV1', fieldsV1: { 'f:data': Object.fromEntries(Object.keys(cm.data).map((k) => [`f:${k}`, {}])) } },
        { manager, operation: 'Update', apiVersion: 'v1', time: T.iso(min), fieldsType: 'FieldsV1', fieldsV1: { 'f:data': Object.fromEntries((keys ?? Object.keys(cm.data)).map((k) => [`f:${k}`, {}])) } },
      ];
      writeJson(cmFile, cms);
    }
    // A rollout stuck behind a new pod that never starts: the old ReplicaSet's pod still serves, so the Deployment stays
    // Available, with one updated unavailable replica and Progressing False.
    const rs = mod.rolloutStatus?.[s.folder];
    if (rs) {
      const T = clock(rs.incidentTime);
      const depFile = join(dir, 'deployments.json');
      const deps = readJson(depFile);
      const dep = deps.items.find((d) => d.metadata.name === rs.deployment);
      const owned = readJson(join(dir, 'replicasets.json')).items.filter((r) => r.metadata.ownerReferences[0].name === rs.deployment);
      const newest = owned.sort((a, b) => Number(b.metadata.annotations['deployment.kubernetes.io/revision']) - Number(a.metadata.annotations['deployment.kubernetes.io/revision']))[0];
      const mine = pods.items.filter((p) => owned.some((r) => r.metadata.uid === p.metadata.ownerReferences[0].uid));
      const ready = mine.filter(isReady).length;
      dep.status = {
        observedGeneration: dep.metadata.generation,
        replicas: mine.length,
        updatedReplicas: mine.filter((p) => p.metadata.ownerReferences[0].uid === newest.metadata.uid).length,
        readyReplicas: ready,
        availableReplicas: ready,
        unavailableReplicas: mine.length - ready,
        conditions: [
          { type: 'Available', status: 'True', lastUpdateTime: T.iso(-60 * 24 * 9), lastTransitionTime: T.iso(-60 * 24 * 9), reason: 'MinimumReplicasAvailable', message: 'Deployment has minimum availability.' },
          { type: 'Progressing', status: 'False', lastUpdateTime: T.iso(rs.stuckSince), lastTransitionTime: T.iso(rs.stuckSince), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${newest.metadata.name}" has timed out progressing.` },
        ],
      };
      writeJson(depFile, deps);
    }
    // The log of a pod of the old ReplicaSet (the kit writes logs only for the pods it names).
    const ol = mod.oldPodLogs?.[s.folder];
    if (ol) {
      const owned = readJson(join(dir, 'replicasets.json')).items.filter((r) => r.metadata.ownerReferences[0].name === ol.deployment);
      const oldest = owned.sort((a, b) => Number(a.metadata.annotations['deployment.kubernetes.io/revision']) - Number(b.metadata.annotations['deployment.kubernetes.io/revision']))[0];
      const pod = pods.items.find((p) => p.metadata.ownerReferences[0].uid === oldest.metadata.uid);
      const d = join(base, 'logs', pod.metadata.namespace, pod.metadata.name);
      mkdirSync(d, { recursive: true });
      writeFileSync(join(d, `${ol.container}.log`), ol.lines.join('\n') + '\n');
    }
  }
}
