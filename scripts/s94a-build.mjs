// Builds blind held-out batch s94a (split test) from scripts/s94a-heldout/*.mjs with the scenario kit, then writes
// what the kit cannot express: StatefulSet pods' generateName and Robot Shop's headless dispatch Service.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s94a-heldout', { split: 'test' });

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
const edit = (sys, folder, file, fn) => {
  const p = join(ROOT, sys, folder, 'cluster', file);
  const j = JSON.parse(readFileSync(p, 'utf8'));
  fn(j);
  writeFileSync(p, JSON.stringify(j, null, 2) + '\n');
};
const stsPods = (sys, folder) => edit(sys, folder, 'pods.json', (j) => {
  for (const p of j.items) {
    const o = p.metadata.ownerReferences?.[0];
    if (o?.kind === 'StatefulSet') p.metadata.generateName = `${o.name}-`;
  }
});
stsPods('bank-of-anthos', 's94a-accounts-db-mountpoint');
stsPods('robot-shop', 's94a-rabbit-cgroup-oom');
// Robot Shop's dispatch Service is headless upstream (clusterIP: None).
edit('robot-shop', 's94a-rabbit-cgroup-oom', 'services.json', (j) => {
  const s = j.items.find((x) => x.metadata.name === 'dispatch');
  s.spec.clusterIP = 'None';
  s.spec.clusterIPs = ['None'];
});
