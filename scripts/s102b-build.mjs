// Builds the blind held-out batch s102b (scripts/s102b-heldout/*.mjs) into test/scenarios/<system>/s102b-*/ (split test),
// then applies what the kit cannot express: StatefulSet pod generateName, robot-shop's headless dispatch Service, etc.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s102b-heldout', { split: 'test' });

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
const edit = (dir, file, fn) => {
  const p = join(ROOT, dir, 'cluster', file);
  if (!existsSync(p)) return;
  const j = JSON.parse(readFileSync(p, 'utf8'));
  fn(j);
  writeFileSync(p, JSON.stringify(j, null, 2) + '\n');
};

// StatefulSet pods are named <sts>-<ordinal>, generateName <sts>-.
for (const dir of ['robot-shop/s102b-pay-step-failing'])
  edit(dir, 'pods.json', (l) => {
    for (const p of l.items)
      if (p.metadata.ownerReferences?.[0]?.kind === 'StatefulSet') p.metadata.generateName = `${p.metadata.ownerReferences[0].name}-`;
  });

// robot-shop: dispatch's Service is headless upstream; rabbitmq's Deployment of this release uses strategy Recreate.
edit('robot-shop/s102b-pay-step-failing', 'services.json', (l) => {
  for (const s of l.items) if (s.metadata.name === 'dispatch') { s.spec.clusterIP = 'None'; s.spec.clusterIPs = ['None']; }
});
edit('robot-shop/s102b-pay-step-failing', 'deployments.json', (l) => {
  for (const d of l.items) if (d.metadata.name === 'rabbitmq') d.spec.strategy = { type: 'Recreate' };
});

// teastore: the kubelet reports the unparsable image exactly as the spec has it.
edit('teastore/s102b-auth-deploy-stuck', 'pods.json', (l) => {
  for (const p of l.items)
    for (const c of p.status.containerStatuses ?? [])
      if (c.state?.waiting?.reason === 'InvalidImageName') { c.image = 'descartesresearch/teastore-auth:'; c.imageID = ''; }
});

// bookinfo: the Deployment records the admission failure as a ReplicaFailure condition.
edit('bookinfo/s102b-productpage-gone', 'deployments.json', (l) => {
  for (const d of l.items) if (d.metadata.name === 'productpage-v1') {
    const rsl = JSON.parse(readFileSync(join(ROOT, 'bookinfo/s102b-productpage-gone/cluster/replicasets.json'), 'utf8'));
    const rs = rsl.items.find((r) => r.metadata.ownerReferences[0].name === d.metadata.name).metadata.name;
    d.status.conditions.push({ type: 'ReplicaFailure', status: 'True', lastUpdateTime: '2026-02-17T09:30:00Z', lastTransitionTime: '2026-02-17T09:30:00Z', reason: 'FailedCreate', message: `pods "${rs}-w7kq2" is forbidden: maximum cpu usage per Container is 1, but limit is 2` });
  }
});
