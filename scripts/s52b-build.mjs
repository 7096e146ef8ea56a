// Builds the s52b held-out scenarios (scripts/s52b-heldout/*.mjs, split: test) into test/scenarios/<system>/s52b-*/ with
// the kit, then writes what the kit cannot express: StatefulSet pods' generateName, Robot Shop's headless dispatch
// Service, and the ReplicaSet name in the status of a Deployment whose status a spec sets itself.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', 'test', 'scenarios');
const SPECS = join(HERE, 's52b-heldout');

await buildBatch('s52b-heldout', { split: 'test' });

const readJson = (f) => JSON.parse(readFileSync(f, 'utf8'));
const writeJson = (f, body) => writeFileSync(f, JSON.stringify(body, null, 2) + '\n');

for (const f of readdirSync(SPECS).filter((n) => n.endsWith('.mjs')).sort()) {
  const mod = await import(pathToFileURL(join(SPECS, f)).href);
  for (const s of mod.scenarios) {
    const dir = join(ROOT, mod.system.id, s.folder, 'cluster');
    // StatefulSet pods are named <sts>-<ordinal> and generated from `<sts>-`, not from a ReplicaSet name.
    const podsFile = join(dir, 'pods.json');
    const pods = readJson(podsFile);
    for (const p of pods.items) {
      const owner = p.metadata.ownerReferences?.[0];
      if (owner?.kind === 'StatefulSet') p.metadata.generateName = `${owner.name}-`;
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
    // A Deployment status set by the spec names its current ReplicaSet as %RSNAME%.
    const depFile = join(dir, 'deployments.json');
    const deps = readJson(depFile);
    const rss = readJson(join(dir, 'replicasets.json'));
    let changed = false;
    for (const d of deps.items)
      for (const c of d.status?.conditions ?? [])
        if (c.message?.includes('%RSNAME%')) {
          const rs = rss.items.find((r) => r.metadata.ownerReferences?.[0]?.uid === d.metadata.uid);
          c.message = c.message.replace('%RSNAME%', rs.metadata.name);
          changed = true;
        }
    if (changed) writeJson(depFile, deps);
  }
}
