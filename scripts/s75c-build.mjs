// Builds blind dev batch s75c (scripts/s75c-blind-dev/*.mjs) with the scenario kit, then writes what the kit cannot express:
// StatefulSet pods' generateName, robot-shop's headless dispatch Service, hotel-reservation's Recreate mongodb Deployments,
// the otel-demo node-upgrade ages, and the restartedAt annotation of TeaStore's `kubectl rollout restart`.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch, clock } from './s2-scenario-kit.mjs';

await buildBatch('s75c-blind-dev', { split: 'dev' });

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
const edit = (dir, file, fn) => {
  const p = join(ROOT, dir, 'cluster', file);
  const list = JSON.parse(readFileSync(p, 'utf8'));
  fn(list.items);
  writeFileSync(p, JSON.stringify(list, null, 2) + '\n');
};
const FOLDERS = [
  'bookinfo/s75c-reviews-evicted-node-memory-pressure',
  'robot-shop/s75c-mysql-oomkilled-buffer-pool',
  'hotel-reservation/s75c-geo-rollout-nil-panic',
  'otel-demo/s75c-nofault-fraud-restarted-node-upgrade',
  'teastore/s75c-worker3-vxlan-firewall',
];

// StatefulSet pods are named <sts>-<ordinal> and generated from `<sts>-`.
for (const f of FOLDERS)
  edit(f, 'pods.json', (pods) => {
    for (const p of pods) {
      const o = p.metadata.ownerReferences?.[0];
      if (o?.kind === 'StatefulSet') p.metadata.generateName = `${o.name}-`;
    }
  });

// robot-shop: dispatch's Service is headless upstream (clusterIP: None).
edit('robot-shop/s75c-mysql-oomkilled-buffer-pool', 'services.json', (svcs) => {
  for (const s of svcs) if (s.metadata.name === 'dispatch') { s.spec.clusterIP = 'None'; s.spec.clusterIPs = ['None']; }
});

// hotel-reservation: the kompose mongodb Deployments use strategy Recreate.
edit('hotel-reservation/s75c-geo-rollout-nil-panic', 'deployments.json', (ds) => {
  for (const d of ds) if (d.metadata.name.startsWith('mongodb-')) d.spec.strategy = { type: 'Recreate' };
});

// otel-demo: the node pool was replaced by the 02:00-02:40 surge upgrade; the ReplicaSets are older than their pods.
{
  const T = clock('2026-08-14T08:50:00Z');
  const born = [-412, -397, -388];
  edit('otel-demo/s75c-nofault-fraud-restarted-node-upgrade', 'nodes.json', (nodes) => {
    nodes.forEach((n, i) => {
      n.metadata.creationTimestamp = T.iso(born[i]);
      for (const c of n.status.conditions) c.lastTransitionTime = T.iso(born[i] + (c.type === 'Ready' ? 0.6 : 0.2));
    });
  });
  edit('otel-demo/s75c-nofault-fraud-restarted-node-upgrade', 'replicasets.json', (rss) => {
    for (const r of rss) r.metadata.creationTimestamp = T.iso(-60 * 24 * 9);
  });
}

// TeaStore: `kubectl rollout restart` stamps the pod template (and so the new ReplicaSet and its pod) with restartedAt.
{
  const T = clock('2026-09-09T11:30:00Z');
  const ann = { 'kubectl.kubernetes.io/restartedAt': T.iso(-22.05).replace('Z', '+00:00') };
  const dir = 'teastore/s75c-worker3-vxlan-firewall';
  let newRs = null;
  edit(dir, 'replicasets.json', (rss) => {
    const own = rss.filter((r) => r.metadata.name.startsWith('teastore-webui-'))
      .sort((a, b) => Number(b.metadata.annotations['deployment.kubernetes.io/revision']) - Number(a.metadata.annotations['deployment.kubernetes.io/revision']));
    newRs = own[0].metadata.name;
    own[0].spec.template.metadata.annotations = ann;
  });
  edit(dir, 'deployments.json', (ds) => {
    for (const d of ds) if (d.metadata.name === 'teastore-webui') d.spec.template.metadata.annotations = ann;
  });
  edit(dir, 'pods.json', (pods) => {
    for (const p of pods) if (p.metadata.ownerReferences?.[0]?.name === newRs) p.metadata.annotations = ann;
  });
}
