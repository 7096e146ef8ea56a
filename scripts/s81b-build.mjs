// Builds blind dev batch s81b (scripts/s81b-blind-dev/*.mjs) with the scenario kit, then writes what the kit cannot express:
// StatefulSet pods' generateName, robot-shop's headless dispatch Service, kompose's Recreate strategy on hotel-reservation's
// mongodb Deployments, and the restartedAt annotation of a `kubectl rollout restart` on the new ReplicaSet's pod template.
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s81b-blind-dev', { split: 'dev' });

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
const rd = (f) => JSON.parse(readFileSync(f, 'utf8'));
const wr = (f, o) => writeFileSync(f, JSON.stringify(o, null, 2) + '\n');

for (const sys of readdirSync(ROOT, { withFileTypes: true }).filter((d) => d.isDirectory())) {
  for (const sc of readdirSync(join(ROOT, sys.name)).filter((n) => n.startsWith('s81b-'))) {
    const c = join(ROOT, sys.name, sc, 'cluster');
    // StatefulSet pods are named <sts>-<ordinal> and generated from <sts>-
    const pods = rd(join(c, 'pods.json'));
    for (const p of pods.items) {
      const o = p.metadata.ownerReferences?.[0];
      if (o?.kind === 'StatefulSet') p.metadata.generateName = `${o.name}-`;
    }
    wr(join(c, 'pods.json'), pods);

    if (sys.name === 'robot-shop') {
      const svcs = rd(join(c, 'services.json'));
      for (const s of svcs.items) if (s.metadata.name === 'dispatch') { s.spec.clusterIP = 'None'; s.spec.clusterIPs = ['None']; }
      wr(join(c, 'services.json'), svcs);
      // user was restarted with `kubectl rollout restart`: the new ReplicaSet's template carries the annotation too.
      const deps = rd(join(c, 'deployments.json'));
      const user = deps.items.find((d) => d.metadata.name === 'user');
      const ann = user.spec.template.metadata.annotations;
      if (ann) {
        const rss = rd(join(c, 'replicasets.json'));
        const rev = user.metadata.annotations['deployment.kubernetes.io/revision'];
        for (const r of rss.items)
          if (r.metadata.ownerReferences[0].name === 'user' && r.metadata.annotations['deployment.kubernetes.io/revision'] === rev)
            r.spec.template.metadata.annotations = { ...ann };
        wr(join(c, 'replicasets.json'), rss);
        const pl = rd(join(c, 'pods.json'));
        for (const p of pl.items) if (p.metadata.labels.service === 'user') p.metadata.annotations = { ...ann };
        wr(join(c, 'pods.json'), pl);
      }
    }

    if (sys.name === 'hotel-reservation') {
      const deps = rd(join(c, 'deployments.json'));
      for (const d of deps.items) if (d.metadata.name.startsWith('mongodb-')) d.spec.strategy = { type: 'Recreate' };
      wr(join(c, 'deployments.json'), deps);
    }
  }
}
void existsSync;
