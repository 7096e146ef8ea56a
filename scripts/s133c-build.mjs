// Builds the blind dev batch s133c (scripts/s133c-blind-dev/*.mjs) with the scenario kit, then post-processes what the
// kit cannot express (Robot Shop's headless dispatch Service and StatefulSet pod generateName).
import { readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s133c-blind-dev', { split: 'dev' });

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
const rsDir = join(ROOT, 'robot-shop');
for (const f of existsSync(rsDir) ? readdirSync(rsDir).filter((n) => n.startsWith('s133c-')) : []) {
  const svcF = join(rsDir, f, 'cluster', 'services.json');
  const svcs = JSON.parse(readFileSync(svcF, 'utf8'));
  for (const s of svcs.items) if (s.metadata.name === 'dispatch') { s.spec.clusterIP = 'None'; s.spec.clusterIPs = ['None']; }
  writeFileSync(svcF, JSON.stringify(svcs, null, 2) + '\n');
  const podF = join(rsDir, f, 'cluster', 'pods.json');
  const pods = JSON.parse(readFileSync(podF, 'utf8'));
  for (const p of pods.items) if (p.metadata.ownerReferences?.[0]?.kind === 'StatefulSet') p.metadata.generateName = `${p.metadata.ownerReferences[0].name}-`;
  writeFileSync(podF, JSON.stringify(pods, null, 2) + '\n');
}
