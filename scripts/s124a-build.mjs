// Builds the blind held-out batch s124a (scripts/s124a-heldout/*.mjs) with the scenario kit, then applies what the kit
// cannot express: the hostPort of the frontend release (the kit writes containerPort only) and the real ReplicaSet name.
import { readFileSync, writeFileSync } from 'node:fs';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s124a-heldout', { split: 'test' });

const dir = new URL('../test/scenarios/online-boutique/s124a-frontend-hostport-rollout/cluster/', import.meta.url);
const rd = (f) => JSON.parse(readFileSync(new URL(f, dir), 'utf8'));
const wr = (f, o) => writeFileSync(new URL(f, dir), JSON.stringify(o, null, 2) + '\n');
const addHostPort = (spec) => { for (const p of spec.containers[0].ports) if (p.containerPort === 8080) p.hostPort = 8080; };
const rss = rd('replicasets.json');
const newRs = rss.items.filter((r) => r.metadata.name.startsWith('frontend-')).sort((a, b) => Number(b.metadata.annotations['deployment.kubernetes.io/revision']) - Number(a.metadata.annotations['deployment.kubernetes.io/revision']))[0];
addHostPort(newRs.spec.template.spec);
wr('replicasets.json', rss);
const deps = rd('deployments.json');
for (const d of deps.items) if (d.metadata.name === 'frontend') {
  addHostPort(d.spec.template.spec);
  for (const c of d.status.conditions) if (c.reason === 'ProgressDeadlineExceeded') c.message = `ReplicaSet "${newRs.metadata.name}" has timed out progressing.`;
}
wr('deployments.json', deps);
const pods = rd('pods.json');
for (const p of pods.items) if (p.metadata.labels['pod-template-hash'] === newRs.metadata.name.slice('frontend-'.length)) addHostPort(p.spec);
wr('pods.json', pods);

// StatefulSet pods are named <sts>-<ordinal> with generateName <sts>- (the kit writes the ReplicaSet-style one).
const rsDir = new URL('../test/scenarios/robot-shop/s124a-redis-volume-bad-superblock/cluster/', import.meta.url);
const rp = JSON.parse(readFileSync(new URL('pods.json', rsDir), 'utf8'));
for (const p of rp.items) if (p.metadata.ownerReferences?.[0]?.kind === 'StatefulSet') p.metadata.generateName = `${p.metadata.ownerReferences[0].name}-`;
writeFileSync(new URL('pods.json', rsDir), JSON.stringify(rp, null, 2) + '\n');
