// Builds the blind held-out batch s112a (scripts/s112a-heldout/*.mjs) with the scenario kit, then writes what the kit
// cannot express: StatefulSet pods' generateName (the StatefulSet's name, not a ReplicaSet's).
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';
await buildBatch('s112a-heldout', { split: 'test' });
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
for (const sys of readdirSync(ROOT)) {
  if (!existsSync(join(ROOT, sys)) || sys.includes('.')) continue;
  for (const f of readdirSync(join(ROOT, sys)).filter((n) => n.startsWith('s112a-'))) {
    const p = join(ROOT, sys, f, 'cluster', 'pods.json');
    if (!existsSync(p)) continue;
    const pods = JSON.parse(readFileSync(p, 'utf8'));
    for (const pod of pods.items) {
      const o = pod.metadata.ownerReferences?.[0];
      if (o?.kind === 'StatefulSet') pod.metadata.generateName = `${o.name}-`;
    }
    writeFileSync(p, JSON.stringify(pods, null, 2) + '\n');
  }
}
