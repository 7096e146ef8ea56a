// Builds the blind dev batch s135a (scripts/s135a-blind-dev/*.mjs) and post-processes what the kit cannot express.
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
await buildBatch('s135a-blind-dev', { split: 'dev' });

const rw = (file, fn) => { if (!existsSync(file)) return; const j = JSON.parse(readFileSync(file, 'utf8')); fn(j); writeFileSync(file, JSON.stringify(j, null, 2) + '\n'); };
for (const d of readdirSync(join(ROOT, 'robot-shop')).filter((n) => n.startsWith('s135a-'))) {
  const c = join(ROOT, 'robot-shop', d, 'cluster');
  // headless dispatch Service (upstream clusterIP: None)
  rw(join(c, 'services.json'), (j) => { for (const s of j.items) if (s.metadata.name === 'dispatch') { s.spec.clusterIP = 'None'; s.spec.clusterIPs = ['None']; } });
  // StatefulSet pods are named <sts>-<ordinal> with generateName <sts>-
  rw(join(c, 'pods.json'), (j) => { for (const p of j.items) if (p.metadata.ownerReferences?.[0]?.kind === 'StatefulSet') p.metadata.generateName = `${p.metadata.ownerReferences[0].name}-`; });
}
