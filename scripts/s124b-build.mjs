// Builds blind held-out batch s124b (scripts/s124b-heldout/*.mjs) with the scenario kit, split test,
// then the fix-up the kit cannot express: Robot Shop's StatefulSet pod generateName and headless dispatch Service.
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s124b-heldout', { split: 'test' });

const root = new URL('../test/scenarios/robot-shop/', import.meta.url).pathname;
for (const d of readdirSync(root).filter((n) => n.startsWith('s124b-'))) {
  const pf = join(root, d, 'cluster', 'pods.json');
  const pods = JSON.parse(readFileSync(pf, 'utf8'));
  for (const p of pods.items) if (p.metadata.ownerReferences?.[0]?.kind === 'StatefulSet') p.metadata.generateName = `${p.metadata.ownerReferences[0].name}-`;
  writeFileSync(pf, JSON.stringify(pods, null, 2) + '\n');
  const sf = join(root, d, 'cluster', 'services.json');
  const svcs = JSON.parse(readFileSync(sf, 'utf8'));
  for (const s of svcs.items) if (s.metadata.name === 'dispatch') { s.spec.clusterIP = 'None'; s.spec.clusterIPs = ['None']; }
  writeFileSync(sf, JSON.stringify(svcs, null, 2) + '\n');
}
