// Builds the blind held-out batch s82b (scripts/s82b-heldout/*.mjs, split test) with the scenario kit, then writes what
// the kit cannot express: StatefulSet pods' generateName and claim volume, Robot Shop's headless dispatch Service,
// init container statuses of sidecar-injected pods, and the scaled-to-zero Deployment's status naming its ReplicaSet.
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s82b-heldout', { split: 'test' });

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
const read = (f) => JSON.parse(readFileSync(f, 'utf8'));
const write = (f, v) => writeFileSync(f, JSON.stringify(v, null, 2) + '\n');

for (const sys of readdirSync(ROOT)) {
  const sysDir = join(ROOT, sys);
  if (!existsSync(join(sysDir, 'topology.yaml'))) continue;
  for (const folder of readdirSync(sysDir).filter((n) => n.startsWith('s82b-'))) {
    const dir = join(sysDir, folder, 'cluster');
    const podsF = join(dir, 'pods.json');
    const pods = read(podsF);
    for (const p of pods.items) {
      const owner = p.metadata.ownerReferences?.[0];
      if (owner?.kind === 'StatefulSet') {
        p.metadata.generateName = `${owner.name}-`;
        const sts = read(join(dir, 'statefulsets.json')).items.find((s) => s.metadata.name === owner.name);
        const claims = (sts?.spec.volumeClaimTemplates ?? []).map((t) => ({ name: t.metadata.name, persistentVolumeClaim: { claimName: `${t.metadata.name}-${p.metadata.name}` } }));
        if (claims.length) p.spec.volumes = [...claims, ...(p.spec.volumes ?? [])];
      }
      // Init containers ran to completion before the pod's containers started.
      if (p.spec.initContainers && p.status.containerStatuses && p.status.phase === 'Running') {
        const started = p.status.startTime;
        p.status.initContainerStatuses = p.spec.initContainers.map((c, i) => ({
          name: c.name, image: c.image, imageID: `${c.image.replace(/:[^/]+$/, '')}@sha256:${'4f1c9a7e2b3d8c6051e9a2f7d4b8c3e1a6f0d9b2c7e5a4f3d1b0c9e8a7f6d5c4'}`,
          containerID: `containerd://${(p.metadata.uid.replace(/-/g, '') + 'e1a2b3c4d5e6f708192a3b4c5d6e7f80').slice(0, 64)}`,
          state: { terminated: { exitCode: 0, reason: 'Completed', startedAt: started, finishedAt: started, containerID: `containerd://${(p.metadata.uid.replace(/-/g, '') + 'e1a2b3c4d5e6f708192a3b4c5d6e7f80').slice(0, 64)}` } },
          lastState: {}, ready: true, restartCount: 0, started: false,
        }));
      }
    }
    write(podsF, pods);

    if (sys === 'robot-shop') {
      const svcF = join(dir, 'services.json');
      const svcs = read(svcF);
      for (const s of svcs.items) if (s.metadata.name === 'dispatch') { s.spec.clusterIP = 'None'; s.spec.clusterIPs = ['None']; }
      write(svcF, svcs);
      const depF = join(dir, 'deployments.json');
      const deps = read(depF);
      const rss = read(join(dir, 'replicasets.json')).items;
      for (const d of deps.items) {
        const rs = rss.find((r) => r.metadata.ownerReferences[0].name === d.metadata.name);
        for (const c of d.status.conditions ?? []) c.message = c.message.replace(`${d.metadata.name}-%RS%`, rs.metadata.name);
      }
      write(depF, deps);
    }
  }
}
