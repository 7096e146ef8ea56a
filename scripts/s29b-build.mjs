// Builds the s29b blind dev scenarios (scripts/s29b-blind-dev/*.mjs) into test/scenarios/<system>/s29b-*/ with the kit, then
// writes what the kit cannot express: StatefulSet pods' generateName and each scenario's own `post` fix-ups (object status fields).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildBatch, clock } from './s2-scenario-kit.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', 'test', 'scenarios');
const SPECS = join(HERE, 's29b-blind-dev');

await buildBatch('s29b-blind-dev', { split: 'dev' });

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
    // Per-scenario fix-ups of a List the kit writes (e.g. a ReplicaSet's ReplicaFailure condition, a ResourceQuota's age).
    for (const [file, fix] of Object.entries(s.post ?? {})) {
      const p = join(dir, file);
      const body = readJson(p);
      fix(body, clock(s.incidentTime));
      writeJson(p, body);
    }
  }
}
