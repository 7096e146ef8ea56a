// Builds blind held-out batch s100a (scripts/s100a-heldout/*.mjs) into test/scenarios/<system>/s100a-*/ (split: test),
// then fixes what the kit cannot express: StatefulSet pods' generateName, Robot Shop's headless dispatch Service, and a
// stalled rollout's Deployment status text.
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';
import { headless } from './kit-systems/robot-shop.mjs';

await buildBatch('s100a-heldout', { split: 'test' });

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
for (const sys of readdirSync(ROOT)) {
  const sd = join(ROOT, sys);
  if (!existsSync(join(sd, 'topology.yaml'))) continue;
  for (const f of readdirSync(sd).filter((n) => n.startsWith('s100a-'))) {
    const c = join(sd, f, 'cluster');
    const pf = join(c, 'pods.json');
    const pods = JSON.parse(readFileSync(pf, 'utf8'));
    for (const p of pods.items) {
      const o = p.metadata.ownerReferences?.[0];
      if (o?.kind === 'StatefulSet') p.metadata.generateName = `${o.name}-`;
    }
    writeFileSync(pf, JSON.stringify(pods, null, 2) + '\n');
    if (sys === 'robot-shop') {
      const sf = join(c, 'services.json');
      const svcs = JSON.parse(readFileSync(sf, 'utf8'));
      for (const s of svcs.items) if (headless.includes(s.metadata.name)) { s.spec.clusterIP = 'None'; s.spec.clusterIPs = ['None']; }
      writeFileSync(sf, JSON.stringify(svcs, null, 2) + '\n');
    }
    const df = join(c, 'deployments.json');
    const deps = JSON.parse(readFileSync(df, 'utf8'));
    const rss = JSON.parse(readFileSync(join(c, 'replicasets.json'), 'utf8')).items;
    for (const d of deps.items) {
      for (const cond of d.status.conditions ?? []) {
        if (!cond.message?.includes('%RS%')) continue;
        const newest = rss.filter((r) => r.metadata.ownerReferences[0].name === d.metadata.name)
          .sort((a, b) => Number(b.metadata.annotations['deployment.kubernetes.io/revision']) - Number(a.metadata.annotations['deployment.kubernetes.io/revision']))[0];
        cond.message = cond.message.replace('%RS%', newest.metadata.name);
      }
    }
    writeFileSync(df, JSON.stringify(deps, null, 2) + '\n');
  }
}
