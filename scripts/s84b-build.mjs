// Builds the blind held-out batch s84b (scripts/s84b-heldout/*.mjs) into test/scenarios/<system>/s84b-*/, then fixes
// what the kit cannot express: StatefulSet pods' generateName, and the scaled-to-zero Deployment's ReplicaSet name.
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildBatch } from './s2-scenario-kit.mjs';
await buildBatch('s84b-heldout', { split: 'test' });

const ROOT = join(import.meta.dirname, '..', 'test', 'scenarios');
for (const sys of readdirSync(ROOT)) {
  const d = join(ROOT, sys);
  if (!existsSync(join(d, 'topology.yaml'))) continue;
  for (const f of readdirSync(d).filter((n) => n.startsWith('s84b-'))) {
    const c = join(d, f, 'cluster');
    const podsF = join(c, 'pods.json');
    const pods = JSON.parse(readFileSync(podsF, 'utf8'));
    for (const p of pods.items) {
      const o = p.metadata.ownerReferences?.[0];
      if (o?.kind === 'StatefulSet') p.metadata.generateName = `${o.name}-`;
    }
    writeFileSync(podsF, JSON.stringify(pods, null, 2) + '\n');
    const depF = join(c, 'deployments.json');
    const rss = JSON.parse(readFileSync(join(c, 'replicasets.json'), 'utf8')).items;
    let dep = readFileSync(depF, 'utf8');
    dep = dep.replace(/"ReplicaSet \\"([a-z0-9-]+)-%RSNAME%\\"/g, (_, n) => `"ReplicaSet \\"${rss.find((r) => r.metadata.ownerReferences[0].name === n).metadata.name}\\"`);
    writeFileSync(depF, dep);
  }
}
