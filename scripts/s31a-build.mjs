// Builds the s31a blind dev scenarios (scripts/s31a-blind-dev/*.mjs, split: dev) into test/scenarios/<system>/s31a-*/ with the kit,
// then writes what the kit cannot express: StatefulSet pods' generateName and a StatefulSet mid-update (statefulSetUpdate), Robot
// Shop's headless dispatch Service, the Ready condition the node-lifecycle controller writes on the pods of an unreachable Node
// (nodeDown), and each scenario's own fix-ups of a List (post).
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', 'test', 'scenarios');
const SPECS = join(HERE, 's31a-blind-dev');

await buildBatch('s31a-blind-dev', { split: 'dev' });

const readJson = (f) => JSON.parse(readFileSync(f, 'utf8'));
const writeJson = (f, body) => writeFileSync(f, JSON.stringify(body, null, 2) + '\n');
const KINDS = ['pods', 'deployments', 'replicasets', 'statefulsets', 'services', 'endpoints', 'nodes', 'events', 'configmaps'];

for (const f of readdirSync(SPECS).filter((n) => n.endsWith('.mjs')).sort()) {
  const mod = await import(pathToFileURL(join(SPECS, f)).href);
  for (const s of mod.scenarios) {
    const dir = join(ROOT, mod.system.id, s.folder, 'cluster');
    const lists = Object.fromEntries(KINDS.filter((k) => existsSync(join(dir, `${k}.json`))).map((k) => [k, readJson(join(dir, `${k}.json`))]));
    // StatefulSet pods are named <sts>-<ordinal> and generated from `<sts>-`, not from a ReplicaSet name.
    for (const p of lists.pods.items) {
      const owner = p.metadata.ownerReferences?.[0];
      if (owner?.kind === 'StatefulSet') p.metadata.generateName = `${owner.name}-`;
    }
    // A StatefulSet whose template was just changed: the pod carries the update revision, the set still reports the old one as current.
    const upd = mod.statefulSetUpdate?.[s.folder];
    if (upd) {
      const sts = lists.statefulsets.items.find((x) => x.metadata.name === upd.name);
      sts.metadata.generation = 4;
      sts.status = {
        ...sts.status, observedGeneration: 4, currentRevision: upd.oldRevision, readyReplicas: upd.ready, availableReplicas: upd.ready,
        currentReplicas: 0, updatedReplicas: 1,
      };
      if (!upd.ready) { delete sts.status.readyReplicas; delete sts.status.availableReplicas; }
    }
    // A Node that stopped posting status: the node-lifecycle controller flips only its pods' Ready condition (no reason; containers unchanged).
    const down = mod.nodeDown?.[s.folder];
    if (down)
      for (const p of lists.pods.items) {
        if (p.spec.nodeName !== down.node) continue;
        for (const c of p.status.conditions ?? []) {
          if (c.type === 'Ready') { c.status = 'False'; c.lastTransitionTime = down.at; delete c.reason; delete c.message; }
          if (c.type === 'ContainersReady') { c.status = 'True'; delete c.reason; delete c.message; }
        }
      }
    // Robot Shop's dispatch Service is headless upstream (clusterIP: None).
    if (mod.system.id === 'robot-shop')
      for (const svc of lists.services.items)
        if (svc.metadata.name === 'dispatch') { svc.spec.clusterIP = 'None'; svc.spec.clusterIPs = ['None']; }
    mod.post?.[s.folder]?.(lists);
    for (const [k, body] of Object.entries(lists)) writeJson(join(dir, `${k}.json`), body);
  }
}
