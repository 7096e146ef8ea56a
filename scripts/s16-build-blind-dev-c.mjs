// Builds this author's s16 blind dev scenarios (scripts/s16-blind-dev/{robot-shop,teastore,otel-demo}.mjs) into
// test/scenarios/<system>/s16-*/ with the kit, then writes what the kit cannot express: StatefulSet pods' generateName and
// Robot Shop's headless dispatch Service (same pattern as scripts/s15-build-blind-dev.mjs).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from './s2-scenario-kit.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', 'test', 'scenarios');
const SPECS = join(HERE, 's16-blind-dev');
const MINE = ['otel-demo.mjs', 'robot-shop.mjs', 'teastore.mjs'];

const readJson = (f) => JSON.parse(readFileSync(f, 'utf8'));
const writeJson = (f, body) => writeFileSync(f, JSON.stringify(body, null, 2) + '\n');

for (const f of MINE) {
  const mod = await import(pathToFileURL(join(SPECS, f)).href);
  for (const s of mod.scenarios) {
    console.log(build(mod.system, { split: 'dev', ...s, pvcs: s.pvcs ?? mod.defaultPvcs }));
    const dir = join(ROOT, mod.system.id, s.folder, 'cluster');
    const podsFile = join(dir, 'pods.json');
    const pods = readJson(podsFile);
    for (const p of pods.items) {
      const owner = p.metadata.ownerReferences?.[0];
      if (owner?.kind === 'StatefulSet') p.metadata.generateName = `${owner.name}-`;
    }
    writeJson(podsFile, pods);
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
