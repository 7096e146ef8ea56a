// Builds blind dev batch s121b (scripts/s121b-blind-dev/*.mjs) into test/scenarios/<system>/s121b-*/ with the scenario kit,
// then sets StatefulSet pods' generateName to "<statefulset>-" (the kit names it after a ReplicaSet).
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildBatch } from './s2-scenario-kit.mjs';
await buildBatch('s121b-blind-dev', { split: 'dev' });
const root = new URL('../test/scenarios/', import.meta.url).pathname;
for (const sys of readdirSync(root)) {
  if (!existsSync(join(root, sys)) || sys.includes('.')) continue;
  for (const f of readdirSync(join(root, sys)).filter((n) => n.startsWith('s121b-'))) {
    const p = join(root, sys, f, 'cluster', 'pods.json');
    if (!existsSync(p)) continue;
    const j = JSON.parse(readFileSync(p, 'utf8'));
    for (const pod of j.items) {
      const o = pod.metadata.ownerReferences?.[0];
      if (o?.kind === 'StatefulSet') pod.metadata.generateName = `${o.name}-`;
    }
    writeFileSync(p, JSON.stringify(j, null, 2) + '\n');
  }
}
