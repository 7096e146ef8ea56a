// Builds blind dev batch s109a (scripts/s109a-blind-dev/*.mjs) into test/scenarios/<system>/s109a-*/.
// StatefulSet pods (robot-shop redis, bank-of-anthos dbs) are named by the systems' withDefaults helpers.
import { buildBatch } from './s2-scenario-kit.mjs';
await buildBatch('s109a-blind-dev', { split: 'dev' });

// Post-processing: a StatefulSet pod's generateName is `<statefulset>-` (the kit writes the ReplicaSet-style name).
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
const ROOT = new URL('../test/scenarios/', import.meta.url).pathname;
for (const sys of readdirSync(ROOT, { withFileTypes: true }).filter((d) => d.isDirectory())) {
  for (const f of readdirSync(join(ROOT, sys.name)).filter((n) => n.startsWith('s109a-'))) {
    const p = join(ROOT, sys.name, f, 'cluster', 'pods.json');
    if (!existsSync(p)) continue;
    const list = JSON.parse(readFileSync(p, 'utf8'));
    for (const pod of list.items) {
      const o = pod.metadata.ownerReferences?.[0];
      if (o?.kind === 'StatefulSet') pod.metadata.generateName = `${o.name}-`;
    }
    writeFileSync(p, JSON.stringify(list, null, 2) + '\n');
  }
}
