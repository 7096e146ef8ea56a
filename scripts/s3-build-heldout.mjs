// Writes the held-out (split: test) scenarios of scripts/s3-heldout/*.mjs — Online Boutique and Sock Shop, issue 13,
// written by an author who never ran the engine on them — into test/scenarios. Usage: node scripts/s3-build-heldout.mjs
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from './s2-scenario-kit.mjs';

const specDir = join(dirname(fileURLToPath(import.meta.url)), 's3-heldout');
for (const f of readdirSync(specDir)
  .filter((n) => n.endsWith('.mjs'))
  .sort()) {
  const mod = await import(pathToFileURL(join(specDir, f)).href);
  for (const s of mod.scenarios) console.log(build(mod.system, { split: 'test', ...s }));
}
