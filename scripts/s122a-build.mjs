// Builds blind held-out batch s122a (scripts/s122a-heldout/*.mjs) into test/scenarios/<system>/s122a-*/.
// Run: node scripts/s122a-build.mjs
import { buildBatch } from './s2-scenario-kit.mjs';
await buildBatch('s122a-heldout', { split: 'test' });
// Post-processing: a StatefulSet pod's generateName is the StatefulSet name plus "-" (the kit writes the RS form).
import { readFileSync, writeFileSync } from 'node:fs';
const f = new URL('../test/scenarios/robot-shop/s122a-redis-volume-bad-superblock/cluster/pods.json', import.meta.url);
const pods = JSON.parse(readFileSync(f, 'utf8'));
for (const p of pods.items) if (p.metadata.ownerReferences?.[0]?.kind === 'StatefulSet') p.metadata.generateName = `${p.metadata.ownerReferences[0].name}-`;
writeFileSync(f, JSON.stringify(pods, null, 2) + '\n');
