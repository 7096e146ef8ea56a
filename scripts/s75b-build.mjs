// Builds blind dev batch s75b (scripts/s75b-blind-dev/*.mjs) with the scenario kit, then writes what the kit cannot
// express: StatefulSet pods' generateName (<sts>-), and the creation time of a ConfigMap a scenario added recently
// (a spec's `configMapCreated: { <name>: <iso time> }`).
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pathToFileURL } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s75b-blind-dev', { split: 'dev' });

const HERE = dirname(fileURLToPath(import.meta.url));
const cmCreated = {};
for (const f of readdirSync(join(HERE, 's75b-blind-dev')).filter((n) => n.endsWith('.mjs'))) {
  const mod = await import(pathToFileURL(join(HERE, 's75b-blind-dev', f)).href);
  for (const s of mod.scenarios) if (s.configMapCreated) cmCreated[`${mod.system.id}/${s.folder}`] = s.configMapCreated;
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
for (const sys of readdirSync(ROOT)) {
  const sysDir = join(ROOT, sys);
  if (!existsSync(join(sysDir, 'topology.yaml'))) continue;
  for (const folder of readdirSync(sysDir).filter((f) => f.startsWith('s75b-'))) {
    const podsFile = join(sysDir, folder, 'cluster', 'pods.json');
    const pods = JSON.parse(readFileSync(podsFile, 'utf8'));
    for (const p of pods.items) {
      const owner = p.metadata.ownerReferences?.[0];
      if (owner?.kind === 'StatefulSet') p.metadata.generateName = `${owner.name}-`;
    }
    writeFileSync(podsFile, JSON.stringify(pods, null, 2) + '\n');
    const created = cmCreated[`${sys}/${folder}`];
    if (created) {
      const cmFile = join(sysDir, folder, 'cluster', 'configmaps.json');
      const cms = JSON.parse(readFileSync(cmFile, 'utf8'));
      for (const c of cms.items) if (created[c.metadata.name]) c.metadata.creationTimestamp = created[c.metadata.name];
      writeFileSync(cmFile, JSON.stringify(cms, null, 2) + '\n');
    }
  }
}
