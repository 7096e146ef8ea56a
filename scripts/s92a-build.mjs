// Builds the blind held-out batch s92a (split: test) from scripts/s92a-heldout/*.mjs with the session-2 kit,
// then writes what the kit cannot express (StatefulSet pods' generateName, Robot Shop's headless dispatch Service).
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s92a-heldout', { split: 'test' });

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
const edit = (file, fn) => { if (!existsSync(file)) return; const j = JSON.parse(readFileSync(file, 'utf8')); fn(j); writeFileSync(file, JSON.stringify(j, null, 2) + '\n'); };
const fixes = [
  ['bank-of-anthos', 's92a-balance-cache-startup', ['accounts-db', 'ledger-db'], []],
  ['robot-shop', 's92a-customer-login-ticket', ['redis'], ['dispatch']],
];
for (const [sys, folder, sts, headless] of fixes) {
  const dir = join(ROOT, sys, folder, 'cluster');
  edit(join(dir, 'pods.json'), (l) => {
    for (const p of l.items) if (p.metadata.ownerReferences?.[0]?.kind === 'StatefulSet' && sts.includes(p.metadata.ownerReferences[0].name))
      p.metadata.generateName = `${p.metadata.ownerReferences[0].name}-`;
  });
  edit(join(dir, 'services.json'), (l) => {
    for (const s of l.items) if (headless.includes(s.metadata.name)) { s.spec.clusterIP = 'None'; s.spec.clusterIPs = ['None']; }
  });
}
