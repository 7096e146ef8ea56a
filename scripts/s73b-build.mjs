// Builds batch s73b (blind dev, five scenarios) from scripts/s73b-blind-dev/*.mjs with the scenario kit, then writes what
// the kit cannot express: StatefulSet pods' generateName (<sts>-) instead of a ReplicaSet-style prefix.
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s73b-blind-dev', { split: 'dev' });

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
for (const system of readdirSync(ROOT)) {
  const sysDir = join(ROOT, system);
  if (!existsSync(join(sysDir, 'topology.yaml'))) continue;
  for (const folder of readdirSync(sysDir).filter((f) => f.startsWith('s73b-'))) {
    const file = join(sysDir, folder, 'cluster', 'pods.json');
    const pods = JSON.parse(readFileSync(file, 'utf8'));
    let changed = false;
    for (const p of pods.items) {
      const owner = p.metadata.ownerReferences?.[0];
      if (owner?.kind === 'StatefulSet') {
        p.metadata.generateName = `${owner.name}-`;
        changed = true;
      }
    }
    if (changed) writeFileSync(file, JSON.stringify(pods, null, 2) + '\n');
  }
}
