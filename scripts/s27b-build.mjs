// Builds the s27b blind dev scenarios (scripts/s27b-blind-dev/*.mjs) into test/scenarios/<system>/s27b-*/ with the kit, then
// writes what the kit cannot express: StatefulSet pods' generateName, Robot Shop's headless dispatch Service, a Service deleted
// and re-created during the incident (creationTimestamp and helm managedFields of it and its Endpoints, `serviceEdits`), and the
// Ready condition the node lifecycle controller writes on the pods of a Node it marked NotReady (`nodeDown`).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildBatch, clock } from './s2-scenario-kit.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', 'test', 'scenarios');
const SPECS = join(HERE, 's27b-blind-dev');

await buildBatch('s27b-blind-dev', { split: 'dev' });

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
            c.lastTransitionTime = p.status.startTime;
          }
        }
      }
    writeJson(podsFile, pods);
    const svcFile = join(dir, 'services.json');
    const svcs = readJson(svcFile);
    // Robot Shop's dispatch Service is headless upstream (clusterIP: None).
    if (mod.system.id === 'robot-shop')
      for (const svc of svcs.items)
        if (svc.metadata.name === 'dispatch') {
          svc.spec.clusterIP = 'None';
          svc.spec.clusterIPs = ['None'];
        }
    // A Service deleted and re-created: it and its Endpoints are new objects, the Service last written by `manager`.
    const epFile = join(dir, 'endpoints.json');
    const eps = readJson(epFile);
    for (const [name, manager, min, incidentTime] of mod.serviceEdits?.[s.folder] ?? []) {
      const T = clock(incidentTime);
      const svc = svcs.items.find((x) => x.metadata.name === name);
      const ep = eps.items.find((x) => x.metadata.name === name);
      if (!svc || !ep) throw new Error(`${s.folder}: no Service/Endpoints ${name}`);
      svc.metadata.creationTimestamp = T.iso(min);
      svc.metadata.resourceVersion = '9147703';
      svc.metadata.labels = { ...svc.metadata.labels, 'app.kubernetes.io/managed-by': 'Helm' };
      svc.metadata.annotations = { 'meta.helm.sh/release-name': 'robot-shop', 'meta.helm.sh/release-namespace': 'robot-shop' };
      svc.metadata.managedFields = [{
        manager, operation: 'Update', apiVersion: 'v1', time: T.iso(min), fieldsType: 'FieldsV1',
        fieldsV1: { 'f:metadata': { 'f:annotations': { '.': {}, 'f:meta.helm.sh/release-name': {}, 'f:meta.helm.sh/release-namespace': {} }, 'f:labels': { '.': {}, 'f:app.kubernetes.io/managed-by': {}, 'f:service': {} } }, 'f:spec': { 'f:internalTrafficPolicy': {}, 'f:ports': { '.': {}, 'k:{"port":8080,"protocol":"TCP"}': { '.': {}, 'f:name': {}, 'f:port': {}, 'f:protocol': {}, 'f:targetPort': {} } }, 'f:selector': {}, 'f:sessionAffinity': {}, 'f:type': {} } },
      }];
      ep.metadata.creationTimestamp = T.iso(min);
      ep.metadata.resourceVersion = '9147709';
      ep.metadata.annotations = { 'endpoints.kubernetes.io/last-change-trigger-time': T.iso(min) };
    }
    writeJson(svcFile, svcs);
    writeJson(epFile, eps);
  }
}
