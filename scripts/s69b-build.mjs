// Builds blind dev batch s69b (scripts/s69b-blind-dev/*.mjs) into test/scenarios/<system>/s69b-*/ with the scenario kit,
// then fixes what the kit cannot express: StatefulSet pods get generateName `<sts>-` as the StatefulSet controller sets it.
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s69b-blind-dev', { split: 'dev' });

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
for (const sys of readdirSync(ROOT, { withFileTypes: true }).filter((d) => d.isDirectory())) {
  for (const sc of readdirSync(join(ROOT, sys.name), { withFileTypes: true }).filter((d) => d.isDirectory() && d.name.startsWith('s69b-'))) {
    const f = join(ROOT, sys.name, sc.name, 'cluster', 'pods.json');
    if (!existsSync(f)) continue;
    const list = JSON.parse(readFileSync(f, 'utf8'));
    let changed = false;
    for (const p of list.items) {
      const own = p.metadata.ownerReferences?.[0];
      if (own?.kind === 'StatefulSet') {
        p.metadata.generateName = `${own.name}-`;
        changed = true;
      }
    }
    if (changed) writeFileSync(f, JSON.stringify(list, null, 2) + '\n');
  }
}
