// Writes the s9 held-out (split: test) scenarios of scripts/s9-heldout/*.mjs (Online Boutique, Sock Shop, DeathStarBench hotelReservation) into
// test/scenarios with the snapshot builder of scripts/s2-scenario-kit.mjs. Written by an author who had not seen the rules, the engine
// or the systems' other scenarios and never ran the engine on them. Usage: node scripts/s9-build-heldout.mjs
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from './s2-scenario-kit.mjs';

const specDir = join(dirname(fileURLToPath(import.meta.url)), 's9-heldout');
for (const f of readdirSync(specDir)
  .filter((n) => n.endsWith('.mjs'))
  .sort()) {
  const mod = await import(pathToFileURL(join(specDir, f)).href);
  for (const s of mod.scenarios) console.log(build(mod.system, { split: 'test', ...s, pvcs: s.pvcs ?? mod.defaultPvcs }));
}
