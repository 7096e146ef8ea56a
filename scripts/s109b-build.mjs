// Builds blind dev batch s109b (scripts/s109b-blind-dev/*.mjs) with the scenario kit, then writes what the kit cannot
// express: StatefulSet pods' generateName (<sts>-) for bank-of-anthos' databases and robot-shop's redis.
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s109b-blind-dev', { split: 'dev' });

const ROOT = new URL('../test/scenarios/', import.meta.url).pathname;
for (const sys of readdirSync(ROOT)) {
  let dirs = [];
  try { dirs = readdirSync(join(ROOT, sys)).filter((d) => d.startsWith('s109b-')); } catch { continue; }
  for (const d of dirs) {
    const f = join(ROOT, sys, d, 'cluster', 'pods.json');
    const pods = JSON.parse(readFileSync(f, 'utf8'));
    for (const p of pods.items) {
      const own = p.metadata.ownerReferences?.[0];
      if (own?.kind === 'StatefulSet') p.metadata.generateName = `${own.name}-`;
    }
    writeFileSync(f, JSON.stringify(pods, null, 2) + '\n');
  }
}
