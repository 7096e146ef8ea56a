// Builds blind dev batch s61a (scripts/s61a-blind-dev/*.mjs) with the scenario kit, then writes what the kit cannot
// express: StatefulSet pods' generateName, and robot-shop's headless dispatch Service (clusterIP None).
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s61a-blind-dev', { split: 'dev' });

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
for (const sys of readdirSync(ROOT)) {
  const sysDir = join(ROOT, sys);
  if (!existsSync(join(sysDir, 'topology.yaml'))) continue;
  for (const folder of readdirSync(sysDir).filter((f) => f.startsWith('s61a-'))) {
    const cluster = join(sysDir, folder, 'cluster');
    const podsFile = join(cluster, 'pods.json');
    const pods = JSON.parse(readFileSync(podsFile, 'utf8'));
    for (const p of pods.items) {
      const owner = p.metadata.ownerReferences?.[0];
      if (owner?.kind === 'StatefulSet') p.metadata.generateName = `${owner.name}-`;
    }
    writeFileSync(podsFile, JSON.stringify(pods, null, 2) + '\n');
    if (sys === 'robot-shop') {
      const svcFile = join(cluster, 'services.json');
      const svcs = JSON.parse(readFileSync(svcFile, 'utf8'));
      for (const s of svcs.items) if (s.metadata.name === 'dispatch') { s.spec.clusterIP = 'None'; s.spec.clusterIPs = ['None']; }
      writeFileSync(svcFile, JSON.stringify(svcs, null, 2) + '\n');
    }
  }
}
