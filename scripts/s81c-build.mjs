// Builds blind dev batch s81c (scripts/s81c-blind-dev/*.mjs) with the scenario kit, then writes what the kit cannot express:
// StatefulSet pods' generateName (<sts>-), which the kit derives from a ReplicaSet name.
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s81c-blind-dev', { split: 'dev' });

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
for (const system of readdirSync(ROOT)) {
  const sysDir = join(ROOT, system);
  if (!existsSync(join(sysDir, 'topology.yaml'))) continue;
  for (const folder of readdirSync(sysDir).filter((f) => f.startsWith('s81c-'))) {
    const file = join(sysDir, folder, 'cluster', 'pods.json');
    const list = JSON.parse(readFileSync(file, 'utf8'));
    let changed = false;
    for (const p of list.items) {
      const own = p.metadata.ownerReferences?.[0];
      if (own?.kind === 'StatefulSet') {
        p.metadata.generateName = `${own.name}-`;
        changed = true;
      }
    }
    if (changed) writeFileSync(file, JSON.stringify(list, null, 2) + '\n');
  }
}
