// Builds the s33c blind dev scenarios (scripts/s33c-blind-dev/*.mjs, split: dev) into test/scenarios/<system>/s33c-*/ with the kit,
// then writes what the kit cannot express: StatefulSet pods' generateName, Robot Shop's headless dispatch Service, ConfigMap edit
// times in managedFields (configMapEdits), and each scenario's own fix-ups of a List (post: a Deployment scaled to zero).
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildBatch, clock } from './s2-scenario-kit.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', 'test', 'scenarios');
const SPECS = join(HERE, 's33c-blind-dev');

await buildBatch('s33c-blind-dev', { split: 'dev' });

const readJson = (f) => JSON.parse(readFileSync(f, 'utf8'));
const writeJson = (f, body) => writeFileSync(f, JSON.stringify(body, null, 2) + '\n');
const KINDS = ['pods', 'deployments', 'replicasets', 'statefulsets', 'services', 'endpoints', 'nodes', 'events', 'configmaps'];

for (const f of readdirSync(SPECS).filter((n) => n.endsWith('.mjs')).sort()) {
  const mod = await import(pathToFileURL(join(SPECS, f)).href);
  for (const s of mod.scenarios) {
    const dir = join(ROOT, mod.system.id, s.folder, 'cluster');
    const lists = Object.fromEntries(KINDS.filter((k) => existsSync(join(dir, `${k}.json`))).map((k) => [k, readJson(join(dir, `${k}.json`))]));
    // StatefulSet pods are named <sts>-<ordinal> and generated from `<sts>-`, not from a ReplicaSet name.
    for (const p of lists.pods.items) {
      const owner = p.metadata.ownerReferences?.[0];
      if (owner?.kind === 'StatefulSet') p.metadata.generateName = `${owner.name}-`;
    }
    // Robot Shop's dispatch Service is headless upstream (clusterIP: None).
    if (mod.system.id === 'robot-shop')
      for (const svc of lists.services.items)
        if (svc.metadata.name === 'dispatch') { svc.spec.clusterIP = 'None'; svc.spec.clusterIPs = ['None']; }
    // A ConfigMap edited before the incident carries the edit in metadata.managedFields (and a newer resourceVersion).
    for (const [cmName, manager, min, incidentTime, keys] of mod.configMapEdits?.[s.folder] ?? []) {
      const cm = lists.configmaps?.items.find((c) => c.metadata.name === cmName);
      if (!cm) throw new Error(`${s.folder}: no ConfigMap ${cmName}`);
      const T = clock(incidentTime);
      const fields = (ks) => ({ 'f:data': Object.fromEntries(ks.map((k) => [`f:${k}`, {}])) });
      cm.metadata.resourceVersion = '9148812';
      cm.metadata.managedFields = [
        { manager: 'helm', operation: 'Update', apiVersion: 'v1', time: cm.metadata.creationTimestamp, fieldsType: 'FieldsV1', fieldsV1: fields(Object.keys(cm.data)) },
        { manager, operation: 'Update', apiVersion: 'v1', time: T.iso(min), fieldsType: 'FieldsV1', fieldsV1: fields(keys ?? Object.keys(cm.data)) },
      ];
    }
    mod.post?.[s.folder]?.(lists);
    for (const [k, body] of Object.entries(lists)) writeJson(join(dir, `${k}.json`), body);
  }
}
