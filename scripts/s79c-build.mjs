// Builds blind dev batch s79c (scripts/s79c-blind-dev/*.mjs) with the scenario kit, then writes what the kit cannot express:
// StatefulSet pods' generateName, and robot-shop's vanished mysql pod (events of the deleted pod and node, ReplicaSet name in status).
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { buildBatch, clock, uid } from './s2-scenario-kit.mjs';

await buildBatch('s79c-blind-dev', { split: 'dev' });

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
const rd = (f) => JSON.parse(readFileSync(f, 'utf8'));
const wr = (f, v) => writeFileSync(f, JSON.stringify(v, null, 2) + '\n');

// 1. StatefulSet pods are named <sts>-<ordinal> with generateName "<sts>-".
for (const sys of readdirSync(ROOT)) {
  const sdir = join(ROOT, sys);
  if (!existsSync(join(sdir, 'topology.yaml'))) continue;
  for (const f of readdirSync(sdir).filter((n) => n.startsWith('s79c-'))) {
    const pf = join(sdir, f, 'cluster', 'pods.json');
    const pods = rd(pf);
    let changed = false;
    for (const p of pods.items) {
      const own = p.metadata.ownerReferences?.[0];
      if (own?.kind === 'StatefulSet' && p.metadata.generateName !== `${own.name}-`) {
        p.metadata.generateName = `${own.name}-`;
        changed = true;
      }
    }
    if (changed) wr(pf, pods);
  }
}

// 2. robot-shop: the mysql pod deleted by the autoscaler's scale-down (events outlive the pod for an hour).
{
  const dir = join(ROOT, 'robot-shop', 's79c-mysql-podsecurity-baseline-netadmin', 'cluster');
  const T = clock('2026-02-17T14:45:00Z');
  const GONE = -38;
  const rsList = rd(join(dir, 'replicasets.json'));
  const rs = rsList.items.find((r) => r.metadata.name.startsWith('mysql-'));
  const deps = rd(join(dir, 'deployments.json'));
  const dep = deps.items.find((d) => d.metadata.name === 'mysql');
  dep.status = JSON.parse(JSON.stringify(dep.status).replaceAll('%RSNAME%', rs.metadata.name));
  wr(join(dir, 'deployments.json'), deps);
  rs.status = { replicas: 0, fullyLabeledReplicas: 0, observedGeneration: 1, conditions: [{ type: 'ReplicaFailure', status: 'True', lastTransitionTime: T.iso(GONE), reason: 'FailedCreate', message: `pods "${rs.metadata.name}-q7x2k" is forbidden: violates PodSecurity "baseline:latest": non-default capabilities (container "mysql" must not include "NET_ADMIN" in securityContext.capabilities.add)` }] };
  wr(join(dir, 'replicasets.json'), rsList);
  const podName = `${rs.metadata.name}-t4n8w`;
  const podUid = uid(`robot-shop/s79c/pod/${podName}`);
  const node = 'ip-10-1-2-51.eu-west-1.compute.internal';
  const evs = rd(join(dir, 'events.json'));
  const mk = (i, io, reason, message, type, source, min, count = 1) => ({
    metadata: { name: `${io.name}.${createHash('sha256').update(`s79c/ev/x${i}`).digest('hex').slice(0, 16)}`, namespace: io.namespace ?? 'default', uid: uid(`s79c/ev/x${i}`), resourceVersion: String(9149000 + i), creationTimestamp: T.iso(min) },
    involvedObject: io, reason, message, source, firstTimestamp: T.iso(min), lastTimestamp: T.iso(min), count, type, eventTime: null, reportingComponent: source.component, reportingInstance: source.host ?? '',
  });
  const podRef = { kind: 'Pod', namespace: 'robot-shop', name: podName, uid: podUid, apiVersion: 'v1', resourceVersion: '9012733' };
  const nodeRef = { kind: 'Node', name: node, uid: node, apiVersion: 'v1' };
  evs.items.unshift(
    mk(1, nodeRef, 'ScaleDown', 'marked the node as toBeDeleted/unschedulable', 'Normal', { component: 'cluster-autoscaler' }, GONE - 1.2),
    mk(2, podRef, 'ScaleDown', `deleting pod for node scale down`, 'Normal', { component: 'cluster-autoscaler' }, GONE - 1.1),
    mk(3, { ...podRef, fieldPath: 'spec.containers{mysql}' }, 'Killing', 'Stopping container mysql', 'Normal', { component: 'kubelet', host: node }, GONE - 1.1),
    mk(4, nodeRef, 'ScaleDown', 'nodes removed by cluster autoscaler', 'Normal', { component: 'cluster-autoscaler' }, GONE - 0.2),
    mk(5, nodeRef, 'RemovingNode', `Node ${node} event: Removing Node ${node} from Controller`, 'Normal', { component: 'node-controller' }, GONE),
  );
  wr(join(dir, 'events.json'), evs);
}
