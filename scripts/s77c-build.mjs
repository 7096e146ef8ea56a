// Builds blind dev batch s77c (scripts/s77c-blind-dev/*.mjs) with the scenario kit, then writes what the kit cannot express:
// StatefulSet pods' generateName, unavailableReplicas during a surge, a Recreate strategy, a Pending claim, a headless Service.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s77c-blind-dev', { split: 'dev' });

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
const edit = (system, folder, file, fn) => {
  const p = join(ROOT, system, folder, 'cluster', file);
  const body = JSON.parse(readFileSync(p, 'utf8'));
  fn(body);
  writeFileSync(p, JSON.stringify(body, null, 2) + '\n');
};
const SCEN = {
  'online-boutique': 's77c-adservice-rollout-jdk8-flag',
  'sock-shop': 's77c-orders-db-pvc-missing-storageclass',
  'robot-shop': 's77c-redis-requirepass-clients-hang',
  'bank-of-anthos': 's77c-userservice-jwt-key-renamed-keys',
  bookinfo: 's77c-review-stars-vary-by-version',
};

for (const [system, folder] of Object.entries(SCEN)) {
  // StatefulSet pods: generateName is the StatefulSet's name, not a ReplicaSet's; no pod-template-hash.
  edit(system, folder, 'pods.json', (b) => {
    for (const p of b.items) {
      const o = p.metadata.ownerReferences?.[0];
      if (o?.kind === 'StatefulSet') {
        p.metadata.generateName = `${o.name}-`;
        delete p.metadata.labels['pod-template-hash'];
      }
    }
  });
  // Pod-template annotations: the kit writes them on the Deployment only; a ReplicaSet's template and its pods carry them
  // too. The older ReplicaSet of a `kubectl rollout restart` lacks the restartedAt annotation the newer one has.
  const deps = JSON.parse(readFileSync(join(ROOT, system, folder, 'cluster', 'deployments.json'), 'utf8')).items;
  const stss = (() => { try { return JSON.parse(readFileSync(join(ROOT, system, folder, 'cluster', 'statefulsets.json'), 'utf8')).items; } catch { return []; } })();
  const rsAnn = {};
  edit(system, folder, 'replicasets.json', (b) => {
    for (const d of deps) {
      const ann = d.spec.template.metadata.annotations;
      if (!ann) continue;
      const own = b.items.filter((r) => r.metadata.ownerReferences[0].name === d.metadata.name)
        .sort((x, y) => Number(y.metadata.annotations['deployment.kubernetes.io/revision']) - Number(x.metadata.annotations['deployment.kubernetes.io/revision']));
      own.forEach((r, i) => {
        const a = { ...ann };
        if (i > 0) delete a['kubectl.kubernetes.io/restartedAt'];
        r.spec.template.metadata = { creationTimestamp: null, labels: r.spec.template.metadata.labels, annotations: a };
        rsAnn[r.metadata.name] = a;
      });
    }
  });
  edit(system, folder, 'pods.json', (b) => {
    for (const p of b.items) {
      const o = p.metadata.ownerReferences?.[0];
      const a = o?.kind === 'ReplicaSet' ? rsAnn[o.name] : stss.find((x) => x.metadata.name === o?.name)?.spec.template.metadata.annotations;
      if (a) p.metadata = { ...p.metadata, annotations: a };
    }
  });
  // A Deployment mid-surge counts every pod it owns: unavailableReplicas = status.replicas - availableReplicas.
  edit(system, folder, 'deployments.json', (b) => {
    for (const d of b.items) {
      const u = (d.status.replicas ?? 0) - (d.status.availableReplicas ?? 0);
      if (u > 0) d.status.unavailableReplicas = u;
      else delete d.status.unavailableReplicas;
    }
  });
}

// sock-shop: orders-db uses the Recreate strategy; its new claim is Pending (no StorageClass gp3, nothing bound).
edit('sock-shop', SCEN['sock-shop'], 'deployments.json', (b) => {
  const d = b.items.find((x) => x.metadata.name === 'orders-db');
  d.spec.strategy = { type: 'Recreate' };
});
edit('sock-shop', SCEN['sock-shop'], 'persistentvolumeclaims.json', (b) => {
  const c = b.items.find((x) => x.metadata.name === 'orders-db-data');
  c.metadata.creationTimestamp = new Date(Date.parse('2026-05-06T09:38:00Z') - 31.2 * 60000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  c.metadata.labels = { name: 'orders-db' };
  delete c.metadata.annotations;
  delete c.spec.volumeName;
  c.status = { phase: 'Pending' };
});

// robot-shop: the dispatch Service is headless upstream (clusterIP: None).
edit('robot-shop', SCEN['robot-shop'], 'services.json', (b) => {
  const s = b.items.find((x) => x.metadata.name === 'dispatch');
  s.spec.clusterIP = 'None';
  s.spec.clusterIPs = ['None'];
});
