// Builds blind held-out batch s122b (scripts/s122b-heldout/*.mjs) into test/scenarios/<system>/s122b-*/, split test,
// then writes what the kit cannot express (StatefulSet pods' generateName).
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { buildBatch } from './s2-scenario-kit.mjs';
await buildBatch('s122b-heldout', { split: 'test' });

const fix = (system) => {
  for (const folder of ['s122b-redis-volume-bad-superblock', 's122b-ledgerwriter-rollout-alert-cleared']) {
    const f = `test/scenarios/${system}/${folder}/cluster/pods.json`;
    if (!existsSync(f)) continue;
    const j = JSON.parse(readFileSync(f, 'utf8'));
    for (const p of j.items) {
      const o = p.metadata.ownerReferences?.[0];
      if (o?.kind === 'StatefulSet') p.metadata.generateName = `${o.name}-`;
    }
    writeFileSync(f, JSON.stringify(j, null, 2) + '\n');
  }
};
fix('robot-shop');
fix('bank-of-anthos');
