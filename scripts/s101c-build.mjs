// Builds blind dev batch s101c (scripts/s101c-blind-dev/*.mjs) into test/scenarios/<system>/s101c-*/.
// Run: node scripts/s101c-build.mjs
import { buildBatch } from './s2-scenario-kit.mjs';
await buildBatch('s101c-blind-dev', { split: 'dev' });

// Post-processing the kit cannot express: StatefulSet pods are generated as `<sts>-` (not after a ReplicaSet), and
// robot-shop's dispatch Service is headless upstream (clusterIP None).
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
const ROOT = join(import.meta.dirname, '..', 'test', 'scenarios');
const rw = (f, fn) => { if (!existsSync(f)) return; const j = JSON.parse(readFileSync(f, 'utf8')); fn(j); writeFileSync(f, JSON.stringify(j, null, 2) + '\n'); };
for (const sys of readdirSync(ROOT)) {
  const d = join(ROOT, sys);
  if (!existsSync(join(d, 'topology.yaml'))) continue;
  for (const folder of readdirSync(d).filter((n) => n.startsWith('s101c-'))) {
    const c = join(d, folder, 'cluster');
    rw(join(c, 'pods.json'), (j) => {
      for (const p of j.items) {
        const o = p.metadata.ownerReferences?.[0];
        if (o?.kind === 'StatefulSet') p.metadata.generateName = `${o.name}-`;
      }
    });
    if (sys === 'robot-shop') {
      rw(join(c, 'services.json'), (j) => {
        for (const s of j.items) if (s.metadata.name === 'dispatch') { s.spec.clusterIP = 'None'; s.spec.clusterIPs = ['None']; }
      });
    }
  }
}
