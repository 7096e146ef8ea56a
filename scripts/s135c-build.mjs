// Builds the blind dev batch s135c (scripts/s135c-blind-dev/*.mjs) and post-processes what the kit cannot express.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s135c-blind-dev', { split: 'dev' });

// StatefulSet pods (Bank of Anthos databases): generateName is "<sts>-", not a ReplicaSet's.
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
for (const dir of ['bank-of-anthos/s135c-balancereader-sslmode-require', 'bank-of-anthos/s135c-frontend-backend-timeout']) {
  const f = join(ROOT, dir, 'cluster', 'pods.json');
  if (!existsSync(f)) continue;
  const l = JSON.parse(readFileSync(f, 'utf8'));
  for (const p of l.items) {
    const o = p.metadata.ownerReferences?.[0];
    if (o?.kind === 'StatefulSet') p.metadata.generateName = `${o.name}-`;
  }
  writeFileSync(f, JSON.stringify(l, null, 2) + '\n');
}
