// Builds blind dev batch s75a (scripts/s75a-blind-dev/*.mjs) with the scenario kit, then writes what the kit cannot express:
// StatefulSet pods' generateName, ReplicaSet "Created pod" events naming the real pod, robot-shop's headless dispatch Service and EKS m5.large pod capacity.
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s75a-blind-dev', { split: 'dev' });

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
const read = (f) => JSON.parse(readFileSync(f, 'utf8'));
const write = (f, o) => writeFileSync(f, JSON.stringify(o, null, 2) + '\n');

for (const system of readdirSync(ROOT)) {
  const sysDir = join(ROOT, system);
  if (!existsSync(join(sysDir, 'topology.yaml'))) continue;
  for (const folder of readdirSync(sysDir).filter((f) => f.startsWith('s75a-'))) {
    const cluster = join(sysDir, folder, 'cluster');
    const podsF = join(cluster, 'pods.json');
    const pods = read(podsF);
    // StatefulSet pods are generated as <sts>-<ordinal>: generateName is "<sts>-".
    for (const p of pods.items) {
      const own = p.metadata.ownerReferences?.[0];
      if (own?.kind === 'StatefulSet') p.metadata.generateName = `${own.name}-`;
    }
    write(podsF, pods);
    // "Created pod: <rs>-<x>" names the pod the ReplicaSet really created (the newest pod it owns).
    const evF = join(cluster, 'events.json');
    const events = read(evF);
    for (const e of events.items) {
      if (e.reason !== 'SuccessfulCreate' || e.involvedObject.kind !== 'ReplicaSet') continue;
      const owned = pods.items
        .filter((p) => p.metadata.ownerReferences?.[0]?.uid === e.involvedObject.uid)
        .sort((a, b) => b.metadata.creationTimestamp.localeCompare(a.metadata.creationTimestamp));
      if (owned[0]) e.message = `Created pod: ${owned[0].metadata.name}`;
    }
    write(evF, events);
    if (system === 'robot-shop') {
      // Upstream dispatch Service is headless (clusterIP: None).
      const svcF = join(cluster, 'services.json');
      const svcs = read(svcF);
      for (const s of svcs.items)
        if (s.metadata.name === 'dispatch') {
          s.spec.clusterIP = 'None';
          s.spec.clusterIPs = ['None'];
        }
      write(svcF, svcs);
      // m5.large with the AWS VPC CNI: max pods 29 (3 ENIs x (10 - 1) + 2).
      const nodesF = join(cluster, 'nodes.json');
      const nodes = read(nodesF);
      for (const n of nodes.items) {
        n.status.capacity.pods = '29';
        n.status.allocatable.pods = '29';
      }
      write(nodesF, nodes);
    }
  }
}
