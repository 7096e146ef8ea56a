// Builds the blind held-out batch s112b (scripts/s112b-heldout/*.mjs) into test/scenarios/<system>/s112b-*/.
// Post-processing: StatefulSet pods get their generateName.
import { buildBatch } from './s2-scenario-kit.mjs';
await buildBatch('s112b-heldout', { split: 'test' });

// StatefulSet pods (bank-of-anthos accounts-db-0, ledger-db-0) are generated as <sts>-, not <rs>-.
import { readFileSync, writeFileSync } from 'node:fs';
const f = new URL('../test/scenarios/bank-of-anthos/s112b-contacts-runasnonroot-root-image/cluster/pods.json', import.meta.url);
const pods = JSON.parse(readFileSync(f, 'utf8'));
for (const p of pods.items) { const m = /^(accounts-db|ledger-db)-\d+$/.exec(p.metadata.name); if (m) p.metadata.generateName = `${m[1]}-`; }
writeFileSync(f, JSON.stringify(pods, null, 2) + '\n');
