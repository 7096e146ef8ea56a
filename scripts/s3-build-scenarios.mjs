// Writes the session-3 dev scenarios (issue 13) of scripts/s3-scenarios/*.mjs into test/scenarios with the snapshot builder of
// scripts/s2-scenario-kit.mjs; a system module may export defaultPvcs (claims every scenario lists). Usage: node scripts/s3-build-scenarios.mjs
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from './s2-scenario-kit.mjs';

const specDir = join(dirname(fileURLToPath(import.meta.url)), 's3-scenarios');
for (const f of readdirSync(specDir).filter((n) => n.endsWith('.mjs')).sort()) {
  const mod = await import(pathToFileURL(join(specDir, f)).href);
  for (const s of mod.scenarios) console.log(build(mod.system, { ...s, pvcs: s.pvcs ?? mod.defaultPvcs }));
}
