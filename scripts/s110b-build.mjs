// Builds blind held-out batch s110b (scripts/s110b-heldout/*.mjs) into test/scenarios/<system>/s110b-*/ with the scenario kit,
// then applies what the kit cannot express: a Recreate strategy, an old pod name in an Event, StatefulSet generateName, a headless Service.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s110b-heldout', { split: 'test' });

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
const rd = (p) => JSON.parse(readFileSync(p, 'utf8'));
const wr = (p, v) => writeFileSync(p, JSON.stringify(v, null, 2) + '\n');

// teastore: the database Deployment uses strategy Recreate.
{
  const p = join(ROOT, 'teastore', 's110b-category-pages-500', 'cluster', 'deployments.json');
  const d = rd(p);
  for (const x of d.items) if (x.metadata.name === 'teastore-db') x.spec.strategy = { type: 'Recreate' };
  wr(p, d);
}
// sock-shop: the Multi-Attach event names the old ReplicaSet's pod.
{
  const dir = join(ROOT, 'sock-shop', 's110b-orders-db-deploy-hangs', 'cluster');
  const pods = rd(join(dir, 'pods.json'));
  const rs = rd(join(dir, 'replicasets.json'));
  const old = rs.items.find((r) => r.metadata.name.startsWith('orders-db-') && r.spec.replicas === 1 && r.metadata.annotations['deployment.kubernetes.io/revision'] === '3');
  const oldPod = pods.items.find((p) => p.metadata.ownerReferences[0].name === old.metadata.name);
  const p = join(dir, 'events.json');
  const ev = rd(p);
  for (const e of ev.items) e.message = e.message.replaceAll('%OLDPOD%', oldPod.metadata.name);
  wr(p, ev);
}
// StatefulSet pods: generateName is the StatefulSet's name plus a dash; Robot Shop's dispatch Service is headless.
for (const folder of ['bank-of-anthos/s110b-cant-log-in-bank', 'robot-shop/s110b-zero-stars-new-robots']) {
  const dir = join(ROOT, folder, 'cluster');
  const p = join(dir, 'pods.json');
  const pods = rd(p);
  for (const x of pods.items) {
    const o = x.metadata.ownerReferences[0];
    if (o.kind === 'StatefulSet') x.metadata.generateName = `${o.name}-`;
  }
  wr(p, pods);
  if (folder.startsWith('robot-shop/')) {
    const sp = join(dir, 'services.json');
    const s = rd(sp);
    for (const x of s.items) if (x.metadata.name === 'dispatch') { x.spec.clusterIP = 'None'; x.spec.clusterIPs = ['None']; }
    wr(sp, s);
  }
}
