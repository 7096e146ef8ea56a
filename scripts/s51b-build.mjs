// Builds the s51b blind dev scenarios (scripts/s51b-blind-dev/*.mjs) into test/scenarios/<system>/s51b-*/ with the kit, then
// writes what the kit cannot express: StatefulSet pods' generateName, pods' annotations from their template, Robot Shop's
// headless dispatch Service, the Recreate strategy of hotel-reservation's mongodb Deployments, and each module's `post` fix-ups.
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', 'test', 'scenarios');
const SPECS = join(HERE, 's51b-blind-dev');

await buildBatch('s51b-blind-dev', { split: 'dev' });

const readJson = (f) => JSON.parse(readFileSync(f, 'utf8'));
const writeJson = (f, body) => writeFileSync(f, JSON.stringify(body, null, 2) + '\n');

for (const f of readdirSync(SPECS).filter((n) => n.endsWith('.mjs')).sort()) {
  const mod = await import(pathToFileURL(join(SPECS, f)).href);
  for (const s of mod.scenarios) {
    const dir = join(ROOT, mod.system.id, s.folder, 'cluster');
    const files = {};
    for (const kind of ['pods', 'deployments', 'replicasets', 'statefulsets', 'services'])
      if (existsSync(join(dir, `${kind}.json`))) files[kind] = readJson(join(dir, `${kind}.json`));
    // StatefulSet pods are named <sts>-<ordinal> and generated from `<sts>-`, not from a ReplicaSet name.
    for (const p of files.pods.items) {
      const owner = p.metadata.ownerReferences?.[0];
      if (owner?.kind === 'StatefulSet') p.metadata.generateName = `${owner.name}-`;
    }
    // A pod carries its template's annotations (sidecar injection status, prometheus, Istio proxy config).
    for (const p of files.pods.items) {
      const owner = p.metadata.ownerReferences?.[0];
      const rs = files.replicasets.items.find((x) => x.metadata.uid === owner?.uid);
      const top = rs
        ? files.deployments.items.find((d) => d.metadata.uid === rs.metadata.ownerReferences[0].uid)
        : files.statefulsets?.items.find((x) => x.metadata.uid === owner?.uid);
      const ann = top?.spec.template.metadata.annotations;
      if (ann) p.metadata.annotations = { ...ann };
    }
    // Robot Shop's dispatch Service is headless upstream (clusterIP: None).
    if (mod.system.id === 'robot-shop')
      for (const svc of files.services.items)
        if (svc.metadata.name === 'dispatch') {
          svc.spec.clusterIP = 'None';
          svc.spec.clusterIPs = ['None'];
        }
    // hotel-reservation's kompose-generated mongodb Deployments use strategy Recreate.
    if (mod.system.id === 'hotel-reservation')
      for (const d of files.deployments.items)
        if (d.metadata.name.startsWith('mongodb-')) d.spec.strategy = { type: 'Recreate' };
    mod.post?.[s.folder]?.(files);
    for (const [kind, body] of Object.entries(files)) writeJson(join(dir, `${kind}.json`), body);
  }
}
