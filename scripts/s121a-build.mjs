// Builds blind dev batch s121a (scripts/s121a-blind-dev/*.mjs) into test/scenarios/<system>/s121a-*/, then gives the
// robot-shop redis pod its StatefulSet owner, generateName and controller-revision-hash (the kit writes a ReplicaSet).
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { buildBatch, uid } from './s2-scenario-kit.mjs';

await buildBatch('s121a-blind-dev', { split: 'dev' });

const f = 'test/scenarios/robot-shop/s121a-patched-node-forwarding-off/cluster/pods.json';
if (existsSync(f)) {
  const pods = JSON.parse(readFileSync(f, 'utf8'));
  const sts = JSON.parse(readFileSync(f.replace('pods.json', 'statefulsets.json'), 'utf8')).items.find((s) => s.metadata.name === 'redis');
  for (const p of pods.items) {
    if (!p.metadata.name.startsWith('redis-')) continue;
    p.metadata.generateName = 'redis-';
    const hash = p.metadata.labels['pod-template-hash'];
    delete p.metadata.labels['pod-template-hash'];
    p.metadata.labels['controller-revision-hash'] = `redis-${hash}`;
    p.metadata.labels['apps.kubernetes.io/pod-index'] = '0';
    p.metadata.labels['statefulset.kubernetes.io/pod-name'] = p.metadata.name;
    p.metadata.ownerReferences = [{ apiVersion: 'apps/v1', kind: 'StatefulSet', name: 'redis', uid: sts.metadata.uid, controller: true, blockOwnerDeletion: true }];
    p.spec.hostname = p.metadata.name;
    p.spec.subdomain = 'redis';
  }
  writeFileSync(f, JSON.stringify(pods, null, 2) + '\n');
}
void uid;
