// Builds the blind held-out batch s98b (scripts/s98b-heldout/*.mjs) into test/scenarios/<system>/s98b-*/.
// Run: node scripts/s98b-build.mjs
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s98b-heldout', { split: 'test' });

// Post-processing the kit cannot express: StatefulSet pods are named <sts>-<ordinal> with generateName `<sts>-` and
// carry no pod-template-hash label.
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
for (const sys of readdirSync(ROOT, { withFileTypes: true }).filter((d) => d.isDirectory())) {
  for (const f of readdirSync(join(ROOT, sys.name)).filter((n) => n.startsWith('s98b-'))) {
    const file = join(ROOT, sys.name, f, 'cluster', 'pods.json');
    if (!existsSync(file)) continue;
    const list = JSON.parse(readFileSync(file, 'utf8'));
    for (const p of list.items) {
      const own = p.metadata.ownerReferences?.[0];
      if (own?.kind !== 'StatefulSet') continue;
      p.metadata.generateName = `${own.name}-`;
      delete p.metadata.labels['pod-template-hash'];
    }
    writeFileSync(file, JSON.stringify(list, null, 2) + '\n');
  }
}

// Robot Shop's dispatch Service is headless upstream (clusterIP: None).
for (const f of readdirSync(join(ROOT, 'robot-shop')).filter((n) => n.startsWith('s98b-'))) {
  const file = join(ROOT, 'robot-shop', f, 'cluster', 'services.json');
  const list = JSON.parse(readFileSync(file, 'utf8'));
  for (const s of list.items) if (s.metadata.name === 'dispatch') { s.spec.clusterIP = 'None'; s.spec.clusterIPs = ['None']; }
  writeFileSync(file, JSON.stringify(list, null, 2) + '\n');
}
