// Builds the blind dev batch s127b (scripts/s127b-blind-dev/*.mjs) and post-processes what the kit cannot express:
// Robot Shop's headless dispatch Service (clusterIP None, no endpoints IPs change) and the redis StatefulSet pod's
// generateName.
import { readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s127b-blind-dev', { split: 'dev' });

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios', 'robot-shop');
for (const d of readdirSync(ROOT).filter((n) => n.startsWith('s127b-'))) {
  const svcF = join(ROOT, d, 'cluster', 'services.json');
  const svcs = JSON.parse(readFileSync(svcF, 'utf8'));
  for (const s of svcs.items)
    if (s.metadata.name === 'dispatch') { s.spec.clusterIP = 'None'; s.spec.clusterIPs = ['None']; }
  writeFileSync(svcF, JSON.stringify(svcs, null, 2) + '\n');
  const podF = join(ROOT, d, 'cluster', 'pods.json');
  const pods = JSON.parse(readFileSync(podF, 'utf8'));
  for (const p of pods.items) if (p.metadata.name === 'redis-0') p.metadata.generateName = 'redis-';
  writeFileSync(podF, JSON.stringify(pods, null, 2) + '\n');
  if (!existsSync(svcF)) throw new Error('missing');
}
