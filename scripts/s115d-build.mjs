// Builds blind dev batch s115d (five no-fault scenarios) from scripts/s115d-blind-dev/*.mjs into test/scenarios/.
// Post-processing: robot-shop's StatefulSet pod generateName and headless dispatch Service (the kit cannot express them).
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s115d-blind-dev', { split: 'dev' });

for (const folder of ['s115d-ratings-zero-new-products']) {
  const dir = `test/scenarios/robot-shop/${folder}/cluster`;
  if (!existsSync(dir)) continue;
  const pf = `${dir}/pods.json`;
  const pods = JSON.parse(readFileSync(pf, 'utf8'));
  for (const p of pods.items) if (p.metadata.ownerReferences?.[0]?.kind === 'StatefulSet') p.metadata.generateName = `${p.metadata.ownerReferences[0].name}-`;
  writeFileSync(pf, JSON.stringify(pods, null, 2) + '\n');
  const sf = `${dir}/services.json`;
  const svcs = JSON.parse(readFileSync(sf, 'utf8'));
  for (const s of svcs.items) if (s.metadata.name === 'dispatch') { s.spec.clusterIP = 'None'; s.spec.clusterIPs = ['None']; }
  writeFileSync(sf, JSON.stringify(svcs, null, 2) + '\n');
}
