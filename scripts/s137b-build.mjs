// Builds the blind dev batch s137b (scripts/s137b-blind-dev/*.mjs) and post-processes what the kit cannot express.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch, clock } from './s2-scenario-kit.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
await buildBatch('s137b-blind-dev', { split: 'dev' });

const edit = (path, fn) => { const j = JSON.parse(readFileSync(path, 'utf8')); fn(j); writeFileSync(path, JSON.stringify(j, null, 2) + '\n'); };
// ledger-db: StatefulSet and its claim were (re-)created 22 minutes before the incident; StatefulSet pods have generateName <sts>-.
{
  const d = join(ROOT, 'bank-of-anthos', 's137b-ledger-db-initdb-lost-found', 'cluster');
  const T = clock('2026-05-12T09:40:00Z');
  edit(join(d, 'statefulsets.json'), (j) => { for (const s of j.items) if (s.metadata.name === 'ledger-db') { s.metadata.creationTimestamp = T.iso(-22); s.metadata.generation = 1; s.status.observedGeneration = 1; } });
  edit(join(d, 'persistentvolumeclaims.json'), (j) => { for (const c of j.items) c.metadata.creationTimestamp = T.iso(-21.7); });
  edit(join(d, 'pods.json'), (j) => { for (const p of j.items) if (/^(ledger|accounts)-db-\d$/.test(p.metadata.name)) p.metadata.generateName = p.metadata.name.replace(/\d+$/, ''); });
}
