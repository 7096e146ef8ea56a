// Builds the s59b blind dev scenarios (scripts/s59b-blind-dev/*.mjs) into test/scenarios/<system>/s59b-*/ with the kit, then
// writes what the kit cannot express: the StatefulSet pod's generateName (robot-shop redis-0 is named by its StatefulSet).
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s59b-blind-dev', { split: 'dev' });

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
for (const system of readdirSync(ROOT)) {
  const sysDir = join(ROOT, system);
  if (!existsSync(join(sysDir, 'topology.yaml'))) continue;
  for (const folder of readdirSync(sysDir).filter((f) => f.startsWith('s59b-'))) {
    const file = join(sysDir, folder, 'cluster', 'pods.json');
    if (!existsSync(file)) continue;
    const pods = JSON.parse(readFileSync(file, 'utf8'));
    let changed = false;
    for (const p of pods.items) {
      const owner = p.metadata.ownerReferences?.[0];
      if (owner?.kind === 'StatefulSet' && p.metadata.generateName !== `${owner.name}-`) {
        p.metadata.generateName = `${owner.name}-`;
        changed = true;
      }
    }
    if (changed) writeFileSync(file, JSON.stringify(pods, null, 2) + '\n');
  }
}
