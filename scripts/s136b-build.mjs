// Builds the held-out batch s136b (scripts/s136b-heldout/*.mjs) and post-processes what the kit cannot express.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s136b-heldout', { split: 'test' });

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
// Robot Shop: headless dispatch Service (clusterIP None) and the redis StatefulSet pod's generateName.
const rsDir = join(ROOT, 'robot-shop');
for (const folder of ['s136b-payment-stuck-orders']) {
  const d = join(rsDir, folder, 'cluster');
  if (!existsSync(d)) continue;
  const svcs = JSON.parse(readFileSync(join(d, 'services.json'), 'utf8'));
  for (const s of svcs.items) if (s.metadata.name === 'dispatch') { s.spec.clusterIP = 'None'; s.spec.clusterIPs = ['None']; }
  writeFileSync(join(d, 'services.json'), JSON.stringify(svcs, null, 2) + '\n');
  const pods = JSON.parse(readFileSync(join(d, 'pods.json'), 'utf8'));
  for (const p of pods.items) if (p.metadata.ownerReferences?.[0]?.kind === 'StatefulSet') p.metadata.generateName = `${p.metadata.ownerReferences[0].name}-`;
  writeFileSync(join(d, 'pods.json'), JSON.stringify(pods, null, 2) + '\n');
}
