// Builds the blind held-out batch s82a (scripts/s82a-heldout/*.mjs, split test) with the scenario kit, then writes
// what the kit cannot express: StatefulSet pods' generateName, Robot Shop's headless dispatch Service, Deployment status.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s82a-heldout', { split: 'test' });

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
const rd = (f) => JSON.parse(readFileSync(f, 'utf8'));
const wr = (f, b) => writeFileSync(f, JSON.stringify(b, null, 2) + '\n');
const folders = {
  'online-boutique': ['s82a-currency-release-stuck'],
  'sock-shop': ['s82a-checkout-orders-store-gone'],
  'robot-shop': ['s82a-checkout-payment-provider'],
  bookinfo: ['s82a-product-page-flapping'],
  teastore: ['s82a-slow-pictures-after-deploy'],
};
for (const [sys, list] of Object.entries(folders)) {
  for (const f of list) {
    const c = join(ROOT, sys, f, 'cluster');
    // StatefulSet pods are named <sts>-<ordinal> with generateName <sts>-.
    const pods = rd(join(c, 'pods.json'));
    for (const p of pods.items) {
      const o = p.metadata.ownerReferences?.[0];
      if (o?.kind === 'StatefulSet') p.metadata.generateName = `${o.name}-`;
    }
    wr(join(c, 'pods.json'), pods);
    if (sys === 'robot-shop') {
      // Upstream dispatch Service is headless (clusterIP: None).
      const svcs = rd(join(c, 'services.json'));
      for (const s of svcs.items) if (s.metadata.name === 'dispatch') { s.spec.clusterIP = 'None'; s.spec.clusterIPs = ['None']; }
      wr(join(c, 'services.json'), svcs);
    }
    if (sys === 'sock-shop') {
      // A Deployment scaled to 0: the controller omits the zero counters; its condition names the current ReplicaSet.
      const rs = rd(join(c, 'replicasets.json')).items.find((r) => r.metadata.ownerReferences[0].name === 'orders-db');
      const deps = rd(join(c, 'deployments.json'));
      for (const d of deps.items) {
        if (d.metadata.name !== 'orders-db') continue;
        d.metadata.generation = 6;
        for (const k of ['replicas', 'updatedReplicas', 'readyReplicas', 'availableReplicas', 'unavailableReplicas']) delete d.status[k];
        for (const cond of d.status.conditions) cond.message = cond.message.replace('orders-db-%RSNAME%', rs.metadata.name);
      }
      wr(join(c, 'deployments.json'), deps);
      const rss = rd(join(c, 'replicasets.json'));
      for (const r of rss.items) if (r.metadata.ownerReferences[0].name === 'orders-db') { r.status = { replicas: 0, observedGeneration: 2 }; r.metadata.generation = 2; }
      wr(join(c, 'replicasets.json'), rss);
    }
    if (sys === 'bookinfo') {
      // Pods carry their template's annotations (the injection webhook's and the team's).
      const deps = rd(join(c, 'deployments.json'));
      const ps = rd(join(c, 'pods.json'));
      for (const p of ps.items) {
        const d = deps.items.find((x) => p.metadata.name.startsWith(`${x.metadata.name}-`) && p.metadata.labels['pod-template-hash'] && p.metadata.name === `${x.metadata.name}-${p.metadata.labels['pod-template-hash']}-${p.metadata.name.split('-').pop()}`);
        const a = d?.spec.template.metadata.annotations;
        if (a) p.metadata.annotations = { ...a };
      }
      wr(join(c, 'pods.json'), ps);
    }
    if (sys === 'online-boutique') {
      // A stuck rollout: two ReplicaSets with one pod each, one available; the SuccessfulCreate names the new pod.
      const deps = rd(join(c, 'deployments.json'));
      const d = deps.items.find((x) => x.metadata.name === 'currencyservice');
      d.status.unavailableReplicas = d.status.replicas - d.status.availableReplicas;
      wr(join(c, 'deployments.json'), deps);
      const newRs = d.status.conditions.find((x) => x.type === 'Progressing').message.match(/"(.*)"/)[1];
      const pod = rd(join(c, 'pods.json')).items.find((p) => p.metadata.ownerReferences[0].name === newRs);
      const evs = rd(join(c, 'events.json'));
      for (const e of evs.items) if (e.reason === 'SuccessfulCreate' && e.involvedObject.name === newRs) e.message = `Created pod: ${pod.metadata.name}`;
      wr(join(c, 'events.json'), evs);
    }
    if (!existsSync(join(c, 'pods.json'))) throw new Error(`missing ${c}`);
  }
}
