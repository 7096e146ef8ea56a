// Builds the held-out batch s130b (scripts/s130b-heldout/*.mjs) with the scenario kit, then post-processes what the
// kit cannot express.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
await buildBatch('s130b-heldout', { split: 'test' });

// StatefulSet pods have generateName `<sts>-` (the kit writes the ReplicaSet-style name).
const ROOT = resolve(HERE, '..', 'test', 'scenarios');
for (const sys of readdirSync(ROOT)) {
  const sd = join(ROOT, sys);
  let entries = [];
  try { entries = readdirSync(sd); } catch { continue; }
  for (const f of entries.filter((n) => n.startsWith('s130b-'))) {
    const p = join(sd, f, 'cluster', 'pods.json');
    if (!existsSync(p)) continue;
    const pods = JSON.parse(readFileSync(p, 'utf8'));
    for (const pod of pods.items) {
      const own = pod.metadata.ownerReferences?.[0];
      if (own?.kind === 'StatefulSet') pod.metadata.generateName = `${own.name}-`;
    }
    writeFileSync(p, JSON.stringify(pods, null, 2) + '\n');
  }
}
