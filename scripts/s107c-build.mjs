// Builds blind dev batch s107c (five scenarios, scripts/s107c-blind-dev/*.mjs) into test/scenarios/<system>/s107c-*/.
// Run: node scripts/s107c-build.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { buildBatch } from './s2-scenario-kit.mjs';
await buildBatch('s107c-blind-dev', { split: 'dev' });

// StatefulSet pods (robot-shop redis, bank-of-anthos accounts-db/ledger-db) are named <sts>-<ordinal> and have the
// StatefulSet's name as generateName.
for (const f of ['test/scenarios/robot-shop/s107c-ratings-pdo-charset/cluster/pods.json', 'test/scenarios/bank-of-anthos/s107c-contacts-release-missing-module/cluster/pods.json']) {
  const j = JSON.parse(readFileSync(f, 'utf8'));
  for (const p of j.items) {
    const o = p.metadata.ownerReferences?.[0];
    if (o?.kind === 'StatefulSet') { p.metadata.generateName = `${o.name}-`; delete p.metadata.labels['pod-template-hash']; }
  }
  writeFileSync(f, JSON.stringify(j, null, 2) + '\n');
}
