// Builds blind dev batch s65a (scripts/s65a-blind-dev/*.mjs) with the scenario kit, then writes what the kit cannot
// express: the catalogue release's dnsPolicy/dnsConfig, StatefulSet pods' generateName, hotel-reservation's Recreate mongo Deployments.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s65a-blind-dev', { split: 'dev' });

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
const read = (dir, f) => JSON.parse(readFileSync(join(dir, 'cluster', f), 'utf8'));
const write = (dir, f, body) => writeFileSync(join(dir, 'cluster', f), JSON.stringify(body, null, 2) + '\n');

// Pod spec with dnsPolicy replaced and dnsConfig right after it (key order as the API server prints it).
const withDns = (spec, policy, dnsConfig) => {
  const out = {};
  for (const [k, v] of Object.entries(spec)) {
    if (k === 'dnsConfig') continue;
    out[k] = k === 'dnsPolicy' ? policy : v;
    if (k === 'dnsPolicy') out.dnsConfig = dnsConfig;
  }
  return out;
};

// 1. sock-shop catalogue release: dnsPolicy Default + ndots:2 on the new ReplicaSet, its pods and the Deployment template.
{
  const dir = join(ROOT, 'sock-shop', 's65a-catalogue-dnspolicy-default');
  const dnsConfig = { options: [{ name: 'ndots', value: '2' }] };
  const rs = read(dir, 'replicasets.json');
  const newRs = rs.items.filter((r) => r.metadata.ownerReferences[0].name === 'catalogue')
    .sort((a, b) => Number(b.metadata.annotations['deployment.kubernetes.io/revision']) - Number(a.metadata.annotations['deployment.kubernetes.io/revision']))[0];
  newRs.spec.template.spec = withDns(newRs.spec.template.spec, 'Default', dnsConfig);
  write(dir, 'replicasets.json', rs);
  const dep = read(dir, 'deployments.json');
  const d = dep.items.find((x) => x.metadata.name === 'catalogue');
  d.spec.template.spec = withDns(d.spec.template.spec, 'Default', dnsConfig);
  write(dir, 'deployments.json', dep);
  const pods = read(dir, 'pods.json');
  for (const p of pods.items) if (p.metadata.ownerReferences[0].name === newRs.metadata.name) p.spec = withDns(p.spec, 'Default', dnsConfig);
  write(dir, 'pods.json', pods);
}

// 2. StatefulSet pods are created with generateName "<sts>-" (the kit names the ReplicaSet it would have used).
const FOLDERS = [
  'bank-of-anthos/s65a-ledgerwriter-pool-leak',
  'bookinfo/s65a-productpage-flood-factor',
  'hotel-reservation/s65a-memcached-rate-hung',
  'online-boutique/s65a-redis-cart-protected-mode',
  'sock-shop/s65a-catalogue-dnspolicy-default',
];
for (const f of FOLDERS) {
  const dir = join(ROOT, f);
  const pods = read(dir, 'pods.json');
  let changed = false;
  for (const p of pods.items) {
    const o = p.metadata.ownerReferences[0];
    if (o.kind === 'StatefulSet' && p.metadata.generateName !== `${o.name}-`) { p.metadata.generateName = `${o.name}-`; changed = true; }
  }
  if (changed) write(dir, 'pods.json', pods);
}

// 3. hotel-reservation: kompose writes `strategy: Recreate` for the mongodb Deployments (they mount a PVC).
{
  const dir = join(ROOT, 'hotel-reservation', 's65a-memcached-rate-hung');
  const dep = read(dir, 'deployments.json');
  for (const d of dep.items) if (d.metadata.name.startsWith('mongodb-')) d.spec.strategy = { type: 'Recreate' };
  write(dir, 'deployments.json', dep);
}
