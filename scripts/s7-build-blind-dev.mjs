// Writes the s7 blind dev scenarios of scripts/s7-blind-dev/*.mjs (DeathStarBench hotelReservation and Online Boutique) into
// test/scenarios with the snapshot builder of scripts/s2-scenario-kit.mjs. Written by an author who had not seen the rules, the
// engine code or the systems' other scenarios and never ran the engine on them. Usage: node scripts/s7-build-blind-dev.mjs
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from './s2-scenario-kit.mjs';

const specDir = join(dirname(fileURLToPath(import.meta.url)), 's7-blind-dev');
for (const f of readdirSync(specDir)
  .filter((n) => n.endsWith('.mjs'))
  .sort()) {
  const mod = await import(pathToFileURL(join(specDir, f)).href);
  // hotel-reservation's mongo PVCs (the dev generator's defaultPvcs) unless a scenario brings its own.
  for (const s of mod.scenarios) console.log(build(mod.system, { split: 'dev', ...s, pvcs: s.pvcs ?? mod.defaultPvcs }));
}
