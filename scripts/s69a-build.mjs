// Builds blind dev batch s69a (scripts/s69a-blind-dev/*.mjs) with the scenario kit, then writes what the kit cannot express:
// StatefulSet pods' generateName (`<statefulset>-`, not a ReplicaSet name). Run: node scripts/s69a-build.mjs
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s69a-blind-dev', { split: 'dev' });

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
for (const system of readdirSync(ROOT, { withFileTypes: true }).filter((d) => d.isDirectory())) {
  for (const folder of readdirSync(join(ROOT, system.name)).filter((f) => f.startsWith('s69a-'))) {
    const file = join(ROOT, system.name, folder, 'cluster', 'pods.json');
    if (!existsSync(file)) continue;
    const pods = JSON.parse(readFileSync(file, 'utf8'));
    for (const p of pods.items) {
      const owner = p.metadata.ownerReferences?.[0];
      if (owner?.kind === 'StatefulSet') p.metadata.generateName = `${owner.name}-`;
    }
    writeFileSync(file, JSON.stringify(pods, null, 2) + '\n');
  }
}
