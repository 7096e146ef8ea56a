// Builds the blind held-out batch s84a (scripts/s84a-heldout/*.mjs, split test) with the scenario kit, then writes what
// the kit cannot express: StatefulSet pods' generateName, Robot Shop's headless dispatch Service, name placeholders.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s84a-heldout', { split: 'test' });

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
const edit = (dir, file, fn) => {
  const p = join(ROOT, dir, 'cluster', file);
  if (!existsSync(p)) return;
  const j = JSON.parse(readFileSync(p, 'utf8'));
  fn(j);
  writeFileSync(p, JSON.stringify(j, null, 2) + '\n');
};
const STS = { 'robot-shop/s84a-redis-volume-fsck': ['redis'], 'bank-of-anthos/s84a-contacts-release-crash': ['accounts-db', 'ledger-db'] };
for (const [dir, names] of Object.entries(STS))
  edit(dir, 'pods.json', (j) => {
    for (const p of j.items) if (p.metadata.ownerReferences?.[0]?.kind === 'StatefulSet' && names.includes(p.metadata.ownerReferences[0].name)) p.metadata.generateName = `${p.metadata.ownerReferences[0].name}-`;
  });
// Robot Shop's dispatch Service is headless upstream (clusterIP None).
edit('robot-shop/s84a-redis-volume-fsck', 'services.json', (j) => {
  for (const s of j.items) if (s.metadata.name === 'dispatch') { s.spec.clusterIP = 'None'; s.spec.clusterIPs = ['None']; }
});
// The catalogue Deployment's Progressing condition names its ReplicaSet.
edit('sock-shop/s84a-catalogue-evening-empty', 'deployments.json', (j) => {
  const rs = JSON.parse(readFileSync(join(ROOT, 'sock-shop/s84a-catalogue-evening-empty/cluster/replicasets.json'), 'utf8')).items.find((r) => r.metadata.ownerReferences[0].name === 'catalogue');
  for (const d of j.items) for (const c of d.status.conditions ?? []) c.message = c.message.replace('catalogue-%RSNAME%', rs.metadata.name);
});
