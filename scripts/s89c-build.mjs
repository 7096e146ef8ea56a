// Builds blind dev batch s89c (scripts/s89c-blind-dev/*.mjs) with the scenario kit, then writes what the kit cannot express:
// robot-shop's redis StatefulSet pod generateName and payment's upstream selector; teastore-db's Recreate strategy.
import { readFileSync, writeFileSync } from 'node:fs';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s89c-blind-dev', { split: 'dev' });

const edit = (file, fn) => { const j = JSON.parse(readFileSync(file, 'utf8')); fn(j); writeFileSync(file, JSON.stringify(j, null, 2) + '\n'); };
const S = 'test/scenarios';

// StatefulSet pods are named <sts>-<ordinal> with generateName "<sts>-".
edit(`${S}/robot-shop/s89c-web-ecr-cross-account-pull/cluster/pods.json`, (l) => {
  for (const p of l.items) if (p.metadata.ownerReferences?.[0]?.kind === 'StatefulSet') p.metadata.generateName = `${p.metadata.ownerReferences[0].name}-`;
});
// teastore-db: the DBA set strategy Recreate (single-instance database), so the old ReplicaSet went to 0 before the new pod.
edit(`${S}/teastore/s89c-db-flags-removed-in-mariadb/cluster/deployments.json`, (l) => {
  const d = l.items.find((x) => x.metadata.name === 'teastore-db');
  d.spec.strategy = { type: 'Recreate' };
});
