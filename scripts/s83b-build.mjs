// Builds blind dev batch s83b (scripts/s83b-blind-dev/*.mjs) with the scenario kit, then names StatefulSet pods'
// generateName after their StatefulSet (the kit writes the ReplicaSet-style one).
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { buildBatch } from './s2-scenario-kit.mjs';
await buildBatch('s83b-blind-dev', { split: 'dev' });
const root = new URL('../test/scenarios/', import.meta.url).pathname;
for (const sys of readdirSync(root)) {
  let dirs = [];
  try { dirs = readdirSync(root + sys).filter((d) => d.startsWith('s83b-')); } catch { continue; }
  for (const d of dirs) {
    const f = `${root}${sys}/${d}/cluster/pods.json`;
    if (!existsSync(f)) continue;
    const j = JSON.parse(readFileSync(f, 'utf8'));
    for (const p of j.items) {
      const o = p.metadata.ownerReferences?.[0];
      if (o?.kind === 'StatefulSet') p.metadata.generateName = `${o.name}-`;
    }
    writeFileSync(f, JSON.stringify(j, null, 2) + '\n');
  }
}
