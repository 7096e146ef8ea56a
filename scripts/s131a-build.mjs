// Builds the blind dev batch s131a (scripts/s131a-blind-dev/*.mjs) and post-processes what the kit cannot express:
// StatefulSet pods' generateName (<sts>-) and Robot Shop's headless dispatch Service (clusterIP: None).
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', 'test', 'scenarios');
await buildBatch('s131a-blind-dev', { split: 'dev' });

for (const sys of readdirSync(ROOT)) {
  const sysDir = join(ROOT, sys);
  if (!existsSync(join(sysDir, 'topology.yaml'))) continue;
  for (const f of readdirSync(sysDir).filter((n) => n.startsWith('s131a-'))) {
    const c = join(sysDir, f, 'cluster');
    const podsF = join(c, 'pods.json');
    const pods = JSON.parse(readFileSync(podsF, 'utf8'));
    for (const p of pods.items) {
      const o = p.metadata.ownerReferences?.[0];
      if (o?.kind === 'StatefulSet') p.metadata.generateName = `${o.name}-`;
    }
    writeFileSync(podsF, JSON.stringify(pods, null, 2) + '\n');
    if (sys === 'robot-shop') {
      const svcF = join(c, 'services.json');
      const svcs = JSON.parse(readFileSync(svcF, 'utf8'));
      for (const s of svcs.items) if (s.metadata.name === 'dispatch') { s.spec.clusterIP = 'None'; s.spec.clusterIPs = ['None']; }
      writeFileSync(svcF, JSON.stringify(svcs, null, 2) + '\n');
    }
  }
}
