// Builds blind dev batch s85b (scripts/s85b-blind-dev/*.mjs) with the scenario kit, then sets StatefulSet pods'
// generateName to "<statefulset>-" as the API does (the kit names them after a ReplicaSet).
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildBatch } from './s2-scenario-kit.mjs';
await buildBatch('s85b-blind-dev', { split: 'dev' });
const root = new URL('../test/scenarios/', import.meta.url).pathname;
for (const sys of readdirSync(root)) {
  if (!existsSync(join(root, sys)) || sys.includes('.')) continue;
  for (const f of readdirSync(join(root, sys)).filter((n) => n.startsWith('s85b-'))) {
    const p = join(root, sys, f, 'cluster', 'pods.json');
    if (!existsSync(p)) continue;
    const list = JSON.parse(readFileSync(p, 'utf8'));
    for (const pod of list.items) {
      const o = pod.metadata.ownerReferences?.[0];
      if (o?.kind === 'StatefulSet') pod.metadata.generateName = `${o.name}-`;
    }
    writeFileSync(p, JSON.stringify(list, null, 2) + '\n');
  }
}
