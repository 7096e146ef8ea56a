// Builds blind dev batch s95a (scripts/s95a-blind-dev/*.mjs) into test/scenarios/<system>/s95a-*/, then the
// post-processing the kit cannot express: StatefulSet pods' generateName, and ledger-db-0 left Terminating.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s95a-blind-dev', { split: 'dev' });

const ROOT = new URL('../test/scenarios/', import.meta.url).pathname;
const edit = (rel, fn) => {
  const f = join(ROOT, rel);
  const j = JSON.parse(readFileSync(f, 'utf8'));
  fn(j);
  writeFileSync(f, JSON.stringify(j, null, 2) + '\n');
};
const folders = [
  'online-boutique/s95a-currency-release-undefined-rate',
  'sock-shop/s95a-catalogue-dsn-read-timeout-ms',
  'bookinfo/s95a-ratings-stale-workloadentry',
  'teastore/s95a-image-release-null-product-images',
  'bank-of-anthos/s95a-ledger-db-stuck-terminating',
];
for (const d of folders)
  edit(`${d}/cluster/pods.json`, (l) => {
    for (const p of l.items) {
      const o = p.metadata.ownerReferences?.[0];
      if (o?.kind === 'StatefulSet') {
        p.metadata.generateName = `${o.name}-`;
        delete p.metadata.labels['pod-template-hash'];
      }
    }
  });
// ledger-db-0: deleted at T-22min (grace 30s) and never removed (KillPodSandbox keeps failing).
edit('bank-of-anthos/s95a-ledger-db-stuck-terminating/cluster/pods.json', (l) => {
  const p = l.items.find((x) => x.metadata.name === 'ledger-db-0');
  p.metadata.deletionTimestamp = '2026-08-18T09:14:30Z';
  p.metadata.deletionGracePeriodSeconds = 30;
});
edit('bank-of-anthos/s95a-ledger-db-stuck-terminating/cluster/statefulsets.json', (l) => {
  const s = l.items.find((x) => x.metadata.name === 'ledger-db');
  s.status.readyReplicas = 0;
  s.status.availableReplicas = 0;
});
