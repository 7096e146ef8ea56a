// Builds the blind held-out batch s120a (scripts/s120a-heldout/*.mjs) into test/scenarios/<system>/s120a-*/, split test.
// Post-processing: Robot Shop's redis StatefulSet pod gets its real generateName (`redis-`) as the kit names it after a ReplicaSet.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';
await buildBatch('s120a-heldout', { split: 'test' });
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
const fixSts = (sys, folder, names) => {
  const f = join(ROOT, sys, folder, 'cluster', 'pods.json');
  const l = JSON.parse(readFileSync(f, 'utf8'));
  for (const p of l.items) for (const n of names) if (p.metadata.name.startsWith(`${n}-`) && /^\d+$/.test(p.metadata.name.slice(n.length + 1))) p.metadata.generateName = `${n}-`;
  writeFileSync(f, JSON.stringify(l, null, 2) + '\n');
};
fixSts('robot-shop', 's120a-ratings-prefork-oom', ['redis']);
fixSts('bank-of-anthos', 's120a-jwt-secret-deleted', ['accounts-db', 'ledger-db']);
