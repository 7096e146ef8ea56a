// Builds the blind held-out batch s70b (scripts/s70b-heldout/*.mjs, split: test) with the scenario kit, then writes what
// the kit cannot express: StatefulSet pods' generateName, and each module's own `post` fix-ups (extra snapshot files).
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s70b-heldout', { split: 'test' });

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', 'test', 'scenarios');
const specDir = join(HERE, 's70b-heldout');
for (const f of readdirSync(specDir).filter((n) => n.endsWith('.mjs')).sort()) {
  const mod = await import(pathToFileURL(join(specDir, f)).href);
  for (const s of mod.scenarios) {
    const dir = join(ROOT, mod.system.id, s.folder);
    const podsFile = join(dir, 'cluster', 'pods.json');
    if (existsSync(podsFile)) {
      const pods = JSON.parse(readFileSync(podsFile, 'utf8'));
      for (const p of pods.items) {
        const own = p.metadata.ownerReferences?.[0];
        if (own?.kind === 'StatefulSet') p.metadata.generateName = `${own.name}-`;
      }
      writeFileSync(podsFile, JSON.stringify(pods, null, 2) + '\n');
    }
    if (typeof s.post === 'function') s.post(dir);
  }
}
