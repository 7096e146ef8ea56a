// Builds blind dev batch s99b (scripts/s99b-blind-dev/*.mjs) into test/scenarios/<system>/s99b-*/ with the scenario kit,
// then applies what the kit cannot express (robot-shop redis StatefulSet pod generateName).
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s99b-blind-dev', { split: 'dev' });

// StatefulSet pods are named <sts>-<ordinal> with generateName "<sts>-".
for (const f of ['test/scenarios/robot-shop/s99b-redis-keys-scan/cluster/pods.json']) {
  if (!existsSync(f)) continue;
  const j = JSON.parse(readFileSync(f, 'utf8'));
  for (const p of j.items) if (p.metadata.ownerReferences?.[0]?.kind === 'StatefulSet') p.metadata.generateName = `${p.metadata.ownerReferences[0].name}-`;
  writeFileSync(f, JSON.stringify(j, null, 2) + '\n');
}
