// Builds blind dev batch s115b (scripts/s115b-blind-dev/*.mjs) with the s2 kit, then gives robot-shop's StatefulSet
// pod redis-0 the generateName a StatefulSet writes.
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { buildBatch } from './s2-scenario-kit.mjs';
await buildBatch('s115b-blind-dev', { split: 'dev' });
for (const d of readdirSync('test/scenarios/robot-shop').filter((n) => n.startsWith('s115b-'))) {
  const f = `test/scenarios/robot-shop/${d}/cluster/pods.json`;
  const j = JSON.parse(readFileSync(f, 'utf8'));
  for (const p of j.items) if (/^redis-\d+$/.test(p.metadata.name)) p.metadata.generateName = 'redis-';
  writeFileSync(f, JSON.stringify(j, null, 2) + '\n');
}
