// Builds blind dev batch s103b (scripts/s103b-blind-dev/*.mjs) into test/scenarios/<system>/s103b-*/ with the scenario kit,
// then gives StatefulSet pods the generateName the StatefulSet controller writes (<sts>-), which the kit cannot express.
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';
await buildBatch('s103b-blind-dev', { split: 'dev' });
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
for (const sys of readdirSync(ROOT)) {
  const d = join(ROOT, sys);
  if (!existsSync(join(d, 'topology.yaml'))) continue;
  for (const f of readdirSync(d).filter((n) => n.startsWith('s103b-'))) {
    const p = join(d, f, 'cluster', 'pods.json');
    const pods = JSON.parse(readFileSync(p, 'utf8'));
    for (const pod of pods.items) {
      const o = pod.metadata.ownerReferences?.[0];
      if (o?.kind === 'StatefulSet') { pod.metadata.generateName = `${o.name}-`; delete pod.metadata.labels['pod-template-hash']; }
    }
    writeFileSync(p, JSON.stringify(pods, null, 2) + '\n');
  }
}
