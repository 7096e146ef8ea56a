// Builds blind dev batch s105a (scripts/s105a-blind-dev/*.mjs) into test/scenarios/<system>/s105a-*/, then fixes what the
// kit cannot express: StatefulSet pods' generateName, robot-shop's headless dispatch Service.
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildBatch } from './s2-scenario-kit.mjs';
await buildBatch('s105a-blind-dev', { split: 'dev' });

const ROOT = new URL('../test/scenarios/', import.meta.url).pathname;
for (const sys of readdirSync(ROOT)) {
  const sysDir = join(ROOT, sys);
  if (!existsSync(join(sysDir, 'topology.yaml'))) continue;
  for (const f of readdirSync(sysDir).filter((n) => n.startsWith('s105a-'))) {
    const pf = join(sysDir, f, 'cluster', 'pods.json');
    const pods = JSON.parse(readFileSync(pf, 'utf8'));
    for (const p of pods.items) {
      const o = p.metadata.ownerReferences?.[0];
      if (o?.kind === 'StatefulSet') p.metadata.generateName = `${o.name}-`;
    }
    writeFileSync(pf, JSON.stringify(pods, null, 2) + '\n');
    if (sys === 'robot-shop') {
      const sf = join(sysDir, f, 'cluster', 'services.json');
      const svcs = JSON.parse(readFileSync(sf, 'utf8'));
      for (const s of svcs.items) if (s.metadata.name === 'dispatch') { s.spec.clusterIP = 'None'; s.spec.clusterIPs = ['None']; }
      writeFileSync(sf, JSON.stringify(svcs, null, 2) + '\n');
    }
  }
}
