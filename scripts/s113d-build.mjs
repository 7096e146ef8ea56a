// Builds blind dev batch s113d (no-fault incidents) from scripts/s113d-blind-dev/*.mjs into test/scenarios/<system>/s113d-*/,
// then names StatefulSet pods as the StatefulSet controller does (generateName "<sts>-", no pod-template-hash label).
import { readFileSync, writeFileSync } from 'node:fs';
import { buildBatch } from './s2-scenario-kit.mjs';
await buildBatch('s113d-blind-dev', { split: 'dev' });
for (const p of ['test/scenarios/bank-of-anthos/s113d-history-limit-100/cluster/pods.json']) {
  const f = new URL(`../${p}`, import.meta.url);
  const list = JSON.parse(readFileSync(f, 'utf8'));
  for (const pod of list.items) {
    const own = pod.metadata.ownerReferences?.[0];
    if (own?.kind === 'StatefulSet') {
      pod.metadata.generateName = `${own.name}-`;
      delete pod.metadata.labels['pod-template-hash'];
    }
  }
  writeFileSync(f, JSON.stringify(list, null, 2) + '\n');
}
