// Builds the s19 blind dev scenarios of part a (scripts/s19-blind-dev/{online-boutique,teastore}.mjs) into
// test/scenarios/<system>/s19-*/ with the kit, then writes what the kit cannot express: the managedFields of a ConfigMap
// edited before the incident (the modules name them in `configMapEdits`).
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, clock } from './s2-scenario-kit.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', 'test', 'scenarios');
const SPECS = join(HERE, 's19-blind-dev');
const MINE = ['online-boutique.mjs', 'teastore.mjs'];

const readJson = (f) => JSON.parse(readFileSync(f, 'utf8'));
const writeJson = (f, body) => writeFileSync(f, JSON.stringify(body, null, 2) + '\n');

for (const f of MINE) {
  if (!existsSync(join(SPECS, f))) continue;
  const mod = await import(pathToFileURL(join(SPECS, f)).href);
  for (const s of mod.scenarios) {
    console.log(build(mod.system, { split: 'dev', ...s, pvcs: s.pvcs ?? mod.defaultPvcs }));
    const dir = join(ROOT, mod.system.id, s.folder, 'cluster');
    // A ConfigMap edited before the incident carries the edit in metadata.managedFields (and a newer resourceVersion).
    for (const [name, manager, min, incidentTime] of mod.configMapEdits?.[s.folder] ?? []) {
      const cmFile = join(dir, 'configmaps.json');
      if (!existsSync(cmFile)) throw new Error(`${s.folder}: no configmaps.json`);
      const cms = readJson(cmFile);
      const cm = cms.items.find((c) => c.metadata.name === name);
      if (!cm) throw new Error(`${s.folder}: no ConfigMap ${name}`);
      const T = clock(incidentTime);
      cm.metadata.resourceVersion = '9148812';
      const fields = { 'f:data': Object.fromEntries(Object.keys(cm.data).map((k) => [`f:${k}`, {}])) };
      cm.metadata.managedFields = [
        { manager: 'kubectl-client-side-apply', operation: 'Update', apiVersion: 'v1', time: cm.metadata.creationTimestamp, fieldsType: 'FieldsV1', fieldsV1: fields },
        { manager, operation: 'Update', apiVersion: 'v1', time: T.iso(min), fieldsType: 'FieldsV1', fieldsV1: fields },
      ];
      writeJson(cmFile, cms);
    }
  }
}
