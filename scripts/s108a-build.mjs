// Builds the blind held-out batch s108a (scripts/s108a-heldout/*.mjs, split: test) with the scenario kit, then fixes
// what the kit cannot express: StatefulSet pods' generateName, robot-shop's headless dispatch Service.
import { readFileSync, readdirSync, writeFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s108a-heldout', { split: 'test' });

const ROOT = new URL('../test/scenarios/', import.meta.url).pathname;
for (const sys of readdirSync(ROOT)) {
  const sdir = join(ROOT, sys);
  if (!statSync(sdir).isDirectory()) continue;
  for (const f of readdirSync(sdir).filter((n) => n.startsWith('s108a-'))) {
    const c = join(sdir, f, 'cluster');
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
