// Builds the s49b blind dev scenarios (scripts/s49b-blind-dev/*.mjs, split: dev) into test/scenarios/<system>/s49b-*/ with the kit,
// then writes what the kit cannot express: StatefulSet pods' generateName, Robot Shop's headless dispatch Service, a
// ReplicaSet name in a Deployment status given by a spec, and a StatefulSet caught mid-update (module `post`).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', 'test', 'scenarios');
const SPECS = join(HERE, 's49b-blind-dev');

await buildBatch('s49b-blind-dev', { split: 'dev' });

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
    const rsList = readJson(join(dir, 'replicasets.json')).items;
    const deployList = readJson(join(dir, 'deployments.json')).items;
    for (const p of pods.items) {
      const owner = p.metadata.ownerReferences?.[0];
      if (owner?.kind === 'StatefulSet') p.metadata.generateName = `${owner.name}-`;
      // A pod carries its template's annotations (the kit writes them on the Deployment's template only).
      const rs = owner?.kind === 'ReplicaSet' ? rsList.find((r) => r.metadata.uid === owner.uid) : null;
      const ann = deployList.find((d) => d.metadata.name === rs?.metadata.ownerReferences[0].name)?.spec.template.metadata.annotations;
      if (ann && !p.metadata.annotations) p.metadata.annotations = { ...ann };
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
    // <workload>-%RSNAME% in a Deployment status names that Deployment's newest ReplicaSet.
    for (const file of mod.rsNamePlaceholders?.[s.folder] ?? []) {
      const rss = readJson(join(dir, 'replicasets.json')).items;
      const text = readFileSync(join(dir, file), 'utf8').replace(/([a-z0-9-]+)-%RSNAME%/g, (_, wl) => {
        const own = rss
          .filter((r) => r.metadata.ownerReferences[0].name === wl)
          .sort((a, b) => Number(b.metadata.annotations['deployment.kubernetes.io/revision']) - Number(a.metadata.annotations['deployment.kubernetes.io/revision']));
        if (!own[0]) throw new Error(`${s.folder}: no ReplicaSet of ${wl}`);
        return own[0].metadata.name;
      });
      writeFileSync(join(dir, file), text);
    }
    // A ReplicaSet whose pod creation is refused: no pods, and the ReplicaFailure condition the controller writes.
    const fail = mod.post?.[s.folder]?.rsFailure;
    if (fail) {
      const rsFile = join(dir, 'replicasets.json');
      const rss = readJson(rsFile);
      const r = rss.items.find((i) => i.metadata.ownerReferences[0].name === fail.workload && i.spec.replicas > 0);
      if (!r) throw new Error(`${s.folder}: no ReplicaSet of ${fail.workload}`);
      r.status = {
        replicas: 0,
        observedGeneration: 1,
        conditions: [{ type: 'ReplicaFailure', status: 'True', lastTransitionTime: fail.at, reason: 'FailedCreate', message: fail.message.replace('%RSNAME%', r.metadata.name) }],
      };
      writeJson(rsFile, rss);
    }
    // A StatefulSet mid-update: the old-revision pod was deleted, the updated one is not running yet.
    const upd = mod.post?.[s.folder]?.statefulsetUpdate;
    if (upd) {
      const stsFile = join(dir, 'statefulsets.json');
      const sts = readJson(stsFile);
      const x = sts.items.find((i) => i.metadata.name === upd.name);
      if (!x) throw new Error(`${s.folder}: no StatefulSet ${upd.name}`);
      x.metadata.generation = 4;
      x.status.observedGeneration = 4;
      x.status.currentRevision = upd.currentRevision;
      x.status.currentReplicas = 0;
      x.status.updatedReplicas = 1;
      x.status.readyReplicas = 0;
      x.status.availableReplicas = 0;
      writeJson(stsFile, sts);
    }
  }
}
