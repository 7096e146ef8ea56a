// Builds the blind held-out batch s66b (scripts/s66b-heldout/*.mjs, split test) with the scenario kit, then writes what
// the kit cannot express: StatefulSet pods' generateName, Robot Shop's headless dispatch Service, Recreate strategies, status fields.
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s66b-heldout', { split: 'test' });

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', 'test', 'scenarios');
const edit = (dir, file, fn) => {
  const p = join(dir, 'cluster', file);
  if (!existsSync(p)) return;
  const body = JSON.parse(readFileSync(p, 'utf8'));
  fn(body);
  writeFileSync(p, JSON.stringify(body, null, 2) + '\n');
};

// Only this batch's folders, named by its own spec modules.
const specDir = join(HERE, 's66b-heldout');
for (const f of readdirSync(specDir).filter((n) => n.endsWith('.mjs')).sort()) {
  const mod = await import(pathToFileURL(join(specDir, f)).href);
  const system = mod.system.id;
  for (const { folder } of mod.scenarios) {
    const dir = join(ROOT, system, folder);
    // StatefulSet pods are named <sts>-<ordinal> and generated from `<sts>-`.
    edit(dir, 'pods.json', (l) => {
      for (const p of l.items) {
        const o = p.metadata.ownerReferences?.[0];
        if (o?.kind === 'StatefulSet') p.metadata.generateName = `${o.name}-`;
      }
    });
    if (system === 'robot-shop') {
      // dispatch-service.yaml: clusterIP None (headless).
      edit(dir, 'services.json', (l) => {
        const s = l.items.find((x) => x.metadata.name === 'dispatch');
        if (s) { s.spec.clusterIP = 'None'; s.spec.clusterIPs = ['None']; }
      });
    }
    if (system === 'hotel-reservation') {
      // kompose writes strategy Recreate for the mongodb-* Deployments (volumes); no surge, so max-replicas = replicas.
      edit(dir, 'deployments.json', (l) => {
        for (const d of l.items) if (d.metadata.name.startsWith('mongodb-')) d.spec.strategy = { type: 'Recreate' };
      });
      edit(dir, 'replicasets.json', (l) => {
        for (const r of l.items)
          if (r.metadata.name.startsWith('mongodb-'))
            r.metadata.annotations['deployment.kubernetes.io/max-replicas'] = r.metadata.annotations['deployment.kubernetes.io/desired-replicas'];
      });
    }
    if (system === 'online-boutique') {
      // The deployment controller counts unavailable replicas over all ReplicaSets (3 total, 2 available).
      edit(dir, 'deployments.json', (l) => {
        for (const d of l.items) {
          const st = d.status;
          if (st.replicas > st.availableReplicas) st.unavailableReplicas = st.replicas - st.availableReplicas;
        }
      });
    }
  }
}
