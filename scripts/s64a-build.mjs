// Builds the blind held-out batch s64a (split test) from scripts/s64a-heldout/*.mjs with the scenario kit, then applies
// each module's `post` fix-ups (what the kit cannot express: StatefulSet pods' generateName, selectors, headless Service).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s64a-heldout', { split: 'test' });

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', 'test', 'scenarios');
const specDir = join(HERE, 's64a-heldout');
for (const f of readdirSync(specDir).filter((n) => n.endsWith('.mjs')).sort()) {
  const mod = await import(pathToFileURL(join(specDir, f)).href);
  if (!mod.post) continue;
  for (const s of mod.scenarios) {
    const dir = join(ROOT, mod.system.id, s.folder);
    const read = (n) => JSON.parse(readFileSync(join(dir, 'cluster', n), 'utf8'));
    const write = (n, body) => writeFileSync(join(dir, 'cluster', n), JSON.stringify(body, null, 2) + '\n');
    mod.post(dir, read, write);
  }
}
