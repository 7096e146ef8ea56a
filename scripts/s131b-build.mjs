// Builds batch s131b (blind dev scenarios) from scripts/s131b-blind-dev/*.mjs and post-processes what the kit cannot express.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s131b-blind-dev', { split: 'dev' });

// Robot Shop: dispatch's Service is headless upstream; redis pods belong to a StatefulSet.
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios', 'robot-shop');
for (const f of ['s131b-paypal-dns-nxdomain']) {
  const p = join(ROOT, f, 'cluster', 'services.json');
  if (!existsSync(p)) continue;
  const s = JSON.parse(readFileSync(p, 'utf8'));
  for (const it of s.items) if (it.metadata.name === 'dispatch') { it.spec.clusterIP = 'None'; it.spec.clusterIPs = ['None']; }
  writeFileSync(p, JSON.stringify(s, null, 2) + '\n');
  const pp = join(ROOT, f, 'cluster', 'pods.json');
  const pods = JSON.parse(readFileSync(pp, 'utf8'));
  for (const it of pods.items) if (it.metadata.name.startsWith('redis-')) it.metadata.generateName = 'redis-';
  writeFileSync(pp, JSON.stringify(pods, null, 2) + '\n');
}
