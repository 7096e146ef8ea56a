// Builds blind dev batch s67c (no-fault incidents: Online Boutique, Sock Shop, Robot Shop, Bookinfo, Bank of Anthos)
// from scripts/s67c-blind-dev/*.mjs with the scenario kit, then writes what the kit cannot express.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s67c-blind-dev', { split: 'dev' });

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
const edit = (sys, folder, file, fn) => {
  const p = join(ROOT, sys, folder, 'cluster', file);
  if (!existsSync(p)) return;
  const body = JSON.parse(readFileSync(p, 'utf8'));
  fn(body);
  writeFileSync(p, JSON.stringify(body, null, 2) + '\n');
};

// StatefulSet pods are named <sts>-<ordinal> and have no generateName suffix of a ReplicaSet (robot-shop redis,
// bank-of-anthos accounts-db / ledger-db).
for (const [sys, folder] of [['robot-shop', 's67c-pay-cart-not-valid-one-customer'], ['bank-of-anthos', 's67c-logged-out-every-hour']]) {
  edit(sys, folder, 'pods.json', (l) => {
    for (const p of l.items) {
      const own = p.metadata.ownerReferences?.[0];
      if (own?.kind === 'StatefulSet') p.metadata.generateName = `${own.name}-`;
    }
  });
}

