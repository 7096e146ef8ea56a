// Builds the blind held-out batch s72b (scripts/s72b-heldout/*.mjs, split test) with the scenario kit, then writes what
// the kit cannot express: StatefulSet pods' generateName, Robot Shop's headless dispatch Service, pod-template annotations
// on ReplicaSets and Pods, and the kubectl.kubernetes.io/restartedAt annotation of a `kubectl rollout restart`.
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s72b-heldout', { split: 'test' });

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
// Deployments restarted with `kubectl rollout restart` (the newest ReplicaSet's template carries the annotation).
const RESTARTED = {
  'bank-of-anthos/s72b-login-after-db-password-rotation': { deployment: 'userservice', at: '2026-06-03T10:40:00Z' },
  'teastore/s72b-shop-feels-slow-after-webui-restart': { deployment: 'teastore-webui', at: '2026-03-17T09:38:00Z' },
};
const rd = (f) => JSON.parse(readFileSync(f, 'utf8'));
const wr = (f, o) => writeFileSync(f, JSON.stringify(o, null, 2) + '\n');

for (const system of readdirSync(ROOT)) {
  const sysDir = join(ROOT, system);
  if (!existsSync(join(sysDir, 'topology.yaml'))) continue;
  for (const folder of readdirSync(sysDir).filter((n) => n.startsWith('s72b-'))) {
    const c = join(sysDir, folder, 'cluster');
    const pods = rd(join(c, 'pods.json'));
    const deps = rd(join(c, 'deployments.json'));
    const rss = rd(join(c, 'replicasets.json'));
    const restart = RESTARTED[`${system}/${folder}`];
    // Images as the kubelet reports them: short Docker Hub names fully qualified (the kit leaves names with a dot alone).
    const full = (img) => (!img || img.includes('/') ? (img && !img.split('/')[0].includes('.') && !img.startsWith('sha256') ? `docker.io/${img}` : img) : `docker.io/library/${img}`);
    for (const p of pods.items)
      for (const st of p.status.containerStatuses ?? []) {
        st.image = full(st.image);
        if (st.imageID) st.imageID = full(st.imageID);
      }
    // StatefulSet pods: generateName is the StatefulSet's name and a dash.
    for (const p of pods.items) {
      const o = p.metadata.ownerReferences?.[0];
      if (o?.kind === 'StatefulSet') p.metadata.generateName = `${o.name}-`;
    }
    // Pod-template annotations: the Deployment's template annotations on its ReplicaSets and their pods.
    for (const d of deps.items) {
      const base = { ...(d.spec.template.metadata.annotations ?? {}) };
      const own = rss.items
        .filter((r) => r.metadata.ownerReferences[0].name === d.metadata.name)
        .sort((a, b) => Number(b.metadata.annotations['deployment.kubernetes.io/revision']) - Number(a.metadata.annotations['deployment.kubernetes.io/revision']));
      own.forEach((r, i) => {
        const ann = { ...base };
        if (restart && restart.deployment === d.metadata.name && i === 0) ann['kubectl.kubernetes.io/restartedAt'] = restart.at;
        if (Object.keys(ann).length) {
          r.spec.template.metadata.annotations = ann;
          if (i === 0) d.spec.template.metadata.annotations = ann;
          for (const p of pods.items) if (p.metadata.ownerReferences?.[0]?.uid === r.metadata.uid) p.metadata.annotations = ann;
        }
      });
    }
    wr(join(c, 'pods.json'), pods);
    wr(join(c, 'deployments.json'), deps);
    wr(join(c, 'replicasets.json'), rss);
    // Robot Shop: dispatch's Service is headless upstream (clusterIP: None).
    if (system === 'robot-shop') {
      const svcs = rd(join(c, 'services.json'));
      for (const s of svcs.items) if (s.metadata.name === 'dispatch') { s.spec.clusterIP = 'None'; s.spec.clusterIPs = ['None']; }
      wr(join(c, 'services.json'), svcs);
    }
  }
}
