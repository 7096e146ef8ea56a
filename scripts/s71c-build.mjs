// Builds blind dev batch s71c (scripts/s71c-blind-dev/*.mjs) into test/scenarios/<system>/s71c-*/ with the session-2 kit,
// then writes what the kit cannot express: StatefulSet pods' generateName.
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s71c-blind-dev', { split: 'dev' });

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
for (const sys of readdirSync(ROOT)) {
  const base = join(ROOT, sys);
  if (!existsSync(join(base, 'topology.yaml'))) continue;
  for (const f of readdirSync(base).filter((n) => n.startsWith('s71c-'))) {
    const p = join(base, f, 'cluster', 'pods.json');
    if (!existsSync(p)) continue;
    const pods = JSON.parse(readFileSync(p, 'utf8'));
    let changed = false;
    for (const pod of pods.items) {
      const own = pod.metadata.ownerReferences?.[0];
      if (own?.kind === 'StatefulSet') { pod.metadata.generateName = `${own.name}-`; changed = true; }
    }
    if (changed) writeFileSync(p, JSON.stringify(pods, null, 2) + '\n');
  }
}
