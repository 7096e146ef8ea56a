// Builds the s21a blind dev scenarios (scripts/s21a-blind-dev/*.mjs, split: dev) into test/scenarios/<system>/s21a-*/ with the
// kit, then writes what the kit cannot express: StatefulSet pods' generateName, and labels a module adds to a Service's metadata.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', 'test', 'scenarios');
const SPECS = join(HERE, 's21a-blind-dev');

await buildBatch('s21a-blind-dev', { split: 'dev' });

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
    // Labels a tool (kustomize commonLabels) added to a Service's metadata along with its selector.
    const extra = mod.serviceLabels?.[s.folder];
    if (extra) {
      const svcFile = join(dir, 'services.json');
      const svcs = readJson(svcFile);
      for (const [name, labels] of Object.entries(extra)) {
        const svc = svcs.items.find((x) => x.metadata.name === name);
        if (!svc) throw new Error(`${s.folder}: no Service ${name}`);
        svc.metadata.labels = { ...svc.metadata.labels, ...labels };
        svc.metadata.resourceVersion = '9148377';
      }
      writeJson(svcFile, svcs);
    }
  }
}
