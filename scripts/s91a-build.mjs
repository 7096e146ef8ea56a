// Builds the s91a blind dev scenarios (scripts/s91a-blind-dev/*.mjs) into test/scenarios/<system>/s91a-*/ with the kit,
// then writes what the kit cannot express: StatefulSet pods' generateName (`<statefulset>-`, not a ReplicaSet name).
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s91a-blind-dev', { split: 'dev' });

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
for (const sys of readdirSync(ROOT, { withFileTypes: true }).filter((d) => d.isDirectory())) {
  for (const f of readdirSync(join(ROOT, sys.name)).filter((n) => n.startsWith('s91a-'))) {
    const p = join(ROOT, sys.name, f, 'cluster', 'pods.json');
    if (!existsSync(p)) continue;
    const list = JSON.parse(readFileSync(p, 'utf8'));
    let changed = false;
    for (const pod of list.items) {
      const own = pod.metadata.ownerReferences?.[0];
      if (own?.kind === 'StatefulSet') { pod.metadata.generateName = `${own.name}-`; changed = true; }
    }
    if (changed) writeFileSync(p, JSON.stringify(list, null, 2) + '\n');
  }
}

// A `kubectl rollout restart` changes only the template's kubectl.kubernetes.io/restartedAt annotation; the kit writes
// no annotations into ReplicaSet templates or pods, so put them where the API has them (RS templates and their pods).
for (const [sys, folder, deploy] of [['teastore', 's91a-persistence-db-port-typo-shared-configmap', 'teastore-persistence'], ['sock-shop', 's91a-orders-payment-partition-left-on', 'carts']]) {
  const dir = join(ROOT, sys, folder, 'cluster');
  const deps = JSON.parse(readFileSync(join(dir, 'deployments.json'), 'utf8'));
  const rss = JSON.parse(readFileSync(join(dir, 'replicasets.json'), 'utf8'));
  const pods = JSON.parse(readFileSync(join(dir, 'pods.json'), 'utf8'));
  const d = deps.items.find((x) => x.metadata.name === deploy);
  const newAt = d.spec.template.metadata.annotations['kubectl.kubernetes.io/restartedAt'];
  const mine = rss.items.filter((r) => r.metadata.ownerReferences[0].name === deploy)
    .sort((a, b) => Number(b.metadata.annotations['deployment.kubernetes.io/revision']) - Number(a.metadata.annotations['deployment.kubernetes.io/revision']));
  const oldAt = new Date(Date.parse(newAt) - 20 * 24 * 3600e3).toISOString().replace(/\.\d{3}Z$/, 'Z');
  mine[0].spec.template.metadata.annotations = { 'kubectl.kubernetes.io/restartedAt': newAt };
  if (mine[1]) mine[1].spec.template.metadata.annotations = { 'kubectl.kubernetes.io/restartedAt': oldAt };
  for (const p of pods.items.filter((x) => x.metadata.ownerReferences[0].uid === mine[0].metadata.uid))
    p.metadata.annotations = { 'kubectl.kubernetes.io/restartedAt': newAt };
  writeFileSync(join(dir, 'replicasets.json'), JSON.stringify(rss, null, 2) + '\n');
  writeFileSync(join(dir, 'pods.json'), JSON.stringify(pods, null, 2) + '\n');
}
