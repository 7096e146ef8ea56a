// Builds blind dev batch s71b (scripts/s71b-blind-dev/*.mjs) into test/scenarios/<system>/s71b-*/ with the scenario kit,
// then fixes what the kit cannot express: StatefulSet pods' generateName and robot-shop's headless dispatch Service.
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s71b-blind-dev', { split: 'dev' });

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
const rw = (f, fn) => { if (!existsSync(f)) return; const j = JSON.parse(readFileSync(f, 'utf8')); fn(j); writeFileSync(f, JSON.stringify(j, null, 2) + '\n'); };
for (const sys of readdirSync(ROOT)) {
  const sdir = join(ROOT, sys);
  if (!existsSync(join(sdir, 'topology.yaml'))) continue;
  for (const folder of readdirSync(sdir).filter((f) => f.startsWith('s71b-'))) {
    const c = join(sdir, folder, 'cluster');
    rw(join(c, 'pods.json'), (l) => {
      for (const p of l.items) {
        const o = p.metadata.ownerReferences?.[0];
        if (o?.kind === 'StatefulSet') {
          p.metadata.generateName = `${o.name}-`;
          p.metadata.labels['apps.kubernetes.io/pod-index'] = p.metadata.name.slice(o.name.length + 1);
        }
      }
    });
    if (sys === 'robot-shop') {
      rw(join(c, 'services.json'), (l) => { for (const s of l.items) if (s.metadata.name === 'dispatch') { s.spec.clusterIP = 'None'; s.spec.clusterIPs = ['None']; } });
    }
  }
}
