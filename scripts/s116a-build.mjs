// Builds blind held-out batch s116a (five scenarios, split test) from scripts/s116a-heldout/*.mjs.
// Post-processing: none needed beyond the kit (robot-shop's StatefulSet pod name comes from withDefaults).
import { buildBatch } from './s2-scenario-kit.mjs';
await buildBatch('s116a-heldout', { split: 'test' });

// StatefulSet pods (robot-shop redis-0): generateName is the StatefulSet's name, and they carry
// controller-revision-hash / statefulset.kubernetes.io/pod-name instead of pod-template-hash.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
const f = new URL('../test/scenarios/robot-shop/s116a-zero-stars/cluster/pods.json', import.meta.url);
if (existsSync(f)) {
  const pods = JSON.parse(readFileSync(f, 'utf8'));
  for (const p of pods.items) {
    const o = p.metadata.ownerReferences?.[0];
    if (o?.kind !== 'StatefulSet') continue;
    p.metadata.generateName = `${o.name}-`;
    const { 'pod-template-hash': _h, ...labels } = p.metadata.labels;
    p.metadata.labels = { ...labels, 'apps.kubernetes.io/pod-index': p.metadata.name.split('-').pop(), 'controller-revision-hash': `${o.name}-7d9c5b8f64`, 'statefulset.kubernetes.io/pod-name': p.metadata.name };
  }
  writeFileSync(f, JSON.stringify(pods, null, 2) + '\n');
}
