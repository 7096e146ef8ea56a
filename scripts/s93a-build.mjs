// Builds blind dev batch s93a (scripts/s93a-blind-dev/*.mjs) into test/scenarios/<system>/s93a-*/, then adds what the kit
// cannot express: the carts hostAliases of the sock-shop scenario (new ReplicaSet template, Deployment template, new pods).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';
import { scenarios as sockShop } from './s93a-blind-dev/sock-shop.mjs';

await buildBatch('s93a-blind-dev', { split: 'dev' });

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
for (const s of sockShop.filter((x) => x.hostAliases)) {
  const dir = join(ROOT, 'sock-shop', s.folder, 'cluster');
  const { workload, aliases } = s.hostAliases;
  const rd = (f) => JSON.parse(readFileSync(join(dir, f), 'utf8'));
  const wr = (f, b) => writeFileSync(join(dir, f), JSON.stringify(b, null, 2) + '\n');
  const add = (spec) => {
    const out = {};
    for (const [k, v] of Object.entries(spec)) { out[k] = v; if (k === 'dnsPolicy') out.hostAliases = aliases; }
    return out;
  };
  const deps = rd('deployments.json');
  const dep = deps.items.find((d) => d.metadata.name === workload);
  const rev = dep.metadata.annotations['deployment.kubernetes.io/revision'];
  dep.spec.template.spec = add(dep.spec.template.spec);
  wr('deployments.json', deps);
  const rss = rd('replicasets.json');
  const rs = rss.items.find((r) => r.metadata.ownerReferences[0].name === workload && r.metadata.annotations['deployment.kubernetes.io/revision'] === rev);
  rs.spec.template.spec = add(rs.spec.template.spec);
  wr('replicasets.json', rss);
  const pods = rd('pods.json');
  for (const p of pods.items.filter((p) => p.metadata.ownerReferences[0].uid === rs.metadata.uid)) p.spec = add(p.spec);
  wr('pods.json', pods);
}
