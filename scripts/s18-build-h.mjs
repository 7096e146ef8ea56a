// Builds this author's s18 held-out scenarios (scripts/s18-heldout/{robot-shop,bank-of-anthos,teastore,online-boutique,otel-demo}.mjs,
// split: test) into test/scenarios/<system>/s18-*/ with the kit, then writes what the kit cannot express: StatefulSet pods'
// generateName and Robot Shop's headless dispatch Service. Builds only these modules (another author writes others into the folder).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from './s2-scenario-kit.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', 'test', 'scenarios');
const SPECS = join(HERE, 's18-heldout');
const MINE = ['robot-shop', 'bank-of-anthos', 'teastore', 'online-boutique', 'otel-demo'];

const readJson = (f) => JSON.parse(readFileSync(f, 'utf8'));
const writeJson = (f, body) => writeFileSync(f, JSON.stringify(body, null, 2) + '\n');

for (const name of MINE) {
  const mod = await import(pathToFileURL(join(SPECS, `${name}.mjs`)).href);
  for (const s of mod.scenarios) {
    console.log(build(mod.system, { split: 'test', ...s, pvcs: s.pvcs ?? mod.defaultPvcs }));
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
