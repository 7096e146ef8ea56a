// Builds blind held-out batch s98a (scripts/s98a-heldout/*.mjs) into test/scenarios/<system>/s98a-*/ (split: test),
// then fixes what the kit cannot express: StatefulSet pods' generateName.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s98a-heldout', { split: 'test' });

// robot-shop: redis is a StatefulSet, its pod's generateName is the StatefulSet's name.
const rp = 'test/scenarios/robot-shop/s98a-catalogue-restarts/cluster/pods.json';
if (existsSync(rp)) {
  const pods = JSON.parse(readFileSync(rp, 'utf8'));
  for (const p of pods.items) if (p.metadata.ownerReferences?.[0]?.kind === 'StatefulSet') p.metadata.generateName = `${p.metadata.ownerReferences[0].name}-`;
  writeFileSync(rp, JSON.stringify(pods, null, 2) + '\n');
}
