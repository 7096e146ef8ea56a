// Builds the s28a held-out scenarios (scripts/s28a-heldout/*.mjs, split: test) into test/scenarios/<system>/s28a-*/ with the kit,
// then writes what the kit cannot express: StatefulSet pods' generateName, Robot Shop's headless dispatch Service, and the pod
// conditions the node lifecycle controller writes on the pods of a Node it marked NotReady (a module names it in `nodeDown`), the
// newest ReplicaSet's name in a Deployment status a module writes (`%NEWRS%`), and the logs of an old ReplicaSet's pod (`oldPodLogs`).
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', 'test', 'scenarios');
const SPECS = join(HERE, 's28a-heldout');

await buildBatch('s28a-heldout', { split: 'test' });

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
          }
        }
      }
    writeJson(podsFile, pods);
    // A Deployment status a module writes names its newest ReplicaSet as %NEWRS% (the kit's hash is not known to the module).
    const depFile = join(dir, 'deployments.json');
    const rsList = readJson(join(dir, 'replicasets.json')).items;
    const newest = (d) => rsList.filter((r) => r.metadata.ownerReferences?.[0]?.name === d)
      .sort((a, b) => Number(b.metadata.annotations['deployment.kubernetes.io/revision']) - Number(a.metadata.annotations['deployment.kubernetes.io/revision']))[0];
    const deps = readJson(depFile);
    for (const d of deps.items) {
      const body = JSON.stringify(d.status);
      if (body.includes('%NEWRS%')) d.status = JSON.parse(body.replaceAll(`${d.metadata.name}-%NEWRS%`, newest(d.metadata.name).metadata.name));
    }
    writeJson(depFile, deps);
    // Logs of the old ReplicaSet's pod during a rollout (the kit indexes only the new ReplicaSet's pods): `oldPodLogs` by workload.
    const svcs = readJson(join(dir, 'services.json')).items;
    for (const [wl, lines] of Object.entries(s.oldPodLogs ?? {})) {
      const rsNew = newest(wl);
      const p = pods.items.find((q) => q.metadata.ownerReferences?.[0]?.kind === 'ReplicaSet' && q.metadata.ownerReferences[0].name.startsWith(`${wl}-`) && q.metadata.ownerReferences[0].name !== rsNew.metadata.name);
      if (!p) throw new Error(`${s.folder}: no old pod of ${wl}`);
      const d = join(ROOT, mod.system.id, s.folder, 'logs', p.metadata.namespace, p.metadata.name);
      mkdirSync(d, { recursive: true });
      const text = lines.join('\n').replace(/\n*$/, '\n').replaceAll('%POD%', p.metadata.name)
        .replace(/%SVCIP:([a-z0-9-]+)%/g, (_, n) => svcs.find((x) => x.metadata.name === n).spec.clusterIP);
      writeFileSync(join(d, `${p.spec.containers[0].name}.log`), text);
    }
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
  }
}
