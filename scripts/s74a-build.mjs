// Builds the blind held-out batch s74a (scripts/s74a-heldout/*.mjs, split test) with the scenario kit, then writes
// what the kit cannot express: StatefulSet pods' generateName and Robot Shop's headless dispatch Service.
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';
import { headless } from './kit-systems/robot-shop.mjs';

await buildBatch('s74a-heldout', { split: 'test' });

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
const edit = (file, fn) => {
  if (!existsSync(file)) return;
  const body = JSON.parse(readFileSync(file, 'utf8'));
  fn(body);
  writeFileSync(file, JSON.stringify(body, null, 2) + '\n');
};
for (const sys of readdirSync(ROOT, { withFileTypes: true }).filter((d) => d.isDirectory())) {
  for (const f of readdirSync(join(ROOT, sys.name)).filter((n) => n.startsWith('s74a-'))) {
    const cluster = join(ROOT, sys.name, f, 'cluster');
    // StatefulSet pods: generateName is "<statefulset>-" (the kit writes the ReplicaSet-style name).
    edit(join(cluster, 'pods.json'), (l) => {
      for (const p of l.items) {
        const o = p.metadata.ownerReferences?.[0];
        if (o?.kind === 'StatefulSet') p.metadata.generateName = `${o.name}-`;
      }
    });
    if (sys.name === 'robot-shop') {
      // dispatch's Service is headless upstream (clusterIP: None).
      edit(join(cluster, 'services.json'), (l) => {
        for (const s of l.items) if (headless.includes(s.metadata.name)) { s.spec.clusterIP = 'None'; s.spec.clusterIPs = ['None']; }
      });
    }
  }
}
