// Builds the s30b held-out scenarios (scripts/s30b-heldout/*.mjs, split: test) into test/scenarios/<system>/s30b-*/ with the
// kit, then writes what the kit cannot express: StatefulSet pods' generateName, the pod a ReplicaSet's SuccessfulCreate event
// names, and ConfigMap edit times in managedFields.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildBatch, clock } from './s2-scenario-kit.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', 'test', 'scenarios');
const SPECS = join(HERE, 's30b-heldout');

await buildBatch('s30b-heldout', { split: 'test' });

const readJson = (f) => JSON.parse(readFileSync(f, 'utf8'));
const writeJson = (f, body) => writeFileSync(f, JSON.stringify(body, null, 2) + '\n');

for (const f of readdirSync(SPECS).filter((n) => n.endsWith('.mjs')).sort()) {
  const mod = await import(pathToFileURL(join(SPECS, f)).href);
  for (const s of mod.scenarios) {
    const dir = join(ROOT, mod.system.id, s.folder, 'cluster');
    // StatefulSet pods are named <sts>-<ordinal> and generated from `<sts>-`, not from a ReplicaSet name.
    const podsFile = join(dir, 'pods.json');
    const pods = readJson(podsFile);
    for (const p of pods.items) {
      const owner = p.metadata.ownerReferences?.[0];
      if (owner?.kind === 'StatefulSet') p.metadata.generateName = `${owner.name}-`;
    }
    writeJson(podsFile, pods);
    // A ReplicaSet's SuccessfulCreate event names the pod it created (the newest pod it owns), not a made-up suffix.
    const evFile = join(dir, 'events.json');
    const evs = readJson(evFile);
    for (const e of evs.items) {
      if (e.involvedObject.kind !== 'ReplicaSet' || e.reason !== 'SuccessfulCreate') continue;
      const owned = pods.items.filter((p) => p.metadata.ownerReferences?.[0]?.uid === e.involvedObject.uid && p.status.reason !== 'Evicted')
        .sort((a, b) => b.metadata.creationTimestamp.localeCompare(a.metadata.creationTimestamp));
      if (owned[0]) e.message = `Created pod: ${owned[0].metadata.name}`;
    }
    writeJson(evFile, evs);
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
        { manager: 'kubectl-client-side-apply', operation: 'Update', apiVersion: 'v1', time: cm.metadata.creationTimestamp, fieldsType: 'FieldsV1', fieldsV1: { 'f:data': Object.fromEntries(Object.keys(cm.data).map((k) => [`f:${k}`, {}])) } },
        { manager, operation: 'Update', apiVersion: 'v1', time: T.iso(min), fieldsType: 'FieldsV1', fieldsV1: { 'f:data': Object.fromEntries((keys ?? Object.keys(cm.data)).map((k) => [`f:${k}`, {}])) } },
      ];
      writeJson(cmFile, cms);
    }
  }
}
