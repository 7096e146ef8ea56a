// Builds blind dev batch s103a (scripts/s103a-blind-dev/*.mjs) with the scenario kit, then post-processes what the
// kit cannot express: StatefulSet pods' generateName is <sts>-.
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s103a-blind-dev', { split: 'dev' });

const ROOT = new URL('../test/scenarios/', import.meta.url).pathname;
for (const sys of readdirSync(ROOT)) {
  const sd = join(ROOT, sys);
  if (!existsSync(join(sd, 'topology.yaml'))) continue;
  for (const f of readdirSync(sd).filter((n) => n.startsWith('s103a-'))) {
    const p = join(sd, f, 'cluster', 'pods.json');
    const pods = JSON.parse(readFileSync(p, 'utf8'));
    for (const pod of pods.items) {
      const o = pod.metadata.ownerReferences?.[0];
      if (o?.kind === 'StatefulSet') pod.metadata.generateName = `${o.name}-`;
    }
    writeFileSync(p, JSON.stringify(pods, null, 2) + '\n');
  }
}
