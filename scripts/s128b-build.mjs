// Builds batch s128b (held-out, written blind) from scripts/s128b-heldout/*.mjs, then post-processes what the kit
// cannot express (StatefulSet pods' generateName).
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
await buildBatch('s128b-heldout', { split: 'test' });

for (const sys of readdirSync(ROOT)) {
  const sd = join(ROOT, sys);
  if (!existsSync(join(sd, 'topology.yaml'))) continue;
  for (const f of readdirSync(sd).filter((n) => n.startsWith('s128b-'))) {
    const pf = join(sd, f, 'cluster', 'pods.json');
    if (!existsSync(pf)) continue;
    const pods = JSON.parse(readFileSync(pf, 'utf8'));
    for (const p of pods.items) {
      const o = p.metadata.ownerReferences?.[0];
      if (o?.kind === 'StatefulSet') p.metadata.generateName = `${o.name}-`;
    }
    writeFileSync(pf, JSON.stringify(pods, null, 2) + '\n');
    // Robot Shop's dispatch Service is headless upstream (clusterIP: None).
    const sf = join(sd, f, 'cluster', 'services.json');
    if (sys === 'robot-shop' && existsSync(sf)) {
      const svcs = JSON.parse(readFileSync(sf, 'utf8'));
      for (const s of svcs.items) if (s.metadata.name === 'dispatch') { s.spec.clusterIP = 'None'; s.spec.clusterIPs = ['None']; }
      writeFileSync(sf, JSON.stringify(svcs, null, 2) + '\n');
    }
  }
}
