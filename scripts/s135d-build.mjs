// Builds the blind dev batch s135d (scripts/s135d-blind-dev/*.mjs) into test/scenarios/<system>/s135d-*/.
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s135d-blind-dev', { split: 'dev' });

// Post-process what the kit cannot express: StatefulSet pods are generated as <sts>-<ordinal> (generateName "<sts>-").
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
for (const sys of ['bank-of-anthos']) {
  const base = new URL(`../test/scenarios/${sys}/`, import.meta.url).pathname;
  for (const f of readdirSync(base).filter((n) => n.startsWith('s135d-'))) {
    const p = `${base}${f}/cluster/pods.json`;
    if (!existsSync(p)) continue;
    const pods = JSON.parse(readFileSync(p, 'utf8'));
    for (const pod of pods.items) {
      const o = pod.metadata.ownerReferences?.[0];
      if (o?.kind === 'StatefulSet') pod.metadata.generateName = `${o.name}-`;
    }
    writeFileSync(p, JSON.stringify(pods, null, 2) + '\n');
  }
}
