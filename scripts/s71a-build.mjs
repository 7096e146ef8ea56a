// Builds blind dev batch s71a (scripts/s71a-blind-dev/*.mjs) into test/scenarios/<system>/s71a-*/ with the scenario kit,
// then writes what the kit cannot express: StatefulSet pods' generateName (<sts>-, not a ReplicaSet name).
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s71a-blind-dev', { split: 'dev' });

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
for (const sys of readdirSync(ROOT)) {
  const sd = join(ROOT, sys);
  if (!existsSync(join(sd, 'topology.yaml'))) continue;
  for (const f of readdirSync(sd).filter((n) => n.startsWith('s71a-'))) {
    const pf = join(sd, f, 'cluster', 'pods.json');
    const pods = JSON.parse(readFileSync(pf, 'utf8'));
    for (const p of pods.items) {
      const o = p.metadata.ownerReferences?.[0];
      if (o?.kind === 'StatefulSet') p.metadata.generateName = `${o.name}-`;
    }
    writeFileSync(pf, JSON.stringify(pods, null, 2) + '\n');
  }
}
