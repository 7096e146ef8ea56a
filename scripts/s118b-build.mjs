// Builds blind held-out batch s118b (scripts/s118b-heldout/*.mjs) with the s2 scenario kit, then writes what the
// kit cannot express: StatefulSet pods' generateName, and a pod status image spelled as its (invalid) spec image.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s118b-heldout', { split: 'test' });

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
const edit = (rel, fn) => {
  const f = join(ROOT, rel);
  if (!existsSync(f)) throw new Error(`missing ${f}`);
  const j = JSON.parse(readFileSync(f, 'utf8'));
  fn(j);
  writeFileSync(f, JSON.stringify(j, null, 2) + '\n');
};
// StatefulSet pods: generateName is the StatefulSet name plus a dash.
edit('robot-shop/s118b-basket-after-node-crash/cluster/pods.json', (l) => {
  for (const p of l.items) if (p.metadata.ownerReferences?.[0]?.kind === 'StatefulSet') p.metadata.generateName = `${p.metadata.ownerReferences[0].name}-`;
});
// The kubelet reports an InvalidImageName container with the image exactly as the spec spells it.
edit('teastore/s118b-webui-rollout-stuck/cluster/pods.json', (l) => {
  for (const p of l.items)
    for (const s of p.status.containerStatuses ?? [])
      if (s.state?.waiting?.reason === 'InvalidImageName') s.image = p.spec.containers.find((c) => c.name === s.name).image;
});
