// Builds blind dev batch s95b (scripts/s95b-blind-dev/*.mjs) into test/scenarios/<system>/s95b-*/ with the scenario kit,
// then fixes what the kit cannot express: StatefulSet pods' generateName (the StatefulSet name plus "-").
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s95b-blind-dev', { split: 'dev' });

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
for (const sys of readdirSync(ROOT)) {
  const sysDir = join(ROOT, sys);
  if (!existsSync(sysDir) || sys.endsWith('.yaml')) continue;
  let entries = [];
  try { entries = readdirSync(sysDir).filter((d) => d.startsWith('s95b-')); } catch { continue; }
  for (const d of entries) {
    const f = join(sysDir, d, 'cluster', 'pods.json');
    if (!existsSync(f)) continue;
    const pods = JSON.parse(readFileSync(f, 'utf8'));
    for (const p of pods.items) {
      const o = p.metadata.ownerReferences?.[0];
      if (o?.kind === 'StatefulSet') p.metadata.generateName = `${o.name}-`;
    }
    writeFileSync(f, JSON.stringify(pods, null, 2) + '\n');
  }
}
