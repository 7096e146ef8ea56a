// Builds blind dev batch s77a (scripts/s77a-blind-dev/*.mjs) with the scenario kit, then writes what the kit cannot express:
// StatefulSet pods' generateName (<sts>-) and the Recreate strategy of hotel-reservation's kompose-generated mongodb Deployments.
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s77a-blind-dev', { split: 'dev' });

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
const read = (f) => JSON.parse(readFileSync(f, 'utf8'));
const write = (f, body) => writeFileSync(f, JSON.stringify(body, null, 2) + '\n');
for (const system of readdirSync(ROOT)) {
  const sysDir = join(ROOT, system);
  if (!existsSync(join(sysDir, 'topology.yaml'))) continue;
  for (const folder of readdirSync(sysDir).filter((f) => f.startsWith('s77a-'))) {
    const cluster = join(sysDir, folder, 'cluster');
    const podsFile = join(cluster, 'pods.json');
    const pods = read(podsFile);
    for (const p of pods.items) {
      const owner = p.metadata.ownerReferences?.[0];
      if (owner?.kind === 'StatefulSet') p.metadata.generateName = `${owner.name}-`;
    }
    write(podsFile, pods);
    if (system === 'hotel-reservation') {
      const depFile = join(cluster, 'deployments.json');
      const deps = read(depFile);
      for (const d of deps.items) if (d.metadata.name.startsWith('mongodb-')) d.spec.strategy = { type: 'Recreate' };
      write(depFile, deps);
    }
  }
}
