// Builds blind dev batch s85c (scripts/s85c-blind-dev/*.mjs) with the scenario kit, then writes what the kit cannot
// express: StatefulSet pods' generateName, and Robot Shop's headless dispatch Service (clusterIP None).
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s85c-blind-dev', { split: 'dev' });

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
const rd = (f) => JSON.parse(readFileSync(f, 'utf8'));
const wr = (f, b) => writeFileSync(f, JSON.stringify(b, null, 2) + '\n');
for (const system of readdirSync(ROOT)) {
  const sdir = join(ROOT, system);
  if (!existsSync(join(sdir, 'topology.yaml'))) continue;
  for (const folder of readdirSync(sdir).filter((n) => n.startsWith('s85c-'))) {
    const cdir = join(sdir, folder, 'cluster');
    const podsF = join(cdir, 'pods.json');
    const pods = rd(podsF);
    for (const p of pods.items) {
      const owner = p.metadata.ownerReferences?.[0];
      if (owner?.kind === 'StatefulSet') p.metadata.generateName = `${owner.name}-`;
    }
    wr(podsF, pods);
    if (system === 'robot-shop') {
      const svcF = join(cdir, 'services.json');
      const svcs = rd(svcF);
      for (const s of svcs.items.filter((x) => x.metadata.name === 'dispatch')) {
        s.spec.clusterIP = 'None';
        s.spec.clusterIPs = ['None'];
      }
      wr(svcF, svcs);
    }
  }
}
