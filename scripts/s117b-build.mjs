// Builds blind dev batch s117b (scripts/s117b-blind-dev/*.mjs) into test/scenarios/<system>/s117b-*/ with the scenario kit,
// then gives StatefulSet pods their generateName (the kit names them after a ReplicaSet).
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildBatch } from './s2-scenario-kit.mjs';
await buildBatch('s117b-blind-dev', { split: 'dev' });
const root = 'test/scenarios';
for (const sys of readdirSync(root)) {
  const d = join(root, sys);
  if (!existsSync(d) || sys.includes('.')) continue;
  for (const f of readdirSync(d).filter((n) => n.startsWith('s117b-'))) {
    const p = join(d, f, 'cluster', 'pods.json');
    const pods = JSON.parse(readFileSync(p, 'utf8'));
    for (const pod of pods.items) {
      const o = pod.metadata.ownerReferences?.[0];
      if (o?.kind === 'StatefulSet') pod.metadata.generateName = `${o.name}-`;
    }
    writeFileSync(p, JSON.stringify(pods, null, 2) + '\n');
  }
}
