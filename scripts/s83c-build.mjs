// Builds blind dev batch s83c (scripts/s83c-blind-dev/*.mjs) into test/scenarios/<system>/s83c-*/, then post-processes
// what the kit cannot express (pod-template annotations of the bookinfo productpage rollout, StatefulSet pod names).
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { buildBatch } from './s2-scenario-kit.mjs';
await buildBatch('s83c-blind-dev', { split: 'dev' });
const post = await import('./s83c-blind-dev/bookinfo.mjs');
if (post.postProcess) post.postProcess({ readFileSync, writeFileSync, existsSync });
// robot-shop redis is a StatefulSet: its pod's generateName is the StatefulSet name plus '-'.
const rp = new URL('../test/scenarios/robot-shop/s83c-mongod-cache-over-limit/cluster/pods.json', import.meta.url);
const pods = JSON.parse(readFileSync(rp));
for (const p of pods.items) if (p.metadata.ownerReferences[0].kind === 'StatefulSet') p.metadata.generateName = `${p.metadata.ownerReferences[0].name}-`;
writeFileSync(rp, JSON.stringify(pods, null, 2) + '\n');
