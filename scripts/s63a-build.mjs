// Builds blind dev batch s63a (scripts/s63a-blind-dev/*.mjs) with the scenario kit, then writes what the kit cannot
// express: StatefulSet pods' generateName (`<sts>-`, as the StatefulSet controller sets it).
import { readFileSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s63a-blind-dev', { split: 'dev' });

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
for (const system of readdirSync(ROOT)) {
  const sysDir = join(ROOT, system);
  if (!existsSync(join(sysDir, 'topology.yaml'))) continue;
  for (const folder of readdirSync(sysDir).filter((f) => f.startsWith('s63a-'))) {
    const podsFile = join(sysDir, folder, 'cluster', 'pods.json');
    if (!existsSync(podsFile)) continue;
    const pods = JSON.parse(readFileSync(podsFile, 'utf8'));
    let changed = false;
    for (const p of pods.items) {
      const owner = p.metadata.ownerReferences?.[0];
      if (owner?.kind === 'StatefulSet' && p.metadata.generateName !== `${owner.name}-`) {
        p.metadata.generateName = `${owner.name}-`;
        changed = true;
      }
    }
    if (changed) writeFileSync(podsFile, JSON.stringify(pods, null, 2) + '\n');
  }
}
