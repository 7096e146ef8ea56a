// Builds the s27a blind dev scenarios (scripts/s27a-blind-dev/*.mjs) into test/scenarios/<system>/s27a-*/ with the kit, then
// writes what the kit cannot express: StatefulSet pods' generateName, Robot Shop's headless dispatch Service, the Ready
// condition the node lifecycle controller writes on the pods of a Node it marked NotReady (`nodeDown`), a Service adopted by
// a Helm release (`serviceEdits`: labels, annotations, managedFields) and the names of pods an event message cites
// (`%PODNAMEOF:<workload>%`).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', 'test', 'scenarios');
const SPECS = join(HERE, 's27a-blind-dev');

await buildBatch('s27a-blind-dev', { split: 'dev' });

const readJson = (f) => JSON.parse(readFileSync(f, 'utf8'));
const writeJson = (f, body) => writeFileSync(f, JSON.stringify(body, null, 2) + '\n');

for (const f of readdirSync(SPECS)
  .filter((n) => n.endsWith('.mjs'))
  .sort()) {
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
        for (const cs of p.status.containerStatuses ?? []) cs.ready = true;
      }
    writeJson(podsFile, pods);
    // Event messages naming a pod of a workload (ReplicaSet SuccessfulCreate).
    const evFile = join(dir, 'events.json');
    const evs = readJson(evFile);
    for (const e of evs.items)
      e.message = e.message.replace(/%PODNAMEOF:([a-z0-9-]+)%/g, (_, wl) => {
        const p = pods.items.find((x) => x.metadata.ownerReferences?.[0]?.name?.startsWith(`${wl}-`) && x.metadata.name.startsWith(`${wl}-`));
        if (!p) throw new Error(`${s.folder}: no pod of ${wl}`);
        return p.metadata.name;
      });
    writeJson(evFile, evs);
    const svcFile = join(dir, 'services.json');
    const svcs = readJson(svcFile);
    // Robot Shop's dispatch Service is headless upstream (clusterIP: None).
    if (mod.system.id === 'robot-shop')
      for (const svc of svcs.items)
        if (svc.metadata.name === 'dispatch') {
          svc.spec.clusterIP = 'None';
          svc.spec.clusterIPs = ['None'];
        }
    // A Service adopted by a Helm release: its labels, annotations and the managedFields of the adoption.
    const edit = mod.serviceEdits?.[s.folder];
    if (edit) {
      const svc = svcs.items.find((x) => x.metadata.name === edit.service);
      if (!svc) throw new Error(`${s.folder}: no Service ${edit.service}`);
      svc.metadata.labels = { ...svc.metadata.labels, ...edit.labels };
      svc.metadata.annotations = { ...(svc.metadata.annotations ?? {}), ...edit.annotations };
      svc.metadata.resourceVersion = '9147730';
      const keys = (o) => Object.fromEntries(Object.keys(o).map((k) => [`f:${k}`, {}]));
      svc.metadata.managedFields = [
        {
          manager: 'kubectl-client-side-apply',
          operation: 'Update',
          apiVersion: 'v1',
          time: svc.metadata.creationTimestamp,
          fieldsType: 'FieldsV1',
          fieldsV1: { 'f:spec': { 'f:ports': {}, 'f:selector': {}, 'f:type': {} } },
        },
        {
          manager: 'kubectl-label',
          operation: 'Update',
          apiVersion: 'v1',
          time: new Date(Date.parse(edit.at) - 6 * 60000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
          fieldsType: 'FieldsV1',
          fieldsV1: { 'f:metadata': { 'f:labels': { 'f:app.kubernetes.io/managed-by': {} } } },
        },
        {
          manager: 'helm',
          operation: 'Update',
          apiVersion: 'v1',
          time: edit.at,
          fieldsType: 'FieldsV1',
          fieldsV1: {
            'f:metadata': { 'f:annotations': keys(edit.annotations), 'f:labels': keys(edit.labels) },
            'f:spec': { 'f:selector': keys(svc.spec.selector) },
          },
        },
      ];
    }
    writeJson(svcFile, svcs);
    // The endpoints controller copies the Service's labels onto its Endpoints.
    if (edit) {
      const epFile = join(dir, 'endpoints.json');
      const eps = readJson(epFile);
      const ep = eps.items.find((x) => x.metadata.name === edit.service);
      ep.metadata.labels = { ...ep.metadata.labels, ...edit.labels };
      writeJson(epFile, eps);
    }
  }
}
