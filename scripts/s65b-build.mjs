// Builds the s65b blind dev scenarios (scripts/s65b-blind-dev/*.mjs) into test/scenarios/<system>/s65b-*/ with the kit,
// then writes what the kit cannot express: StatefulSet pods' generateName (<sts>-) and their pod-template-hash label.
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s65b-blind-dev', { split: 'dev' });

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
for (const sys of readdirSync(ROOT)) {
  const sysDir = join(ROOT, sys);
  if (!existsSync(join(sysDir, 'topology.yaml'))) continue;
  for (const folder of readdirSync(sysDir).filter((f) => f.startsWith('s65b-'))) {
    const podsFile = join(sysDir, folder, 'cluster', 'pods.json');
    const pods = JSON.parse(readFileSync(podsFile, 'utf8'));
    for (const p of pods.items) {
      const owner = p.metadata.ownerReferences?.[0];
      if (owner?.kind !== 'StatefulSet') continue;
      p.metadata.generateName = `${owner.name}-`;
      delete p.metadata.labels['pod-template-hash'];
    }
    writeFileSync(podsFile, JSON.stringify(pods, null, 2) + '\n');
  }
}
