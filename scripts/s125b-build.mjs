// Builds batch s125b (blind dev) from scripts/s125b-blind-dev/*.mjs, then post-processes what the kit cannot express:
// pod annotations (bookinfo sidecar annotations on the pods), Robot Shop's headless dispatch Service and the redis
// StatefulSet pod's generateName.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildBatch } from './s2-scenario-kit.mjs';

const orig = console.log;
const dirs = [];
console.log = (d) => { dirs.push(d); orig(d); };
await buildBatch('s125b-blind-dev', { split: 'dev' });
console.log = orig;

const rd = (f) => JSON.parse(readFileSync(f, 'utf8'));
const wr = (f, x) => writeFileSync(f, JSON.stringify(x, null, 2) + '\n');
for (const d of dirs) {
  const pf = join(d, 'cluster', 'pods.json');
  const pods = rd(pf);
  const rsf = join(d, 'cluster', 'replicasets.json');
  const rss = rd(rsf).items;
  const deps = rd(join(d, 'cluster', 'deployments.json')).items;
  for (const p of pods.items) {
    const own = p.metadata.ownerReferences[0];
    if (own.kind === 'StatefulSet') p.metadata.generateName = `${own.name}-`;
    const rs = rss.find((r) => r.metadata.name === own.name);
    const dep = deps.find((x) => x.metadata.name === own.name) ?? (rs && deps.find((x) => x.metadata.name === rs.metadata.ownerReferences[0].name));
    const ann = rs?.spec.template.metadata.annotations ?? dep?.spec.template.metadata.annotations;
    if (ann) p.metadata.annotations = { ...ann };
  }
  wr(pf, pods);
  if (d.includes('/robot-shop/')) {
    const sf = join(d, 'cluster', 'services.json');
    const svcs = rd(sf);
    for (const s of svcs.items) if (s.metadata.name === 'dispatch') {
      s.spec.clusterIP = 'None'; s.spec.clusterIPs = ['None'];
      s.spec.ports = [{ name: 'headless', protocol: 'TCP', port: 55555, targetPort: 55555 }];
    }
    wr(sf, svcs);
  }
}
