// Builds the s33a blind dev scenarios (scripts/s33a-blind-dev/*.mjs) into test/scenarios/<system>/s33a-*/ with the kit, then
// writes what the kit cannot express: StatefulSet pods' generateName and each scenario's own `post` fix-ups of a List.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildBatch, clock } from './s2-scenario-kit.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', 'test', 'scenarios');
const SPECS = join(HERE, 's33a-blind-dev');

await buildBatch('s33a-blind-dev', { split: 'dev' });

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
    // Per-scenario fix-ups: `post` maps a cluster file to a function (list, ctx) that edits it in place; ctx.read(file)
    // gives another List of the same snapshot, ctx.T the scenario's clock.
    const ctx = { T: clock(s.incidentTime), read: (file) => readJson(join(dir, file)) };
    for (const [file, fix] of Object.entries(s.post ?? {})) {
      const path = join(dir, file);
      if (!existsSync(path)) throw new Error(`${s.folder}: no ${file}`);
      const body = readJson(path);
      fix(body, ctx);
      writeJson(path, body);
    }
  }
}
