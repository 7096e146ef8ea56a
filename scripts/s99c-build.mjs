// Builds blind dev batch s99c (scripts/s99c-blind-dev/*.mjs) with the scenario kit, then writes what the kit cannot express:
// StatefulSet pods' generateName (Bank of Anthos' accounts-db-0 / ledger-db-0, Robot Shop's redis-0).
import { buildBatch } from './s2-scenario-kit.mjs';
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

await buildBatch('s99c-blind-dev', { split: 'dev' });
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
for (const sys of readdirSync(ROOT)) {
  const d = join(ROOT, sys);
  if (!existsSync(join(d, 'topology.yaml'))) continue;
  for (const f of readdirSync(d).filter((n) => n.startsWith('s99c-'))) {
    const p = join(d, f, 'cluster', 'pods.json');
    const pods = JSON.parse(readFileSync(p, 'utf8'));
    for (const pod of pods.items) {
      const o = pod.metadata.ownerReferences?.[0];
      if (o?.kind === 'StatefulSet') pod.metadata.generateName = `${o.name}-`;
    }
    writeFileSync(p, JSON.stringify(pods, null, 2) + '\n');
  }
}
