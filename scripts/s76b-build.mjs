// Builds the blind held-out batch s76b (scripts/s76b-heldout/*.mjs, split test) with the scenario kit, then writes what the
// kit cannot express: StatefulSet pods' generateName, Robot Shop's headless dispatch Service, and each module's `post` fix-ups.
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s76b-heldout', { split: 'test' });

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', 'test', 'scenarios');
const specDir = join(HERE, 's76b-heldout');
for (const f of readdirSync(specDir).filter((n) => n.endsWith('.mjs')).sort()) {
  const mod = await import(pathToFileURL(join(specDir, f)).href);
  for (const s of mod.scenarios) {
    const dir = join(ROOT, mod.system.id, s.folder, 'cluster');
    const read = (n) => JSON.parse(readFileSync(join(dir, n), 'utf8'));
    const write = (n, body) => writeFileSync(join(dir, n), JSON.stringify(body, null, 2) + '\n');
    const files = Object.fromEntries(readdirSync(dir).map((n) => [n, read(n)]));
    // StatefulSet pods are named <sts>-<ordinal> and generated from `<sts>-`.
    for (const p of files['pods.json'].items) {
      const o = p.metadata.ownerReferences?.[0];
      if (o?.kind === 'StatefulSet') p.metadata.generateName = `${o.name}-`;
    }
    // Robot Shop's dispatch Service is headless upstream (clusterIP: None).
    if (mod.system.id === 'robot-shop') {
      const svc = files['services.json'].items.find((x) => x.metadata.name === 'dispatch');
      if (svc) {
        svc.spec.clusterIP = 'None';
        svc.spec.clusterIPs = ['None'];
      }
    }
    if (mod.post) mod.post(s, files);
    for (const [n, body] of Object.entries(files)) write(n, body);
  }
}
