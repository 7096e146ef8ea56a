// Builds the blind held-out batch s68a (scripts/s68a-heldout/*.mjs, split: test) with the scenario kit, then writes what the
// kit cannot express: StatefulSet pods' generateName and Robot Shop's headless dispatch Service.
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s68a-heldout', { split: 'test' });

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
const edit = (file, fn) => {
  if (!existsSync(file)) return;
  const body = JSON.parse(readFileSync(file, 'utf8'));
  fn(body);
  writeFileSync(file, JSON.stringify(body, null, 2) + '\n');
};
for (const sys of readdirSync(ROOT, { withFileTypes: true }).filter((d) => d.isDirectory())) {
  for (const sc of readdirSync(join(ROOT, sys.name)).filter((n) => n.startsWith('s68a-'))) {
    const dir = join(ROOT, sys.name, sc, 'cluster');
    // StatefulSet pods are named <sts>-<ordinal> and carry generateName "<sts>-".
    edit(join(dir, 'pods.json'), (list) => {
      for (const p of list.items) {
        const owner = p.metadata.ownerReferences?.[0];
        if (owner?.kind === 'StatefulSet') p.metadata.generateName = `${owner.name}-`;
      }
    });
    if (sys.name === 'robot-shop') {
      // dispatch's Service is headless upstream (clusterIP: None).
      edit(join(dir, 'services.json'), (list) => {
        for (const s of list.items) if (s.metadata.name === 'dispatch') { s.spec.clusterIP = 'None'; s.spec.clusterIPs = ['None']; }
      });
    }
  }
}
