// Builds blind dev batch s53a (scripts/s53a-blind-dev/*.mjs) with the scenario kit, then writes what the kit cannot express:
// StatefulSet pods' generateName, and each scenario's own fix-ups (its `post(dir, helpers)`: Recreate strategies, re-created
// objects, a StatefulSet between revisions, a ReplicaSet's FailedCreate condition, events of deleted pods).
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s53a-blind-dev', { split: 'dev' });

const HERE = dirname(fileURLToPath(import.meta.url));
const SPECS = join(HERE, 's53a-blind-dev');
const ROOT = resolve(HERE, '..', 'test', 'scenarios');

/** Reads one cluster/<file> List of a generated scenario. */
const readJson = (dir, file) => JSON.parse(readFileSync(join(dir, 'cluster', file), 'utf8'));
/** Rewrites one cluster/<file> List in place (the kit's two-space JSON); absent files are left absent. */
function editJson(dir, file, fn) {
  const p = join(dir, 'cluster', file);
  if (!existsSync(p)) return;
  const body = JSON.parse(readFileSync(p, 'utf8'));
  fn(body);
  writeFileSync(p, JSON.stringify(body, null, 2) + '\n');
}

for (const f of readdirSync(SPECS).filter((n) => n.endsWith('.mjs')).sort()) {
  const mod = await import(pathToFileURL(join(SPECS, f)).href);
  for (const s of mod.scenarios) {
    const dir = join(ROOT, mod.system.id, s.folder);
    // A StatefulSet pod is named <sts>-<ordinal>; its generateName is "<sts>-" (GetPodFromTemplate's prefix), not a ReplicaSet's.
    editJson(dir, 'pods.json', (list) => {
      for (const p of list.items) {
        const own = p.metadata.ownerReferences?.[0];
        if (own?.kind === 'StatefulSet') p.metadata.generateName = `${own.name}-`;
      }
    });
    if (s.post) s.post(dir, { editJson, readJson });
  }
}
