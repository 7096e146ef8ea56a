// Builds the blind held-out batch s80a (scripts/s80a-heldout/*.mjs, split test) with the scenario kit, then writes what
// the kit cannot express: StatefulSet pods' generateName, Robot Shop's headless dispatch Service, pod names in events.
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s80a-heldout', { split: 'test' });

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
const read = (f) => JSON.parse(readFileSync(f, 'utf8'));
const write = (f, body) => writeFileSync(f, JSON.stringify(body, null, 2) + '\n');

for (const system of readdirSync(ROOT)) {
  const sysDir = join(ROOT, system);
  if (!existsSync(join(sysDir, 'topology.yaml'))) continue;
  for (const folder of readdirSync(sysDir).filter((n) => n.startsWith('s80a-'))) {
    const cluster = join(sysDir, folder, 'cluster');
    const pods = read(join(cluster, 'pods.json'));
    // StatefulSet pods: generateName is "<statefulset>-" (the kit writes the ReplicaSet-style name).
    for (const p of pods.items) {
      const owner = p.metadata.ownerReferences?.[0];
      if (owner?.kind === 'StatefulSet') p.metadata.generateName = `${owner.name}-`;
    }
    write(join(cluster, 'pods.json'), pods);
    // Events naming a pod of a workload: %PODNAME:<workload>%.
    const events = read(join(cluster, 'events.json'));
    for (const e of events.items) {
      e.message = e.message.replace(/%PODNAME:([a-z0-9-]+)%/g, (_, wl) => {
        const rsNames = new Set(pods.items.map((p) => p.metadata.ownerReferences[0].name).filter((n) => n.startsWith(`${wl}-`) && /^[a-z0-9]+$/.test(n.slice(wl.length + 1))));
        const p = pods.items.filter((q) => rsNames.has(q.metadata.ownerReferences[0].name)).sort((a, b) => b.metadata.creationTimestamp.localeCompare(a.metadata.creationTimestamp))[0];
        if (!p) throw new Error(`${system}/${folder}: no pod of ${wl}`);
        return p.metadata.name;
      });
    }
    write(join(cluster, 'events.json'), events);
    // A Deployment status written by a spec names its ReplicaSet as %RSNAME%.
    const deps = read(join(cluster, 'deployments.json'));
    const rss = read(join(cluster, 'replicasets.json'));
    for (const d of deps.items) {
      const own = rss.items.filter((r) => r.metadata.ownerReferences[0].name === d.metadata.name)
        .sort((a, b) => Number(b.metadata.annotations['deployment.kubernetes.io/revision']) - Number(a.metadata.annotations['deployment.kubernetes.io/revision']));
      for (const c of d.status.conditions ?? []) c.message = c.message.replace(`${d.metadata.name}-%RSNAME%`, own[0].metadata.name);
    }
    write(join(cluster, 'deployments.json'), deps);
    // Robot Shop's dispatch Service is headless upstream (clusterIP: None).
    if (system === 'robot-shop') {
      const svcs = read(join(cluster, 'services.json'));
      for (const s of svcs.items) if (s.metadata.name === 'dispatch') { s.spec.clusterIP = 'None'; s.spec.clusterIPs = ['None']; }
      write(join(cluster, 'services.json'), svcs);
    }
  }
}
