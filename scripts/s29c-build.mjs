// Builds the s29c blind dev scenarios (scripts/s29c-blind-dev/*.mjs) into test/scenarios/<system>/s29c-*/ with the kit, then writes
// what the kit cannot express: StatefulSet pods' generateName, Robot Shop's headless dispatch Service, a Deployment strategy other
// than RollingUpdate (`strategies`), and the ReplicaSet name in a Deployment status message (`fillRsName`).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', 'test', 'scenarios');
const SPECS = join(HERE, 's29c-blind-dev');

await buildBatch('s29c-blind-dev', { split: 'dev' });

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
    // Deployment strategies other than the kit's RollingUpdate, and status messages naming the generated ReplicaSet.
    const strategies = mod.strategies?.[s.folder] ?? {};
    const fill = mod.fillRsName?.[s.folder] ?? [];
    if (Object.keys(strategies).length || fill.length) {
      const depFile = join(dir, 'deployments.json');
      const deps = readJson(depFile);
      const rss = readJson(join(dir, 'replicasets.json')).items;
      for (const d of deps.items) {
        const st = strategies[d.metadata.name];
        if (st) {
          d.spec.strategy = st;
          for (const rs of rss.filter((r) => r.metadata.ownerReferences?.[0]?.name === d.metadata.name))
            rs.metadata.annotations['deployment.kubernetes.io/max-replicas'] = String(d.spec.replicas);
        }
        if (fill.includes(d.metadata.name)) {
          const rs = rss.filter((r) => r.metadata.ownerReferences?.[0]?.name === d.metadata.name)
            .sort((a, b) => Number(b.metadata.annotations['deployment.kubernetes.io/revision']) - Number(a.metadata.annotations['deployment.kubernetes.io/revision']))[0];
          for (const c of d.status.conditions ?? []) c.message = c.message.replace(`${d.metadata.name}-%RSNAME%`, rs.metadata.name);
        }
      }
      writeJson(depFile, deps);
      if (Object.keys(strategies).length) {
        const rsFile = join(dir, 'replicasets.json');
        const body = readJson(rsFile);
        body.items = rss;
        writeJson(rsFile, body);
      }
    }
  }
}
