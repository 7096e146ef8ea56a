// Builds batch s129c (blind dev) from scripts/s129c-blind-dev/*.mjs, then post-processes what the kit cannot express.
import { readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s129c-blind-dev', { split: 'dev' });

const ROOT = new URL('../test/scenarios/', import.meta.url).pathname;
const edit = (f, fn) => { if (!existsSync(f)) return; const j = JSON.parse(readFileSync(f, 'utf8')); fn(j); writeFileSync(f, JSON.stringify(j, null, 2) + '\n'); };
for (const sys of ['robot-shop', 'bank-of-anthos']) {
  const d = join(ROOT, sys);
  if (!existsSync(d)) continue;
  for (const folder of readdirSync(d).filter((n) => n.startsWith('s129c-'))) {
    const c = join(d, folder, 'cluster');
    // StatefulSet pods: generateName is "<sts>-".
    edit(join(c, 'pods.json'), (l) => { for (const p of l.items) { const o = p.metadata.ownerReferences?.[0]; if (o?.kind === 'StatefulSet') p.metadata.generateName = `${o.name}-`; } });
    if (sys === 'robot-shop') {
      edit(join(c, 'services.json'), (l) => { for (const s of l.items) if (s.metadata.name === 'dispatch') { s.spec.clusterIP = 'None'; s.spec.clusterIPs = ['None']; } });
      edit(join(c, 'endpoints.json'), (l) => { for (const e of l.items) if (e.metadata.name === 'dispatch') e.metadata.labels = { ...e.metadata.labels, 'service.kubernetes.io/headless': '' }; });
    }
  }
}
