// Builds the blind held-out batch s68b (scripts/s68b-heldout/*.mjs, split test) with the scenario kit, then writes what the kit
// cannot express: StatefulSet pods' generateName (<sts>-) and Robot Shop's headless dispatch Service (clusterIP None).
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s68b-heldout', { split: 'test' });

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
const edit = (file, fn) => {
  if (!existsSync(file)) return;
  const body = JSON.parse(readFileSync(file, 'utf8'));
  fn(body);
  writeFileSync(file, JSON.stringify(body, null, 2) + '\n');
};
for (const system of readdirSync(ROOT)) {
  const sysDir = join(ROOT, system);
  if (!existsSync(join(sysDir, 'topology.yaml'))) continue;
  for (const folder of readdirSync(sysDir).filter((f) => f.startsWith('s68b-'))) {
    const dir = join(sysDir, folder, 'cluster');
    edit(join(dir, 'pods.json'), (list) => {
      for (const p of list.items) {
        const owner = p.metadata.ownerReferences?.[0];
        if (owner?.kind === 'StatefulSet') p.metadata.generateName = `${owner.name}-`;
      }
    });
    if (system === 'robot-shop') {
      edit(join(dir, 'services.json'), (list) => {
        for (const s of list.items.filter((x) => x.metadata.name === 'dispatch')) {
          s.spec.clusterIP = 'None';
          s.spec.clusterIPs = ['None'];
        }
      });
    }
  }
}
