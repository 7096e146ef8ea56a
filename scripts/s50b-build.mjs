// Builds the s50b held-out scenarios (scripts/s50b-heldout/*.mjs, split: test) into test/scenarios/<system>/s50b-*/ with the kit,
// then writes what the kit cannot express: StatefulSet pods' generateName, template annotations on pods, Robot Shop's headless dispatch Service, ConfigMap edit
// times in managedFields, and each module's own fix-ups (`post`, keyed by folder: Deployment strategy, ReplicaSet status).
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildBatch, clock } from './s2-scenario-kit.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', 'test', 'scenarios');
const SPECS = join(HERE, 's50b-heldout');

await buildBatch('s50b-heldout', { split: 'test' });

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
    // The API server copies the template's annotations onto each pod; the kit writes them on the template only.
    const rsets = readJson(join(dir, 'replicasets.json'));
    for (const p of pods.items) {
      const owner = p.metadata.ownerReferences?.[0];
      const rsItem = owner?.kind === 'ReplicaSet' ? rsets.items.find((r) => r.metadata.uid === owner.uid) : null;
      const ann = rsItem?.spec.template.metadata.annotations;
      if (ann) p.metadata.annotations = { ...ann, ...(p.metadata.annotations ?? {}) };
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
        { manager: 'kubectl-client-side-apply', operation: 'Update', apiVersion: 'v1', time: cm.metadata.creationTimestamp, fieldsType: 'FieldsV1', fieldsV1: { 'f:data': Object.fromEntries(Object.keys(cm.data).map((k) => [`f:${k}`, {}])) } },
        { manager, operation: 'Update', apiVersion: 'v1', time: T.iso(min), fieldsType: 'FieldsV1', fieldsV1: { 'f:data': Object.fromEntries((keys ?? Object.keys(cm.data)).map((k) => [`f:${k}`, {}])) } },
      ];
      writeJson(cmFile, cms);
    }
    // Module fix-ups of a List: post[folder](read(file), write(file, body)).
    const post = mod.post?.[s.folder];
    if (post) post((file) => readJson(join(dir, file)), (file, body) => writeJson(join(dir, file), body));
  }
}
