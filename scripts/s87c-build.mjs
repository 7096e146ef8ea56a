// Builds blind dev batch s87c (scripts/s87c-blind-dev/*.mjs) into test/scenarios/<system>/s87c-*/, then fixes what the kit
// cannot express: StatefulSet pods' generateName (<sts>-) and robot-shop's headless dispatch Service (clusterIP None).
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildBatch } from './s2-scenario-kit.mjs';
import { headless } from './kit-systems/robot-shop.mjs';
import { system as bookinfo } from './kit-systems/bookinfo.mjs';

await buildBatch('s87c-blind-dev', { split: 'dev' });

const ROOT = new URL('../test/scenarios/', import.meta.url).pathname;
for (const sys of readdirSync(ROOT)) {
  if (!existsSync(join(ROOT, sys)) || sys.includes('.')) continue;
  for (const f of readdirSync(join(ROOT, sys)).filter((n) => n.startsWith('s87c-'))) {
    const dir = join(ROOT, sys, f, 'cluster');
    const podsF = join(dir, 'pods.json');
    const pods = JSON.parse(readFileSync(podsF, 'utf8'));
    for (const p of pods.items) {
      const o = p.metadata.ownerReferences?.[0];
      if (o?.kind === 'StatefulSet') p.metadata.generateName = `${o.name}-`;
    }
    writeFileSync(podsF, JSON.stringify(pods, null, 2) + '\n');
    // The kit writes no template annotations: put Bookinfo's injected-pod annotations on every ReplicaSet template, and
    // the restartedAt of the plain `kubectl rollout restart` on reviews-v2's newest one (the only template difference).
    if (sys === 'bookinfo') {
      const rsF = join(dir, 'replicasets.json');
      const rss = JSON.parse(readFileSync(rsF, 'utf8'));
      const sc = JSON.parse(JSON.stringify(readFileSync(join(ROOT, sys, f, 'scenario.yaml'), 'utf8').match(/incidentTime: "([^"]+)"/)[1]));
      for (const r of rss.items) {
        const w = bookinfo.workloads.find((x) => x.name === r.metadata.ownerReferences[0].name);
        r.spec.template.metadata.annotations = { ...w.podAnnotations };
        if (w.name === 'reviews-v2' && r.metadata.annotations['deployment.kubernetes.io/revision'] === '3')
          r.spec.template.metadata.annotations['kubectl.kubernetes.io/restartedAt'] = new Date(Date.parse(sc) - 27 * 60000).toISOString().replace(/\.\d{3}Z$/, 'Z');
      }
      writeFileSync(rsF, JSON.stringify(rss, null, 2) + '\n');
    }
    if (sys === 'robot-shop') {
      const svcF = join(dir, 'services.json');
      const svcs = JSON.parse(readFileSync(svcF, 'utf8'));
      for (const s of svcs.items) if (headless.includes(s.metadata.name)) { s.spec.clusterIP = 'None'; s.spec.clusterIPs = ['None']; }
      writeFileSync(svcF, JSON.stringify(svcs, null, 2) + '\n');
    }
  }
}
