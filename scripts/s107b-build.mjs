// Builds blind dev batch s107b (scripts/s107b-blind-dev/*.mjs) with the scenario kit, then writes what the kit cannot
// express: StatefulSet pods' generateName (robot-shop's redis-0).
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s107b-blind-dev', { split: 'dev' });

const root = new URL('../test/scenarios/', import.meta.url).pathname;
for (const sys of readdirSync(root)) {
  const d = join(root, sys);
  if (!existsSync(join(d, 'topology.yaml'))) continue;
  for (const f of readdirSync(d).filter((n) => n.startsWith('s107b-'))) {
    const p = join(d, f, 'cluster', 'pods.json');
    if (!existsSync(p)) continue;
    const pods = JSON.parse(readFileSync(p, 'utf8'));
    for (const pod of pods.items) {
      const o = pod.metadata.ownerReferences?.[0];
      if (o?.kind === 'StatefulSet') pod.metadata.generateName = `${o.name}-`;
    }
    writeFileSync(p, JSON.stringify(pods, null, 2) + '\n');
  }
}
