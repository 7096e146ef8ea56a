// Builds the blind held-out batch s72a (scripts/s72a-heldout/*.mjs, split: test) with the scenario kit, then writes
// what the kit cannot express: StatefulSet pods' generateName, Robot Shop's headless dispatch Service and replacement
// node, the stuck Deployment's unavailableReplicas, and the restartedAt annotation of a `kubectl rollout restart`.
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch, clock } from './s2-scenario-kit.mjs';
import { NEW_NODE } from './s72a-heldout/robot-shop.mjs';
import { RESTARTED } from './s72a-heldout/sock-shop.mjs';

await buildBatch('s72a-heldout', { split: 'test' });

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
const rd = (dir, f) => JSON.parse(readFileSync(join(dir, 'cluster', f), 'utf8'));
const wr = (dir, f, body) => writeFileSync(join(dir, 'cluster', f), JSON.stringify(body, null, 2) + '\n');
const incident = (dir) => /incidentTime: "([^"]+)"/.exec(readFileSync(join(dir, 'scenario.yaml'), 'utf8'))[1];

for (const system of readdirSync(ROOT)) {
  const sdir = join(ROOT, system);
  if (!existsSync(join(sdir, 'topology.yaml'))) continue;
  for (const folder of readdirSync(sdir).filter((f) => f.startsWith('s72a-'))) {
    const dir = join(sdir, folder);
    const T = clock(incident(dir));
    // StatefulSet pods are named <sts>-<ordinal> and carry generateName "<sts>-".
    const pods = rd(dir, 'pods.json');
    for (const p of pods.items) {
      const o = p.metadata.ownerReferences?.[0];
      if (o?.kind === 'StatefulSet') p.metadata.generateName = `${o.name}-`;
    }
    if (system === 'sock-shop') {
      // kubectl rollout restart: the new template carries kubectl.kubernetes.io/restartedAt (the old one does not).
      const deps = rd(dir, 'deployments.json');
      const rss = rd(dir, 'replicasets.json');
      for (const name of RESTARTED) {
        const d = deps.items.find((x) => x.metadata.name === name);
        const ann = d.spec.template.metadata.annotations;
        const rev = d.metadata.annotations['deployment.kubernetes.io/revision'];
        const rs = rss.items.find((r) => r.metadata.ownerReferences[0].name === name && r.metadata.annotations['deployment.kubernetes.io/revision'] === rev);
        rs.spec.template.metadata.annotations = { ...ann };
        for (const p of pods.items.filter((x) => x.metadata.ownerReferences[0].uid === rs.metadata.uid)) p.metadata.annotations = { ...ann };
      }
      wr(dir, 'replicasets.json', rss);
    }
    if (system === 'hotel-reservation') {
      const deps = rd(dir, 'deployments.json');
      const geo = deps.items.find((x) => x.metadata.name === 'geo');
      geo.status.unavailableReplicas = 1;
      wr(dir, 'deployments.json', deps);
    }
    if (system === 'robot-shop') {
      const svcs = rd(dir, 'services.json');
      const d = svcs.items.find((s) => s.metadata.name === 'dispatch');
      d.spec.clusterIP = 'None';
      d.spec.clusterIPs = ['None'];
      wr(dir, 'services.json', svcs);
      const nodes = rd(dir, 'nodes.json');
      const n = nodes.items.find((x) => x.metadata.name === NEW_NODE);
      n.metadata.creationTimestamp = T.iso(-10.2);
      for (const c of n.status.conditions) c.lastTransitionTime = c.type === 'Ready' ? T.iso(-9.5) : T.iso(-10.1);
      wr(dir, 'nodes.json', nodes);
    }
    wr(dir, 'pods.json', pods);
  }
}
