// Writes the s6 blind dev scenarios of scripts/s6-blind-dev/*.mjs into test/scenarios with the snapshot builder of
// scripts/s2-scenario-kit.mjs. Usage: node scripts/s6-build-blind-dev.mjs
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from './s2-scenario-kit.mjs';

const specDir = join(dirname(fileURLToPath(import.meta.url)), 's6-blind-dev');
for (const f of readdirSync(specDir).filter((n) => n.endsWith('.mjs')).sort()) {
  const mod = await import(pathToFileURL(join(specDir, f)).href);
  for (const s of mod.scenarios) console.log(build(mod.system, s));
}
