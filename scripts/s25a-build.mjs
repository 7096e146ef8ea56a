// Builds the s25a blind dev scenarios (scripts/s25a-blind-dev/*.mjs, split: dev) into test/scenarios/<system>/s25a-*/ with the
// kit, then writes what the kit cannot express: StatefulSet pods' generateName, the newest ReplicaSet's name in a Deployment
// status a module writes (`%NEWRS%`), and a Deployment's strategy (modules name it in `strategies`, e.g. Recreate).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', 'test', 'scenarios');
const SPECS = join(HERE, 's25a-blind-dev');

await buildBatch('s25a-blind-dev', { split: 'dev' });

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
    // A Deployment status written by a module (deployStatus) names its newest ReplicaSet as %NEWRS%.
    {
      const depFile = join(dir, 'deployments.json');
      const rsl = readJson(join(dir, 'replicasets.json'));
      const deps = readJson(depFile);
      for (const d of deps.items) {
        const own = rsl.items
          .filter((r) => r.metadata.ownerReferences[0].name === d.metadata.name)
          .sort((a, b) => Number(b.metadata.annotations['deployment.kubernetes.io/revision']) - Number(a.metadata.annotations['deployment.kubernetes.io/revision']));
        for (const c of d.status.conditions ?? []) if (own[0]) c.message = c.message.replaceAll('%NEWRS%', own[0].metadata.name);
      }
      writeJson(depFile, deps);
    }
    // A Deployment whose strategy is not the kit's RollingUpdate 25%/25% (e.g. Recreate from an overlay).
    const strategies = mod.strategies?.[s.folder];
    if (strategies) {
      const depFile = join(dir, 'deployments.json');
      const deps = readJson(depFile);
      for (const d of deps.items) if (strategies[d.metadata.name]) d.spec.strategy = strategies[d.metadata.name];
      writeJson(depFile, deps);
    }
  }
}
