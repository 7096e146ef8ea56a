// Builds blind dev batch s101b (five scenarios on bank-of-anthos, hotel-reservation, otel-demo, robot-shop, teastore)
// from scripts/s101b-blind-dev/*.mjs into test/scenarios/<system>/s101b-*/.
import { buildBatch } from './s2-scenario-kit.mjs';
await buildBatch('s101b-blind-dev', { split: 'dev' });

// Post-processing the kit cannot express: StatefulSet pods carry generateName "<statefulset>-" (not the kit's
// ReplicaSet-style name) as the StatefulSet controller writes them.
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
const root = new URL('../test/scenarios/', import.meta.url).pathname;
for (const sys of readdirSync(root)) {
  const sdir = join(root, sys);
  if (!existsSync(sdir) || sys.endsWith('.yaml')) continue;
  for (const f of readdirSync(sdir).filter((n) => n.startsWith('s101b-'))) {
    const p = join(sdir, f, 'cluster', 'pods.json');
    if (!existsSync(p)) continue;
    const list = JSON.parse(readFileSync(p, 'utf8'));
    for (const pod of list.items) {
      const o = pod.metadata.ownerReferences?.[0];
      if (o?.kind === 'StatefulSet') pod.metadata.generateName = `${o.name}-`;
    }
    writeFileSync(p, JSON.stringify(list, null, 2) + '\n');
  }
}
