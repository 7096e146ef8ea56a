// Builds the blind held-out batch s92b (scripts/s92b-heldout/*.mjs) into test/scenarios/<system>/s92b-*/, split test.
// Post-processing: StatefulSet pods get the generateName the StatefulSet controller gives them (`<statefulset>-`).
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s92b-heldout', { split: 'test' });

const root = new URL('../test/scenarios/', import.meta.url).pathname;
for (const sys of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory())) {
  for (const f of readdirSync(join(root, sys.name)).filter((n) => n.startsWith('s92b-'))) {
    const file = join(root, sys.name, f, 'cluster', 'pods.json');
    if (!existsSync(file)) continue;
    const pods = JSON.parse(readFileSync(file, 'utf8'));
    let changed = false;
    for (const p of pods.items) {
      const o = p.metadata.ownerReferences?.[0];
      if (o?.kind === 'StatefulSet' && p.metadata.generateName !== `${o.name}-`) { p.metadata.generateName = `${o.name}-`; changed = true; }
    }
    if (changed) writeFileSync(file, JSON.stringify(pods, null, 2) + '\n');
  }
}

// Robot Shop's dispatch Service is headless upstream (clusterIP: None), which the kit cannot express.
const { headless } = await import('./kit-systems/robot-shop.mjs');
for (const f of readdirSync(join(root, 'robot-shop')).filter((n) => n.startsWith('s92b-'))) {
  const file = join(root, 'robot-shop', f, 'cluster', 'services.json');
  const svcs = JSON.parse(readFileSync(file, 'utf8'));
  for (const s of svcs.items) if (headless.includes(s.metadata.name)) { s.spec.clusterIP = 'None'; s.spec.clusterIPs = ['None']; }
  writeFileSync(file, JSON.stringify(svcs, null, 2) + '\n');
}
