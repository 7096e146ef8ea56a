// Builds the blind held-out batch s120b (scripts/s120b-heldout/*.mjs) into test/scenarios/<system>/s120b-*/.
// Post-processing: StatefulSet pods get generateName "<statefulset>-" (pod names come from withDefaults).
import { buildBatch } from './s2-scenario-kit.mjs';
await buildBatch('s120b-heldout', { split: 'test' });

// StatefulSet pods: generateName is "<statefulset>-" (the kit writes the ReplicaSet-style name).
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
const root = new URL('../test/scenarios/', import.meta.url).pathname;
for (const sys of readdirSync(root)) {
  if (!existsSync(`${root}${sys}`) || sys.includes('.')) continue;
  for (const f of readdirSync(`${root}${sys}`).filter((n) => n.startsWith('s120b-'))) {
    const p = `${root}${sys}/${f}/cluster/pods.json`;
    const list = JSON.parse(readFileSync(p, 'utf8'));
    for (const pod of list.items) {
      const o = pod.metadata.ownerReferences?.[0];
      if (o?.kind === 'StatefulSet') pod.metadata.generateName = `${o.name}-`;
    }
    writeFileSync(p, JSON.stringify(list, null, 2) + '\n');
  }
}
