// Builds blind dev batch s87a (scripts/s87a-blind-dev/*.mjs) with the scenario kit, then fixes what the kit cannot express:
// StatefulSet pods' generateName (<sts>-, not the ReplicaSet name).
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s87a-blind-dev', { split: 'dev' });

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
for (const sys of readdirSync(ROOT)) {
  const d = join(ROOT, sys);
  if (!existsSync(join(d, 'topology.yaml'))) continue;
  for (const f of readdirSync(d).filter((n) => n.startsWith('s87a-'))) {
    const pf = join(d, f, 'cluster', 'pods.json');
    const pods = JSON.parse(readFileSync(pf, 'utf8'));
    for (const p of pods.items) {
      const o = p.metadata.ownerReferences?.[0];
      if (o?.kind === 'StatefulSet') p.metadata.generateName = `${o.name}-`;
    }
    writeFileSync(pf, JSON.stringify(pods, null, 2) + '\n');
  }
}
