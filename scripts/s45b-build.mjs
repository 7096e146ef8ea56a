// Builds the s45b blind dev scenarios (scripts/s45b-blind-dev/*.mjs) into test/scenarios/<system>/s45b-*/ with the kit, then writes
// what the kit cannot express: StatefulSet pods' generateName, Robot Shop's headless dispatch Service, and the pods of a Node the
// node lifecycle controller marked NotReady (only their Ready condition flips; container statuses stay as last reported).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', 'test', 'scenarios');
const SPECS = join(HERE, 's45b-blind-dev');

await buildBatch('s45b-blind-dev', { split: 'dev' });

const readJson = (f) => JSON.parse(readFileSync(f, 'utf8'));
const writeJson = (f, body) => writeFileSync(f, JSON.stringify(body, null, 2) + '\n');

for (const f of readdirSync(SPECS).filter((n) => n.endsWith('.mjs')).sort()) {
  const mod = await import(pathToFileURL(join(SPECS, f)).href);
  for (const s of mod.scenarios) {
    const dir = join(ROOT, mod.system.id, s.folder, 'cluster');
    const podsFile = join(dir, 'pods.json');
    const pods = readJson(podsFile);
    // StatefulSet pods are named <sts>-<ordinal> and generated from `<sts>-`, not from a ReplicaSet name.
    for (const p of pods.items) {
      const owner = p.metadata.ownerReferences?.[0];
      if (owner?.kind === 'StatefulSet') p.metadata.generateName = `${owner.name}-`;
    }
    // A Node marked NotReady: the node lifecycle controller sets only the pods' Ready condition to False (no reason).
    const down = mod.nodeDown?.[s.folder];
    if (down)
      for (const p of pods.items) {
        if (p.spec.nodeName !== down.node) continue;
        for (const c of p.status.conditions ?? []) {
          if (c.type === 'Ready') {
            c.status = 'False';
            c.lastTransitionTime = down.at;
            delete c.reason;
            delete c.message;
          }
          if (c.type === 'ContainersReady') {
            c.status = 'True';
            delete c.reason;
            delete c.message;
          }
        }
        for (const st of p.status.containerStatuses ?? []) st.ready = true;
      }
    writeJson(podsFile, pods);
    // Robot Shop's dispatch Service is headless upstream (clusterIP: None).
    if (mod.system.id === 'robot-shop') {
      const svcFile = join(dir, 'services.json');
      const svcs = readJson(svcFile);
      for (const svc of svcs.items)
        if (svc.metadata.name === 'dispatch') {
          svc.spec.clusterIP = 'None';
          svc.spec.clusterIPs = ['None'];
        }
      writeJson(svcFile, svcs);
    }
  }
}
