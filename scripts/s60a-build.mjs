// Builds the blind held-out batch s60a (split test) from scripts/s60a-heldout/*.mjs with the scenario kit, then writes what
// the kit cannot express: StatefulSet pods' generateName and Robot Shop's headless dispatch Service.
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';
import { headless } from './kit-systems/robot-shop.mjs';

await buildBatch('s60a-heldout', { split: 'test' });

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
const rw = (f, fn) => {
  const body = JSON.parse(readFileSync(f, 'utf8'));
  fn(body);
  writeFileSync(f, JSON.stringify(body, null, 2) + '\n');
};
for (const sys of readdirSync(ROOT, { withFileTypes: true }).filter((d) => d.isDirectory())) {
  for (const sc of readdirSync(join(ROOT, sys.name)).filter((n) => n.startsWith('s60a-'))) {
    const cluster = join(ROOT, sys.name, sc, 'cluster');
    // A StatefulSet's pods are generated as <sts>-<ordinal>: generateName is the StatefulSet's name and a dash.
    rw(join(cluster, 'pods.json'), (list) => {
      for (const p of list.items) {
        const own = p.metadata.ownerReferences?.[0];
        if (own?.kind === 'StatefulSet') p.metadata.generateName = `${own.name}-`;
      }
    });
    // Robot Shop's dispatch Service is headless upstream (clusterIP: None).
    if (sys.name === 'robot-shop' && existsSync(join(cluster, 'services.json'))) {
      rw(join(cluster, 'services.json'), (list) => {
        for (const s of list.items) {
          if (headless.includes(s.metadata.name)) {
            s.spec.clusterIP = 'None';
            s.spec.clusterIPs = ['None'];
          }
        }
      });
    }
  }
}
