// Builds the blind held-out batch s56a (split test) from scripts/s56a-heldout/*.mjs with the scenario kit, then writes what the
// kit cannot express (StatefulSet pods' generateName and controller-revision-hash, pod labels the kit does not set).
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s56a-heldout', { split: 'test' });

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
for (const system of readdirSync(ROOT)) {
  const sysDir = join(ROOT, system);
  if (!existsSync(join(sysDir, 'topology.yaml'))) continue;
  for (const folder of readdirSync(sysDir).filter((n) => n.startsWith('s56a-'))) {
    const podsFile = join(sysDir, folder, 'cluster', 'pods.json');
    const pods = JSON.parse(readFileSync(podsFile, 'utf8'));
    for (const p of pods.items) {
      const owner = p.metadata.ownerReferences?.[0];
      // StatefulSet pods are named <sts>-<ordinal> and carry generateName <sts>- (the kit copies the ReplicaSet's).
      if (owner?.kind === 'StatefulSet') {
        p.metadata.generateName = `${owner.name}-`;
        delete p.metadata.labels['pod-template-hash'];
        p.metadata.labels['apps.kubernetes.io/pod-index'] = p.metadata.name.slice(owner.name.length + 1);
      }
    }
    writeFileSync(podsFile, JSON.stringify(pods, null, 2) + '\n');
    // The deployment controller reports unavailableReplicas = (sum of its ReplicaSets' replicas) - availableReplicas.
    const depFile = join(sysDir, folder, 'cluster', 'deployments.json');
    const deps = JSON.parse(readFileSync(depFile, 'utf8'));
    for (const d of deps.items) {
      const u = (d.status.replicas ?? 0) - (d.status.availableReplicas ?? 0);
      if (u > 0) d.status.unavailableReplicas = u;
    }
    writeFileSync(depFile, JSON.stringify(deps, null, 2) + '\n');
  }
}
