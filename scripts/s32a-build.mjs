// Builds the s32a held-out scenarios (scripts/s32a-heldout/*.mjs, split: test) into test/scenarios/<system>/s32a-*/ with the
// kit, then writes what the kit cannot express: StatefulSet pods' generateName, Robot Shop's headless dispatch Service, the pod
// a ReplicaSet's SuccessfulCreate event names, the newest ReplicaSet's name in a Deployment status (%NEWRS%), and each
// module's own fix-ups of the Lists (`post`: pods on a lost Node marked for deletion and dropped from Endpoints).
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', 'test', 'scenarios');
const SPECS = join(HERE, 's32a-heldout');

await buildBatch('s32a-heldout', { split: 'test' });

const readJson = (f) => JSON.parse(readFileSync(f, 'utf8'));
const writeJson = (f, body) => writeFileSync(f, JSON.stringify(body, null, 2) + '\n');

for (const f of readdirSync(SPECS).filter((n) => n.endsWith('.mjs')).sort()) {
  const mod = await import(pathToFileURL(join(SPECS, f)).href);
  for (const s of mod.scenarios) {
    const dir = join(ROOT, mod.system.id, s.folder, 'cluster');
    const file = (n) => join(dir, n);
    const L = {};
    for (const n of ['pods', 'events', 'deployments', 'replicasets', 'services', 'endpoints'])
      L[n] = existsSync(file(`${n}.json`)) ? readJson(file(`${n}.json`)) : { items: [] };
    // StatefulSet pods are named <sts>-<ordinal> and generated from `<sts>-`, not from a ReplicaSet name.
    for (const p of L.pods.items) {
      const owner = p.metadata.ownerReferences?.[0];
      if (owner?.kind === 'StatefulSet') p.metadata.generateName = `${owner.name}-`;
    }
    // Robot Shop's dispatch Service is headless upstream (clusterIP: None).
    if (mod.system.id === 'robot-shop')
      for (const svc of L.services.items)
        if (svc.metadata.name === 'dispatch') { svc.spec.clusterIP = 'None'; svc.spec.clusterIPs = ['None']; }
    // A ReplicaSet's SuccessfulCreate event names the newest pod it owns.
    for (const e of L.events.items) {
      if (e.involvedObject.kind !== 'ReplicaSet' || e.reason !== 'SuccessfulCreate') continue;
      const owned = L.pods.items.filter((p) => p.metadata.ownerReferences?.[0]?.uid === e.involvedObject.uid)
        .sort((a, b) => Date.parse(b.metadata.creationTimestamp) - Date.parse(a.metadata.creationTimestamp));
      if (!owned.length) throw new Error(`${s.folder}: no pod for ${e.involvedObject.name}`);
      e.message = `Created pod: ${owned[0].metadata.name}`;
    }
    // %NEWRS% in a Deployment status: the Deployment's newest ReplicaSet.
    for (const d of L.deployments.items) {
      const own = L.replicasets.items.filter((r) => r.metadata.ownerReferences[0].name === d.metadata.name)
        .sort((a, b) => Number(b.metadata.annotations['deployment.kubernetes.io/revision']) - Number(a.metadata.annotations['deployment.kubernetes.io/revision']));
      for (const c of d.status.conditions ?? []) c.message = c.message.replaceAll('%NEWRS%', own[0].metadata.name);
    }
    mod.post?.[s.folder]?.(L);
    for (const n of Object.keys(L)) if (existsSync(file(`${n}.json`))) writeJson(file(`${n}.json`), L[n]);
  }
}
