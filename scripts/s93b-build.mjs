// Builds blind dev batch s93b (scripts/s93b-blind-dev/*.mjs) with the scenario kit, then writes what the kit cannot
// express: StatefulSet pods' generateName, and the scheduler's Preempted events on the two deleted cartservice pods.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch, uid, clock } from './s2-scenario-kit.mjs';

await buildBatch('s93b-blind-dev', { split: 'dev' });

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
const rd = (p) => JSON.parse(readFileSync(p, 'utf8'));
const wr = (p, v) => writeFileSync(p, JSON.stringify(v, null, 2) + '\n');

// StatefulSet pods: generateName is "<statefulset>-", not a ReplicaSet's name.
for (const dir of ['bank-of-anthos/s93b-ledger-db-backend-oom-reinit', 'robot-shop/s93b-catalogue-mongo-url-wrong-db']) {
  const p = join(ROOT, dir, 'cluster', 'pods.json');
  const pods = rd(p);
  for (const pod of pods.items) {
    const o = pod.metadata.ownerReferences?.[0];
    if (o?.kind === 'StatefulSet') {
      pod.metadata.generateName = `${o.name}-`;
      delete pod.metadata.labels['pod-template-hash'];
    }
  }
  wr(p, pods);
}

// online-boutique: the two cartservice pods kube-scheduler preempted (deleted since, so not in pods.json).
{
  const dir = join(ROOT, 'online-boutique', 's93b-cartservice-preempted-by-batch');
  const T = clock('2026-05-14T02:31:00Z');
  const rs = rd(join(dir, 'cluster', 'replicasets.json')).items.find((r) => r.metadata.name.startsWith('cartservice-'));
  const evp = join(dir, 'cluster', 'events.json');
  const events = rd(evp);
  const victims = [
    { suffix: 'x7k2p', node: 'gke-boutique-prod-default-pool-4f2a9c1e-7kqx', at: -27.1, by: 'a41c7e92-3b6d-4f05-9e18-7d2c5b0f8a63' },
    { suffix: 'm9vqd', node: 'gke-boutique-prod-default-pool-9b31d0a7-wz5c', at: -27.05, by: 'c8e03f51-9a27-4d6b-b1f4-2e9a6c7d5b18' },
  ];
  victims.forEach((v, i) => {
    const name = `${rs.metadata.name}-${v.suffix}`;
    events.items.push({
      metadata: { name: `${name}.18a0f2c${i}7b4e9d31`, namespace: 'boutique', uid: uid(`s93b/preempted/${i}`), resourceVersion: String(9149000 + i), creationTimestamp: T.iso(v.at) },
      involvedObject: { kind: 'Pod', namespace: 'boutique', name, uid: uid(`s93b/victim/${i}`), apiVersion: 'v1', resourceVersion: String(9000100 + i) },
      reason: 'Preempted', message: `Preempted by pod ${v.by} on node ${v.node}`, source: { component: 'default-scheduler' },
      firstTimestamp: T.iso(v.at), lastTimestamp: T.iso(v.at), count: 1, type: 'Normal', eventTime: null, reportingComponent: 'default-scheduler', reportingInstance: '',
    });
    events.items.push({
      metadata: { name: `${name}.18a0f2c${i}8c5f0e42`, namespace: 'boutique', uid: uid(`s93b/killing/${i}`), resourceVersion: String(9149010 + i), creationTimestamp: T.iso(v.at + 0.01) },
      involvedObject: { kind: 'Pod', namespace: 'boutique', name, uid: uid(`s93b/victim/${i}`), apiVersion: 'v1', resourceVersion: String(9000100 + i), fieldPath: 'spec.containers{server}' },
      reason: 'Killing', message: 'Stopping container server', source: { component: 'kubelet', host: v.node },
      firstTimestamp: T.iso(v.at + 0.01), lastTimestamp: T.iso(v.at + 0.01), count: 1, type: 'Normal', eventTime: null, reportingComponent: 'kubelet', reportingInstance: v.node,
    });
  });
  wr(evp, events);
}
