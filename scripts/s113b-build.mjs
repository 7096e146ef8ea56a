// Builds blind dev batch s113b (scripts/s113b-blind-dev/*.mjs) into test/scenarios/<system>/s113b-*/.
// Post-processing: StatefulSet pods get generateName `<sts>-` as the statefulset-controller sets it.
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s113b-blind-dev', { split: 'dev' });
const root = new URL('../test/scenarios/', import.meta.url).pathname;
for (const sys of readdirSync(root)) {
  if (!existsSync(join(root, sys)) || sys.includes('.')) continue;
  for (const f of readdirSync(join(root, sys)).filter((n) => n.startsWith('s113b-'))) {
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
