// Builds blind dev batch s63b (scripts/s63b-blind-dev/*.mjs) with the scenario kit, then writes what the kit cannot
// express: StatefulSet pods' generateName and robot-shop's headless dispatch Service.
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s63b-blind-dev', { split: 'dev' });

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
const edit = (file, fn) => { if (!existsSync(file)) return; const j = JSON.parse(readFileSync(file, 'utf8')); fn(j); writeFileSync(file, JSON.stringify(j, null, 2) + '\n'); };
for (const sys of readdirSync(ROOT)) {
  const sd = join(ROOT, sys);
  if (!existsSync(join(sd, 'topology.yaml'))) continue;
  for (const f of readdirSync(sd).filter((n) => n.startsWith('s63b-'))) {
    const c = join(sd, f, 'cluster');
    edit(join(c, 'pods.json'), (l) => {
      for (const p of l.items) {
        const o = p.metadata.ownerReferences?.[0];
        if (o?.kind === 'StatefulSet') p.metadata.generateName = `${o.name}-`;
      }
    });
    if (sys === 'robot-shop') {
      edit(join(c, 'services.json'), (l) => {
        for (const s of l.items) if (s.metadata.name === 'dispatch') { s.spec.clusterIP = 'None'; s.spec.clusterIPs = ['None']; }
      });
    }
  }
}
