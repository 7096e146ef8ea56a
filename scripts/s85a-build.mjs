// Builds blind dev batch s85a (scripts/s85a-blind-dev/*.mjs) into test/scenarios/<system>/s85a-*/ with the kit,
// then gives StatefulSet pods (<sts>-<ordinal>) the generateName the StatefulSet controller sets.
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildBatch } from './s2-scenario-kit.mjs';
await buildBatch('s85a-blind-dev', { split: 'dev' });
const root = new URL('../test/scenarios/', import.meta.url).pathname;
for (const sys of readdirSync(root)) {
  if (!existsSync(join(root, sys, 'topology.yaml'))) continue;
  for (const f of readdirSync(join(root, sys)).filter((n) => n.startsWith('s85a-'))) {
    const p = join(root, sys, f, 'cluster', 'pods.json');
    const j = JSON.parse(readFileSync(p, 'utf8'));
    for (const pod of j.items) {
      const o = pod.metadata.ownerReferences?.[0];
      if (o?.kind === 'StatefulSet') pod.metadata.generateName = `${o.name}-`;
    }
    writeFileSync(p, JSON.stringify(j, null, 2) + '\n');
  }
}
