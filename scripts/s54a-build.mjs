// Builds the blind held-out batch s54a (scripts/s54a-heldout/*.mjs, split test) with the scenario kit, then writes what the
// kit cannot express: the Recreate strategy of hotelReservation's MongoDB Deployments (kompose manifests) in that scenario.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s54a-heldout', { split: 'test' });

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
const edit = (rel, fn) => {
  const f = join(ROOT, rel);
  if (!existsSync(f)) throw new Error(`missing ${f}`);
  const j = JSON.parse(readFileSync(f, 'utf8'));
  fn(j);
  writeFileSync(f, JSON.stringify(j, null, 2) + '\n');
};

// hotelReservation/kubernetes/*/mongodb-*-deployment.yaml: strategy Recreate (RWO claim per database).
edit('hotel-reservation/s54a-search-errors-rate-restarting/cluster/deployments.json', (list) => {
  for (const d of list.items) if (d.metadata.name.startsWith('mongodb-')) d.spec.strategy = { type: 'Recreate' };
});
