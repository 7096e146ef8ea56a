// Builds blind held-out batch s54b (scripts/s54b-heldout/*.mjs, split: test) with the scenario kit, then applies what
// the kit cannot express: each module's own `post` fix-ups and the shipping Deployment's scaled-to-zero status.
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s54b-heldout', { split: 'test' });

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', 'test', 'scenarios');
const SPECS = join(HERE, 's54b-heldout');

for (const f of readdirSync(SPECS)
  .filter((n) => n.endsWith('.mjs'))
  .sort()) {
  const mod = await import(pathToFileURL(join(SPECS, f)).href);
  for (const s of mod.scenarios) {
    const cluster = join(ROOT, mod.system.id, s.folder, 'cluster');
    const read = (name) => JSON.parse(readFileSync(join(cluster, name), 'utf8'));
    const write = (name, body) => writeFileSync(join(cluster, name), JSON.stringify(body, null, 2) + '\n');
    // A Deployment with spec.replicas 0 is Available (nothing is missing); the kit writes Available False for it.
    const deps = read('deployments.json');
    let changed = false;
    for (const d of deps.items) {
      if (d.spec.replicas !== 0) continue;
      const rs = read('replicasets.json')
        .items.filter((r) => r.metadata.ownerReferences[0].uid === d.metadata.uid)
        .sort(
          (a, b) =>
            Number(b.metadata.annotations['deployment.kubernetes.io/revision']) -
            Number(a.metadata.annotations['deployment.kubernetes.io/revision']),
        )[0];
      const prog = d.status.conditions.find((c) => c.type === 'Progressing');
      d.status = {
        observedGeneration: d.metadata.generation,
        conditions: [
          {
            type: 'Available',
            status: 'True',
            lastUpdateTime: prog.lastUpdateTime,
            lastTransitionTime: prog.lastUpdateTime,
            reason: 'MinimumReplicasAvailable',
            message: 'Deployment has minimum availability.',
          },
          { ...prog, message: `ReplicaSet "${rs.metadata.name}" has successfully progressed.` },
        ],
      };
      changed = true;
    }
    if (changed) write('deployments.json', deps);
    if (mod.post) mod.post({ read, write, dir: join(ROOT, mod.system.id, s.folder) });
  }
}
