// Builds the blind held-out batch s80b (scripts/s80b-heldout/*.mjs) with the scenario kit, then writes what the kit
// cannot express: StatefulSet pods' generateName, Robot Shop's headless dispatch Service, a node's age, pod anti-affinity.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch, clock } from './s2-scenario-kit.mjs';

await buildBatch('s80b-heldout', { split: 'test' });

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
const edit = (system, folder, file, fn) => {
  const p = join(ROOT, system, folder, 'cluster', file);
  const body = JSON.parse(readFileSync(p, 'utf8'));
  fn(body);
  writeFileSync(p, JSON.stringify(body, null, 2) + '\n');
};
const stsPodNames = (system, folder) =>
  edit(system, folder, 'pods.json', (l) => {
    for (const p of l.items) {
      const o = p.metadata.ownerReferences?.[0];
      if (o?.kind === 'StatefulSet') p.metadata.generateName = `${o.name}-`;
    }
  });

// TeaStore: the release adds a required pod anti-affinity to the webui template (new ReplicaSet, Deployment, its pod).
{
  const F = 's80b-webui-rollout-spread-rule';
  const affinity = {
    podAntiAffinity: {
      requiredDuringSchedulingIgnoredDuringExecution: [
        { labelSelector: { matchLabels: { run: 'teastore-webui' } }, topologyKey: 'kubernetes.io/hostname' },
      ],
    },
  };
  const withAff = (spec) => {
    const out = {};
    for (const [k, v] of Object.entries(spec)) {
      out[k] = v;
      if (k === 'tolerations') out.affinity = affinity;
    }
    return out;
  };
  let newRs;
  edit('teastore', F, 'replicasets.json', (l) => {
    for (const r of l.items)
      if (r.metadata.ownerReferences[0].name === 'teastore-webui' && r.metadata.annotations['deployment.kubernetes.io/revision'] === '12') {
        r.spec.template.spec = withAff(r.spec.template.spec);
        newRs = r.metadata.name;
      }
  });
  edit('teastore', F, 'deployments.json', (l) => {
    for (const d of l.items) if (d.metadata.name === 'teastore-webui') d.spec.template.spec = withAff(d.spec.template.spec);
  });
  edit('teastore', F, 'pods.json', (l) => {
    for (const p of l.items) if (p.metadata.ownerReferences[0].name === newRs) p.spec = withAff(p.spec);
  });
}

// Robot Shop: redis-0's generateName, the headless dispatch Service, and the node the autoscaler added 38 minutes ago.
{
  const F = 's80b-redis-volume-new-node';
  const { NEW_NODE } = await import('./s80b-heldout/robot-shop.mjs');
  const T = clock('2026-06-02T19:26:00Z');
  stsPodNames('robot-shop', F);
  edit('robot-shop', F, 'services.json', (l) => {
    for (const s of l.items) if (s.metadata.name === 'dispatch') { s.spec.clusterIP = 'None'; s.spec.clusterIPs = ['None']; }
  });
  edit('robot-shop', F, 'nodes.json', (l) => {
    for (const n of l.items)
      if (n.metadata.name === NEW_NODE) {
        n.metadata.creationTimestamp = T.iso(-38);
        for (const c of n.status.conditions) c.lastTransitionTime = T.iso(-37.2);
      }
  });
}

// Bank of Anthos: StatefulSet pods' generateName.
stsPodNames('bank-of-anthos', 's80b-frontend-nightly-restart');
