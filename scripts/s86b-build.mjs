// Builds the blind held-out batch s86b (scripts/s86b-heldout/*.mjs) with the scenario kit, then writes what the kit
// cannot express: StatefulSet pods' generateName and claim volumes, Robot Shop's headless dispatch Service, pull secrets.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s86b-heldout', { split: 'test' });

const ROOT = join(import.meta.dirname, '..', 'test', 'scenarios');
const edit = (rel, fn) => {
  const f = join(ROOT, rel);
  const j = JSON.parse(readFileSync(f, 'utf8'));
  fn(j);
  writeFileSync(f, JSON.stringify(j, null, 2) + '\n');
};
const stsPods = (j) => {
  for (const p of j.items) {
    const o = p.metadata.ownerReferences?.[0];
    if (o?.kind === 'StatefulSet') {
      p.metadata.generateName = `${o.name}-`;
      p.metadata.labels['apps.kubernetes.io/pod-index'] = p.metadata.name.slice(o.name.length + 1);
    }
  }
};
// Robot Shop: redis-0 mounts its claim data-redis-0; dispatch's Service is headless upstream.
edit('robot-shop/s86b-redis-csi-driver-unregistered/cluster/pods.json', (j) => {
  stsPods(j);
  for (const p of j.items)
    if (p.metadata.name === 'redis-0') p.spec.volumes = [{ name: 'data', persistentVolumeClaim: { claimName: 'data-redis-0' } }, ...(p.spec.volumes ?? [])];
});
edit('robot-shop/s86b-redis-csi-driver-unregistered/cluster/services.json', (j) => {
  for (const s of j.items) if (s.metadata.name === 'dispatch') { s.spec.clusterIP = 'None'; s.spec.clusterIPs = ['None']; }
});
edit('bank-of-anthos/s86b-contacts-gunicorn-oom/cluster/pods.json', stsPods);
// TeaStore: the webui pulls from the private mirror with imagePullSecrets harbor-pull (pods, ReplicaSets, Deployment).
const pull = [{ name: 'harbor-pull' }];
edit('teastore/s86b-webui-registry-robot-expired/cluster/pods.json', (j) => {
  for (const p of j.items) if (p.metadata.labels.run === 'teastore-webui') p.spec.imagePullSecrets = pull;
});
edit('teastore/s86b-webui-registry-robot-expired/cluster/replicasets.json', (j) => {
  for (const r of j.items) if (r.metadata.name.startsWith('teastore-webui-')) r.spec.template.spec.imagePullSecrets = pull;
});
edit('teastore/s86b-webui-registry-robot-expired/cluster/deployments.json', (j) => {
  for (const d of j.items) if (d.metadata.name === 'teastore-webui') { d.spec.template.spec.imagePullSecrets = pull; d.status.unavailableReplicas = 1; }
});
