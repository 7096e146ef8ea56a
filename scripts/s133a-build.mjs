// Builds the blind dev batch s133a (scripts/s133a-blind-dev/*.mjs) and post-processes what the kit cannot express.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
await buildBatch('s133a-blind-dev', { split: 'dev' });

const ROOT = resolve(HERE, '..', 'test', 'scenarios');
const edit = (file, fn) => { if (!existsSync(file)) return; const j = JSON.parse(readFileSync(file, 'utf8')); fn(j); writeFileSync(file, JSON.stringify(j, null, 2) + '\n'); };
const folders = {
  'bank-of-anthos': ['s133a-ledger-db-lock-table'],
  'robot-shop': ['s133a-redis-maxclients', 's133a-catalogue-index-conflict'],
};
const STS = { 'bank-of-anthos': ['accounts-db', 'ledger-db'], 'robot-shop': ['redis'] };
for (const [sys, list] of Object.entries(folders)) for (const f of list) {
  const dir = join(ROOT, sys, f);
  if (!existsSync(dir)) continue;
  // StatefulSet pods: generateName is `<sts>-`.
  edit(join(dir, 'cluster', 'pods.json'), (j) => {
    for (const p of j.items) {
      const o = p.metadata.ownerReferences?.[0];
      if (o?.kind === 'StatefulSet' && STS[sys].includes(o.name)) { p.metadata.generateName = `${o.name}-`; delete p.metadata.labels['pod-template-hash']; }
    }
  });
  if (sys === 'robot-shop') {
    edit(join(dir, 'cluster', 'services.json'), (j) => {
      for (const s of j.items) {
        if (s.metadata.name === 'dispatch') { s.spec.clusterIP = 'None'; s.spec.clusterIPs = ['None']; }
        if (s.metadata.name === 'payment') s.spec.selector = { service: 'payment' };
      }
    });
  }
}
