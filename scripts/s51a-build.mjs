// Builds the s51a blind dev scenarios (scripts/s51a-blind-dev/*.mjs) into test/scenarios/<system>/s51a-*/ with the kit, then
// writes what the kit cannot express: StatefulSet pods' generateName, ConfigMap edit times in managedFields, a Deployment status
// naming its ReplicaSet, and the Recreate strategy of hotel-reservation's kompose-generated mongodb Deployments.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildBatch, clock } from './s2-scenario-kit.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', 'test', 'scenarios');
const SPECS = join(HERE, 's51a-blind-dev');

await buildBatch('s51a-blind-dev', { split: 'dev' });

const readJson = (f) => JSON.parse(readFileSync(f, 'utf8'));
const writeJson = (f, body) => writeFileSync(f, JSON.stringify(body, null, 2) + '\n');

for (const f of readdirSync(SPECS)
  .filter((n) => n.endsWith('.mjs'))
  .sort()) {
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
    // A Deployment status given in a spec names its ReplicaSet as %RSNAME%: the newest ReplicaSet of that Deployment.
    const depFile = join(dir, 'deployments.json');
    const deps = readJson(depFile);
    const rss = readJson(join(dir, 'replicasets.json')).items;
    for (const d of deps.items) {
      const own = rss
        .filter((r) => r.metadata.ownerReferences[0].name === d.metadata.name)
        .sort((a, b) => Number(b.metadata.annotations['deployment.kubernetes.io/revision']) - Number(a.metadata.annotations['deployment.kubernetes.io/revision']));
      for (const c of d.status.conditions ?? []) c.message = c.message.replaceAll(`${d.metadata.name}-%RSNAME%`, own[0].metadata.name);
      // kompose writes `strategy: Recreate` for hotel-reservation's mongodb Deployments (each mounts a ReadWriteOnce claim).
      if (mod.system.id === 'hotel-reservation' && d.metadata.name.startsWith('mongodb-')) d.spec.strategy = { type: 'Recreate' };
    }
    writeJson(depFile, deps);
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
