// Builds held-out batch s66a (scripts/s66a-heldout/*.mjs) with the scenario kit, then writes what the kit cannot express:
// StatefulSet pods' generateName, Robot Shop's headless dispatch Service, and each module's own fix-ups (`post`).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s66a-heldout', { split: 'test' });

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', 'test', 'scenarios');
const specDir = join(HERE, 's66a-heldout');
for (const f of readdirSync(specDir).filter((n) => n.endsWith('.mjs')).sort()) {
  const mod = await import(pathToFileURL(join(specDir, f)).href);
  for (const s of mod.scenarios) {
    const dir = join(ROOT, mod.system.id, s.folder);
    const read = (name) => JSON.parse(readFileSync(join(dir, 'cluster', name), 'utf8'));
    const write = (name, body) => writeFileSync(join(dir, 'cluster', name), JSON.stringify(body, null, 2) + '\n');
    // StatefulSet pods are named <sts>-<ordinal> and generated from `<sts>-`.
    const pods = read('pods.json');
    for (const p of pods.items) {
      const o = p.metadata.ownerReferences?.[0];
      if (o?.kind === 'StatefulSet') p.metadata.generateName = `${o.name}-`;
    }
    write('pods.json', pods);
    // Robot Shop's dispatch Service is headless upstream (clusterIP: None).
    if (mod.system.id === 'robot-shop') {
      const svcs = read('services.json');
      for (const svc of svcs.items) if (svc.metadata.name === 'dispatch') { svc.spec.clusterIP = 'None'; svc.spec.clusterIPs = ['None']; }
      write('services.json', svcs);
    }
    if (mod.post) mod.post(dir, read, write);
  }
}
