// Builds the blind dev batch s131c (scripts/s131c-blind-dev/*.mjs) with the scenario kit, then post-processes what the
// kit cannot express: Robot Shop's headless dispatch Service and StatefulSet pod generateName, and the Ready condition
// the node lifecycle controller writes on pods of a NotReady node.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s131c-blind-dev', { split: 'dev' });

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
const edit = (file, fn) => { if (!existsSync(file)) return; const j = JSON.parse(readFileSync(file, 'utf8')); fn(j); writeFileSync(file, JSON.stringify(j, null, 2) + '\n'); };

// Robot Shop: dispatch Service is headless upstream; redis is a StatefulSet (pod redis-0, generateName redis-).
for (const folder of ['s131c-paypal-503-checkout']) {
  const dir = join(ROOT, 'robot-shop', folder, 'cluster');
  edit(join(dir, 'services.json'), (l) => { for (const s of l.items) if (s.metadata.name === 'dispatch') { s.spec.clusterIP = 'None'; s.spec.clusterIPs = ['None']; } });
  edit(join(dir, 'pods.json'), (l) => { for (const p of l.items) if (p.metadata.ownerReferences?.[0]?.kind === 'StatefulSet') p.metadata.generateName = `${p.metadata.ownerReferences[0].name}-`; });
}

// TeaStore: pods on the NotReady node get Ready=False from the node lifecycle controller (no container reason).
for (const [folder, node, since] of [['s131c-worker2-down', 'tea-worker-2', '2026-04-10T11:50:42Z']]) {
  const dir = join(ROOT, 'teastore', folder, 'cluster');
  edit(join(dir, 'pods.json'), (l) => {
    for (const p of l.items) {
      if (p.spec.nodeName !== node) continue;
      p.status.conditions = p.status.conditions.map((c) => (c.type === 'Ready' ? { type: 'Ready', status: 'False', lastProbeTime: null, lastTransitionTime: since } : c.type === 'ContainersReady' ? { type: 'ContainersReady', status: 'True', lastProbeTime: null, lastTransitionTime: p.metadata.creationTimestamp } : c));
    }
  });
}
