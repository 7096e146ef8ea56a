// Builds blind dev batch s87b (scripts/s87b-blind-dev/*.mjs) into test/scenarios/<system>/s87b-*/.
// Post-processing: StatefulSet pods (robot-shop redis) get generateName `<statefulset>-` as the controller writes it.
import { buildBatch } from './s2-scenario-kit.mjs';
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
await buildBatch('s87b-blind-dev', { split: 'dev' });
for (const sys of readdirSync('test/scenarios')) {
  const d = join('test/scenarios', sys);
  if (!existsSync(d) || sys.includes('.')) continue;
  for (const f of readdirSync(d).filter((n) => n.startsWith('s87b-'))) {
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
