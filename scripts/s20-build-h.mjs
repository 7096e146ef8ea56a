// Builds this author's s20 held-out scenarios (scripts/s20-heldout/{bank-of-anthos,robot-shop,teastore,bookinfo,otel-demo}.mjs,
// split: test) into test/scenarios/<system>/s20-*/ with the kit, then writes what the kit cannot express: StatefulSet pods'
// generateName, Robot Shop's headless dispatch Service, ConfigMap edit times in managedFields, and the Ready condition the node
// lifecycle controller writes on the pods of a Node it marked NotReady. Builds only these modules.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, clock } from './s2-scenario-kit.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', 'test', 'scenarios');
const SPECS = join(HERE, 's20-heldout');
const MINE = ['bank-of-anthos', 'robot-shop', 'teastore', 'bookinfo', 'otel-demo'];

const readJson = (f) => JSON.parse(readFileSync(f, 'utf8'));
const writeJson = (f, body) => writeFileSync(f, JSON.stringify(body, null, 2) + '\n');

for (const name of MINE) {
  const mod = await import(pathToFileURL(join(SPECS, `${name}.mjs`)).href);
  for (const s of mod.scenarios) {
    console.log(build(mod.system, { split: 'test', ...s, pvcs: s.pvcs ?? mod.defaultPvcs }));
    const dir = join(ROOT, mod.system.id, s.folder, 'cluster');
    // StatefulSet pods are named <sts>-<ordinal> and generated from `<sts>-`, not from a ReplicaSet name.
    const podsFile = join(dir, 'pods.json');
    const pods = readJson(podsFile);
    for (const p of pods.items) {
      const owner = p.metadata.ownerReferences?.[0];
      if (owner?.kind === 'StatefulSet') p.metadata.generateName = `${owner.name}-`;
    }
    // A Node marked NotReady: the node lifecycle controller flips only the pods' Ready condition (no reason, containers unchanged).
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
    // A ConfigMap edited before the incident carries the edit in metadata.managedFields (and a newer resourceVersion).
    for (const [cmName, manager, min, incidentTime, keys] of mod.configMapEdits?.[s.folder] ?? []) {
      const cmFile = join(dir, 'configmaps.json');
      if (!existsSync(cmFile)) throw new Error(`${s.folder}: no configmaps.json`);
      const cms = readJson(cmFile);
      const cm = cms.items.find((c) => c.metadata.name === cmName);
      if (!cm) throw new Error(`${s.folder}: no ConfigMap ${cmName}`);
      const T = clock(incidentTime);
      cm.metadata.resourceVersion = '9148812';
      cm.metadata.managedFields = [
        { manager: 'kubectl-client-side-apply', operation: 'Update', apiVersion: 'v1', time: cm.metadata.creationTimestamp, fieldsType: 'FieldsV1', fieldsV1: { 'f:data': Object.fromEntries(Object.keys(cm.data).map((k) => [`f:${k}`, {}])) } },
        { manager, operation: 'Update', apiVersion: 'v1', time: T.iso(min), fieldsType: 'FieldsV1', fieldsV1: { 'f:data': Object.fromEntries((keys ?? Object.keys(cm.data)).map((k) => [`f:${k}`, {}])) } },
      ];
      writeJson(cmFile, cms);
    }
  }
}
