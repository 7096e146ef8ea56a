// Builds blind dev batch s73a (scripts/s73a-blind-dev/*.mjs) into test/scenarios/<system>/s73a-*/ with the scenario kit,
// then fixes what the kit cannot express: StatefulSet pods' generateName is the StatefulSet's name plus "-".
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s73a-blind-dev', { split: 'dev' });

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
for (const sys of readdirSync(ROOT, { withFileTypes: true }).filter((d) => d.isDirectory())) {
  for (const f of readdirSync(join(ROOT, sys.name)).filter((n) => n.startsWith('s73a-'))) {
    const file = join(ROOT, sys.name, f, 'cluster', 'pods.json');
    if (!existsSync(file)) continue;
    const list = JSON.parse(readFileSync(file, 'utf8'));
    let changed = false;
    for (const p of list.items) {
      const o = p.metadata.ownerReferences?.[0];
      if (o?.kind === 'StatefulSet' && p.metadata.generateName !== `${o.name}-`) {
        p.metadata.generateName = `${o.name}-`;
        changed = true;
      }
    }
    if (changed) writeFileSync(file, JSON.stringify(list, null, 2) + '\n');
  }
}
