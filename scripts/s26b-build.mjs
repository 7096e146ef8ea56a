// Builds the s26b blind held-out scenarios (scripts/s26b-heldout/*.mjs, split: test) into test/scenarios/<system>/s26b-*/ with
// the kit, then writes what the kit cannot express: StatefulSet pods' generateName, Robot Shop's headless dispatch Service, and
// the pod-template annotations (a rollout restart's restartedAt) on the newest ReplicaSet of each Deployment.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', 'test', 'scenarios');
const SPECS = join(HERE, 's26b-heldout');

await buildBatch('s26b-heldout', { split: 'test' });

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
    // The Deployment's pod-template annotations belong to its newest ReplicaSet's template too (the kit writes none there).
    const deps = readJson(join(dir, 'deployments.json'));
    const rsFile = join(dir, 'replicasets.json');
    const rss = readJson(rsFile);
    for (const d of deps.items) {
      const ann = d.spec.template.metadata.annotations;
      if (!ann) continue;
      const own = rss.items.filter((r) => r.metadata.ownerReferences?.[0]?.uid === d.metadata.uid)
        .sort((a, b) => Number(b.metadata.annotations['deployment.kubernetes.io/revision']) - Number(a.metadata.annotations['deployment.kubernetes.io/revision']));
      if (own[0]) own[0].spec.template.metadata.annotations = ann;
      // an older revision keeps the annotations without a later restartedAt
      for (const r of own.slice(1)) {
        const { 'kubectl.kubernetes.io/restartedAt': _r, ...rest } = ann;
        if (Object.keys(rest).length) r.spec.template.metadata.annotations = rest;
      }
    }
    writeJson(rsFile, rss);
  }
}
