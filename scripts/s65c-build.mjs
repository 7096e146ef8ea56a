// Builds blind dev batch s65c (scripts/s65c-blind-dev/*.mjs) with the scenario kit, then writes what the kit cannot express:
// StatefulSet pods' generateName, robot-shop's headless dispatch Service. Run: node scripts/s65c-build.mjs
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';
import { headless } from './kit-systems/robot-shop.mjs';

await buildBatch('s65c-blind-dev', { split: 'dev' });

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
const edit = (file, fn) => {
  if (!existsSync(file)) return;
  const body = JSON.parse(readFileSync(file, 'utf8'));
  fn(body);
  writeFileSync(file, JSON.stringify(body, null, 2) + '\n');
};
const SPECS = join(dirname(fileURLToPath(import.meta.url)), 's65c-blind-dev');
for (const f of readdirSync(SPECS).filter((n) => n.endsWith('.mjs')).sort()) {
  const mod = await import(pathToFileURL(join(SPECS, f)).href);
  const system = mod.system.id;
  for (const { folder } of mod.scenarios) {
    const cluster = join(ROOT, system, folder, 'cluster');
    // A StatefulSet's pods are named <sts>-<ordinal> and generated from <sts>-, with no pod-template-hash label.
    edit(join(cluster, 'pods.json'), (list) => {
      for (const p of list.items) {
        const owner = p.metadata.ownerReferences?.[0];
        if (owner?.kind !== 'StatefulSet') continue;
        p.metadata.generateName = `${owner.name}-`;
        delete p.metadata.labels['pod-template-hash'];
      }
    });
    if (system === 'robot-shop') {
      edit(join(cluster, 'services.json'), (list) => {
        for (const s of list.items) {
          if (!headless.includes(s.metadata.name)) continue;
          s.spec.clusterIP = 'None';
          s.spec.clusterIPs = ['None'];
        }
      });
    }
  }
}
