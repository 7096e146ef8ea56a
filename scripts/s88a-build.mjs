// Builds the blind held-out batch s88a (scripts/s88a-heldout/*.mjs, split: test) into test/scenarios/<system>/s88a-*/,
// then fixes what the kit cannot express: a StatefulSet pod's generateName is `<statefulset>-`, Robot Shop's
// headless dispatch Service, and a
// spec-written Deployment status names its ReplicaSet.
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';
import { headless } from './kit-systems/robot-shop.mjs';

await buildBatch('s88a-heldout', { split: 'test' });

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
for (const sys of readdirSync(ROOT)) {
  const d = join(ROOT, sys);
  if (!existsSync(join(d, 'topology.yaml'))) continue;
  for (const f of readdirSync(d).filter((n) => n.startsWith('s88a-'))) {
    // A Deployment status written in a spec names its ReplicaSet as %NEW%: put the generated name in.
    const dp = join(d, f, 'cluster', 'deployments.json');
    const rp = join(d, f, 'cluster', 'replicasets.json');
    if (existsSync(dp) && existsSync(rp)) {
      const rss = JSON.parse(readFileSync(rp, 'utf8')).items;
      const deps = JSON.parse(readFileSync(dp, 'utf8'));
      for (const dep of deps.items) {
        const rs = rss.find((r) => r.metadata.ownerReferences[0].name === dep.metadata.name);
        for (const c of dep.status.conditions ?? []) if (rs) c.message = c.message.replaceAll(`${dep.metadata.name}-%NEW%`, rs.metadata.name);
      }
      writeFileSync(dp, JSON.stringify(deps, null, 2) + '\n');
    }
    // Robot Shop's dispatch Service is headless upstream (clusterIP: None).
    const sp = join(d, f, 'cluster', 'services.json');
    if (sys === 'robot-shop' && existsSync(sp)) {
      const svcs = JSON.parse(readFileSync(sp, 'utf8'));
      for (const svc of svcs.items) if (headless.includes(svc.metadata.name)) { svc.spec.clusterIP = 'None'; svc.spec.clusterIPs = ['None']; }
      writeFileSync(sp, JSON.stringify(svcs, null, 2) + '\n');
    }
    const p = join(d, f, 'cluster', 'pods.json');
    if (!existsSync(p)) continue;
    const pods = JSON.parse(readFileSync(p, 'utf8'));
    let changed = false;
    for (const pod of pods.items) {
      const own = pod.metadata.ownerReferences?.[0];
      if (own?.kind === 'StatefulSet') {
        pod.metadata.generateName = `${own.name}-`;
        changed = true;
      }
    }
    if (changed) writeFileSync(p, JSON.stringify(pods, null, 2) + '\n');
  }
}
