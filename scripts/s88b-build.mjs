// Builds the blind held-out batch s88b (scripts/s88b-heldout/*.mjs, split test) with the scenario kit, then fixes
// what the kit cannot express: StatefulSet pods' generateName, and robot-shop's headless dispatch Service.
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s88b-heldout', { split: 'test' });

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
for (const sys of readdirSync(ROOT)) {
  const sysDir = join(ROOT, sys);
  if (!existsSync(join(sysDir, 'topology.yaml'))) continue;
  for (const f of readdirSync(sysDir).filter((n) => n.startsWith('s88b-'))) {
    const podsPath = join(sysDir, f, 'cluster', 'pods.json');
    const pods = JSON.parse(readFileSync(podsPath, 'utf8'));
    for (const p of pods.items) {
      const own = p.metadata.ownerReferences?.[0];
      if (own?.kind === 'StatefulSet') p.metadata.generateName = `${own.name}-`;
    }
    // kubectl rollout restart writes kubectl.kubernetes.io/restartedAt into the pod template: the new ReplicaSet and its
    // pods carry it as the Deployment does (the kit keeps pod-template annotations on the Deployment only).
    const deps = JSON.parse(readFileSync(join(sysDir, f, 'cluster', 'deployments.json'), 'utf8')).items;
    const rsPath = join(sysDir, f, 'cluster', 'replicasets.json');
    const rss = JSON.parse(readFileSync(rsPath, 'utf8'));
    for (const d of deps) {
      const ann = d.spec.template.metadata.annotations;
      if (!ann?.['kubectl.kubernetes.io/restartedAt']) continue;
      const rev = d.metadata.annotations['deployment.kubernetes.io/revision'];
      const rs = rss.items.find((r) => r.metadata.ownerReferences[0].name === d.metadata.name && r.metadata.annotations['deployment.kubernetes.io/revision'] === rev);
      rs.spec.template.metadata.annotations = { ...ann };
      for (const p of pods.items) if (p.metadata.ownerReferences?.[0]?.uid === rs.metadata.uid) p.metadata.annotations = { ...ann };
    }
    writeFileSync(rsPath, JSON.stringify(rss, null, 2) + '\n');
    writeFileSync(podsPath, JSON.stringify(pods, null, 2) + '\n');
    if (sys === 'robot-shop') {
      const svcPath = join(sysDir, f, 'cluster', 'services.json');
      const svcs = JSON.parse(readFileSync(svcPath, 'utf8'));
      for (const s of svcs.items) if (s.metadata.name === 'dispatch') { s.spec.clusterIP = 'None'; s.spec.clusterIPs = ['None']; }
      writeFileSync(svcPath, JSON.stringify(svcs, null, 2) + '\n');
    }
  }
}
