// Builds blind dev batch s117c (scripts/s117c-blind-dev/*.mjs) into test/scenarios/<system>/s117c-*/ with the scenario kit,
// then gives StatefulSet pods (robot-shop's redis-0) the StatefulSet's generateName, which the kit cannot express.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { buildBatch } from './s2-scenario-kit.mjs';
await buildBatch('s117c-blind-dev', { split: 'dev' });
const f = 'test/scenarios/robot-shop/s117c-catalogue-node-fetch-esm/cluster/pods.json';
if (existsSync(f)) {
  const pods = JSON.parse(readFileSync(f, 'utf8'));
  for (const p of pods.items) if (p.metadata.ownerReferences?.[0]?.kind === 'StatefulSet') p.metadata.generateName = `${p.metadata.ownerReferences[0].name}-`;
  writeFileSync(f, JSON.stringify(pods, null, 2) + '\n');
}
