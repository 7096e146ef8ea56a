// Builds blind dev batch s61c (scripts/s61c-blind-dev/*.mjs) with the scenario kit, then writes what the kit cannot express:
// StatefulSet pods' generateName, the pod a ReplicaSet's SuccessfulCreate names, robot-shop's headless dispatch Service, Deployment status ReplicaSet names, registry-qualified
// images of old-ReplicaSet pods, and bookinfo reviews-v3's template annotations on its ReplicaSets and pods.
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';
import { reviewsV3Annotations } from './s61c-blind-dev/bookinfo.mjs';

await buildBatch('s61c-blind-dev', { split: 'dev' });

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
const rd = (d, f) => JSON.parse(readFileSync(join(d, 'cluster', f), 'utf8'));
const wr = (d, f, body) => writeFileSync(join(d, 'cluster', f), JSON.stringify(body, null, 2) + '\n');
const qualify = (image) => {
  const img = image.includes('/') || image.includes('.') ? image : `docker.io/library/${image}`;
  const full = img.startsWith('docker.io') || img.split('/')[0].includes('.') ? img : `docker.io/${img}`;
  return /:[^/]+$/.test(full) ? full : `${full}:latest`;
};

for (const system of readdirSync(ROOT)) {
  const sysDir = join(ROOT, system);
  if (!existsSync(join(sysDir, 'topology.yaml'))) continue;
  for (const folder of readdirSync(sysDir).filter((f) => f.startsWith('s61c-'))) {
    const dir = join(sysDir, folder);
    const pods = rd(dir, 'pods.json');
    const rss = rd(dir, 'replicasets.json');
    const deps = rd(dir, 'deployments.json');
    for (const p of pods.items) {
      const own = p.metadata.ownerReferences[0];
      if (own.kind === 'StatefulSet') p.metadata.generateName = `${own.name}-`;
      for (const c of p.status.containerStatuses ?? []) {
        if (c.image !== qualify(c.image)) {
          c.image = qualify(c.image);
          if (c.imageID) c.imageID = `${c.image.replace(/:[^/]+$/, '')}@${c.imageID.split('@')[1]}`;
        }
      }
    }
    for (const d of deps.items) {
      const mine = rss.items.filter((r) => r.metadata.ownerReferences[0].uid === d.metadata.uid)
        .sort((a, b) => Number(b.metadata.annotations['deployment.kubernetes.io/revision']) - Number(a.metadata.annotations['deployment.kubernetes.io/revision']));
      for (const c of d.status.conditions ?? []) c.message = c.message.replace('%RSNEW%', mine[0]?.metadata.name ?? '');
    }
    // A ReplicaSet's SuccessfulCreate names the pod it created (the kit invents a name for pods a snapshot no longer holds).
    const events = rd(dir, 'events.json');
    for (const e of events.items.filter((x) => x.reason === 'SuccessfulCreate' && x.involvedObject.kind === 'ReplicaSet')) {
      const t = Date.parse(e.firstTimestamp);
      const made = pods.items.filter((p) => p.metadata.ownerReferences[0].uid === e.involvedObject.uid)
        .sort((a, b) => Math.abs(Date.parse(a.metadata.creationTimestamp) - t) - Math.abs(Date.parse(b.metadata.creationTimestamp) - t));
      if (made[0]) e.message = `Created pod: ${made[0].metadata.name}`;
    }
    wr(dir, 'events.json', events);
    if (system === 'robot-shop') {
      const svcs = rd(dir, 'services.json');
      for (const s of svcs.items) if (s.metadata.name === 'dispatch') { s.spec.clusterIP = 'None'; s.spec.clusterIPs = ['None']; }
      wr(dir, 'services.json', svcs);
    }
    if (system === 'bookinfo') {
      for (const r of rss.items.filter((x) => x.metadata.ownerReferences[0].name === 'reviews-v3')) {
        const rev = Number(r.metadata.annotations['deployment.kubernetes.io/revision']);
        const dep = deps.items.find((d) => d.metadata.name === 'reviews-v3');
        r.spec.template.metadata.annotations = rev === Number(dep.metadata.annotations['deployment.kubernetes.io/revision']) ? reviewsV3Annotations.new : reviewsV3Annotations.old;
      }
      for (const p of pods.items) {
        const r = rss.items.find((x) => x.metadata.uid === p.metadata.ownerReferences[0].uid);
        if (r?.spec.template.metadata.annotations) p.metadata.annotations = r.spec.template.metadata.annotations;
      }
    }
    wr(dir, 'pods.json', pods);
    wr(dir, 'replicasets.json', rss);
    wr(dir, 'deployments.json', deps);
  }
}
