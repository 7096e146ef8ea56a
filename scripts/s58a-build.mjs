// Builds the blind held-out batch s58a (scripts/s58a-heldout/*.mjs) with the scenario kit, then writes what the kit
// cannot express: StatefulSet pods' generateName, ReplicaSet events naming their real pods, Robot Shop's headless dispatch
// Service, and the replacement node of the Robot Shop scenario.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch, clock } from './s2-scenario-kit.mjs';

await buildBatch('s58a-heldout', { split: 'test' });

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
const edit = (dir, file, fn) => {
  const p = join(dir, 'cluster', file);
  const body = JSON.parse(readFileSync(p, 'utf8'));
  fn(body);
  writeFileSync(p, JSON.stringify(body, null, 2) + '\n');
};

for (const system of readdirSync(ROOT)) {
  let folders;
  try { folders = readdirSync(join(ROOT, system)).filter((f) => f.startsWith('s58a-')); } catch { continue; }
  for (const f of folders) {
    const dir = join(ROOT, system, f);
    // A StatefulSet's pods are named <set>-<ordinal> and carry generateName <set>-.
    edit(dir, 'pods.json', (l) => {
      for (const p of l.items) {
        const own = p.metadata.ownerReferences?.[0];
        if (own?.kind === 'StatefulSet') p.metadata.generateName = `${own.name}-`;
      }
    });
    // A ReplicaSet's SuccessfulCreate event names a pod that ReplicaSet really created (the newest one).
    const pods = JSON.parse(readFileSync(join(dir, 'cluster', 'pods.json'), 'utf8')).items;
    edit(dir, 'events.json', (l) => {
      for (const e of l.items) {
        if (e.involvedObject.kind !== 'ReplicaSet' || e.reason !== 'SuccessfulCreate') continue;
        const own = pods.filter((p) => p.metadata.ownerReferences?.[0]?.uid === e.involvedObject.uid)
          .sort((x, y) => y.metadata.creationTimestamp.localeCompare(x.metadata.creationTimestamp) || x.metadata.name.localeCompare(y.metadata.name));
        if (own[0]) e.message = `Created pod: ${own[0].metadata.name}`;
      }
    });
    if (system === 'robot-shop') {
      // Upstream dispatch Service is headless (clusterIP: None).
      edit(dir, 'services.json', (l) => {
        for (const s of l.items) if (s.metadata.name === 'dispatch') { s.spec.clusterIP = 'None'; s.spec.clusterIPs = ['None']; }
      });
    }
    if (f === 's58a-robot-shop-basket-spins-after-node-swap') {
      const T = clock('2026-06-02T03:38:00Z');
      const NEW = 'ip-10-1-2-58.eu-west-1.compute.internal';
      // The replacement node joined at 03:17:24 and became Ready at 03:17:48.
      edit(dir, 'nodes.json', (l) => {
        for (const n of l.items) if (n.metadata.name === NEW) {
          n.metadata.creationTimestamp = T.iso(-20.6);
          for (const c of n.status.conditions) c.lastTransitionTime = T.iso(c.type === 'Ready' ? -20.2 : -20.6);
        }
      });
      // redis-0 was created at 03:15 but only scheduled (and initialized) at 03:18.
      edit(dir, 'pods.json', (l) => {
        for (const p of l.items) if (p.metadata.name === 'redis-0') {
          for (const c of p.status.conditions) if (c.type !== 'Ready' && c.type !== 'ContainersReady') c.lastTransitionTime = T.iso(-20);
          p.status.startTime = T.iso(-20);
        }
      });
    }
  }
}
