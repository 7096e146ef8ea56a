// Builds the blind held-out batch s78b (scripts/s78b-heldout/*.mjs, split test) with the session-2 scenario kit,
// then writes what the kit cannot express (StatefulSet pod names, the headless dispatch Service, a deleted pod's events).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch, clock, uid } from './s2-scenario-kit.mjs';

await buildBatch('s78b-heldout', { split: 'test' });

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
const h = (s) => createHash('sha256').update(s).digest('hex');
const file = (sys, folder, f) => join(ROOT, sys, folder, 'cluster', f);
const read = (p) => JSON.parse(readFileSync(p, 'utf8'));
const write = (p, body) => writeFileSync(p, JSON.stringify(body, null, 2) + '\n');

// Robot Shop: StatefulSet pods are named <sts>-<ordinal> with generateName <sts>-; dispatch's Service is headless.
{
  const folder = 's78b-checkout-gateway-slow-single-worker';
  const pods = read(file('robot-shop', folder, 'pods.json'));
  for (const p of pods.items) {
    const owner = p.metadata.ownerReferences?.[0];
    if (owner?.kind === 'StatefulSet') p.metadata.generateName = `${owner.name}-`;
  }
  write(file('robot-shop', folder, 'pods.json'), pods);
  const svcs = read(file('robot-shop', folder, 'services.json'));
  for (const s of svcs.items.filter((x) => x.metadata.name === 'dispatch')) {
    s.spec.clusterIP = 'None';
    s.spec.clusterIPs = ['None'];
  }
  write(file('robot-shop', folder, 'services.json'), svcs);
}

// Sock Shop: the carts ReplicaSet's name in the Deployment's Progressing message, and the events of the pod the
// scale-down deleted (the pod object is gone; its events stay for an hour).
{
  const folder = 's78b-carts-downscaled-at-night';
  const seed = `sock-shop/${folder}`;
  const T = clock('2026-02-12T19:52:00Z');
  const rs = read(file('sock-shop', folder, 'replicasets.json')).items.find((r) => r.metadata.ownerReferences[0].name === 'carts');
  const deps = read(file('sock-shop', folder, 'deployments.json'));
  for (const d of deps.items) for (const c of d.status.conditions ?? []) c.message = c.message.replace('%RSNAME%', rs.metadata.name);
  write(file('sock-shop', folder, 'deployments.json'), deps);
  const podName = `${rs.metadata.name}-x7kqp`;
  const podUid = uid(`${seed}/pod/${podName}`);
  const node = 'ip-10-0-1-23.eu-west-1.compute.internal';
  const evs = read(file('sock-shop', folder, 'events.json'));
  const at = T.iso(-21.6);
  const ev = (i, involvedObject, reason, message, component, host) => ({
    metadata: { name: `${involvedObject.name}.${h(`${seed}/post-ev/${i}`).slice(0, 16)}`, namespace: 'sock-shop', uid: uid(`${seed}/post-ev/${i}`), resourceVersion: String(9150900 + i), creationTimestamp: at },
    involvedObject, reason, message, source: { component, ...(host ? { host } : {}) },
    firstTimestamp: at, lastTimestamp: at, count: 1, type: 'Normal', eventTime: null, reportingComponent: component, reportingInstance: host ?? '',
  });
  evs.items.push(
    ev(0, { kind: 'ReplicaSet', namespace: 'sock-shop', name: rs.metadata.name, uid: rs.metadata.uid, apiVersion: 'apps/v1', resourceVersion: rs.metadata.resourceVersion }, 'SuccessfulDelete', `Deleted pod: ${podName}`, 'replicaset-controller'),
    ev(1, { kind: 'Pod', namespace: 'sock-shop', name: podName, uid: podUid, apiVersion: 'v1', resourceVersion: '9149811', fieldPath: 'spec.containers{carts}' }, 'Killing', 'Stopping container carts', 'kubelet', node),
  );
  write(file('sock-shop', folder, 'events.json'), evs);
}

// TeaStore: the Deployment controller counts the stuck new pod as unavailable (2 pods, 1 available).
{
  const p = file('teastore', 's78b-webui-liveness-kills-startup', 'deployments.json');
  const deps = read(p);
  for (const d of deps.items.filter((x) => x.metadata.name === 'teastore-webui')) d.status = { ...d.status, unavailableReplicas: 1 };
  write(p, deps);
}
