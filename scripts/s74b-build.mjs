// Builds blind held-out batch s74b (scripts/s74b-heldout/*.mjs, split: test) with the scenario kit, then writes what the
// kit cannot express: StatefulSet pods' generateName (<sts>-) and Robot Shop's headless dispatch Service.
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s74b-heldout', { split: 'test' });

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
const edit = (file, fn) => { if (!existsSync(file)) return; const j = JSON.parse(readFileSync(file, 'utf8')); fn(j); writeFileSync(file, JSON.stringify(j, null, 2) + '\n'); };
for (const sys of readdirSync(ROOT)) {
  const sysDir = join(ROOT, sys);
  if (!existsSync(join(sysDir, 'topology.yaml'))) continue;
  for (const f of readdirSync(sysDir).filter((n) => n.startsWith('s74b-'))) {
    const c = join(sysDir, f, 'cluster');
    edit(join(c, 'pods.json'), (j) => {
      for (const p of j.items) {
        const o = p.metadata.ownerReferences?.[0];
        if (o?.kind === 'StatefulSet') p.metadata.generateName = `${o.name}-`;
      }
    });
    if (sys === 'robot-shop') {
      edit(join(c, 'services.json'), (j) => {
        const s = j.items.find((x) => x.metadata.name === 'dispatch');
        if (s) { s.spec.clusterIP = 'None'; s.spec.clusterIPs = ['None']; }
      });
    }
  }
}
