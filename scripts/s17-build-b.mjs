// Builds author b's s17 blind dev scenarios (scripts/s17-blind-dev/{bank-of-anthos,online-boutique,hotel-reservation}.mjs) into
// test/scenarios/<system>/s17-*/ with the kit, then writes what the kit cannot express: StatefulSet pods' generateName and
// Nodes deleted before the incident (a module's `removedNodes`), which the API no longer lists.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from './s2-scenario-kit.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', 'test', 'scenarios');
const SPECS = join(HERE, 's17-blind-dev');
const MODULES = ['bank-of-anthos.mjs', 'online-boutique.mjs', 'hotel-reservation.mjs'];

const readJson = (f) => JSON.parse(readFileSync(f, 'utf8'));
const writeJson = (f, body) => writeFileSync(f, JSON.stringify(body, null, 2) + '\n');

for (const f of MODULES) {
  const mod = await import(pathToFileURL(join(SPECS, f)).href);
  for (const s of mod.scenarios) {
    console.log(build(mod.system, { split: 'dev', ...s, pvcs: s.pvcs ?? mod.defaultPvcs }));
    const dir = join(ROOT, mod.system.id, s.folder, 'cluster');
    // StatefulSet pods are named <sts>-<ordinal> and generated from `<sts>-`, not from a ReplicaSet name.
    const podsFile = join(dir, 'pods.json');
    const pods = readJson(podsFile);
    for (const p of pods.items) {
      const owner = p.metadata.ownerReferences?.[0];
      if (owner?.kind === 'StatefulSet') p.metadata.generateName = `${owner.name}-`;
    }
    writeJson(podsFile, pods);
    // A Node deleted before the incident is gone from the List (its Events remain).
    const gone = mod.removedNodes?.[s.folder] ?? [];
    if (gone.length) {
      if (pods.items.some((p) => gone.includes(p.spec.nodeName))) throw new Error(`${s.folder}: a pod still runs on a removed node`);
      const nodesFile = join(dir, 'nodes.json');
      const nodes = readJson(nodesFile);
      nodes.items = nodes.items.filter((n) => !gone.includes(n.metadata.name));
      writeJson(nodesFile, nodes);
    }
  }
}
