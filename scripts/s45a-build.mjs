// Builds the s45a blind dev scenarios (scripts/s45a-blind-dev/*.mjs, split: dev) into test/scenarios/<system>/s45a-*/ with the
// kit, then writes what the kit cannot express: StatefulSet pods' generateName, Robot Shop's headless dispatch Service, the
// newest ReplicaSet's name in Deployment conditions written by a spec (`%NEW%`), and each module's own fix-ups (`post`).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', 'test', 'scenarios');
const SPECS = join(HERE, 's45a-blind-dev');

await buildBatch('s45a-blind-dev', { split: 'dev' });

const readJson = (f) => JSON.parse(readFileSync(f, 'utf8'));
const writeJson = (f, body) => writeFileSync(f, JSON.stringify(body, null, 2) + '\n');

for (const f of readdirSync(SPECS).filter((n) => n.endsWith('.mjs')).sort()) {
  const mod = await import(pathToFileURL(join(SPECS, f)).href);
  for (const s of mod.scenarios) {
    const dir = join(ROOT, mod.system.id, s.folder, 'cluster');
    const read = (name) => readJson(join(dir, name));
    const write = (name, body) => writeJson(join(dir, name), body);
    // StatefulSet pods are named <sts>-<ordinal> and generated from `<sts>-`, not from a ReplicaSet name.
    const pods = read('pods.json');
    for (const p of pods.items) {
      const owner = p.metadata.ownerReferences?.[0];
      if (owner?.kind === 'StatefulSet') p.metadata.generateName = `${owner.name}-`;
    }
    write('pods.json', pods);
    // Robot Shop's dispatch Service is headless upstream (clusterIP: None).
    if (mod.system.id === 'robot-shop') {
      const svcs = read('services.json');
      for (const svc of svcs.items)
        if (svc.metadata.name === 'dispatch') {
          svc.spec.clusterIP = 'None';
          svc.spec.clusterIPs = ['None'];
        }
      write('services.json', svcs);
    }
    // A Deployment status written by a spec names its newest ReplicaSet as <deployment>-%NEW%.
    const rss = read('replicasets.json');
    const deps = read('deployments.json');
    for (const d of deps.items) {
      const name = d.metadata.name;
      const newest = rss.items
        .filter((r) => r.metadata.ownerReferences[0].name === name)
        .sort((a, b) => Number(b.metadata.annotations['deployment.kubernetes.io/revision']) - Number(a.metadata.annotations['deployment.kubernetes.io/revision']))[0];
      for (const c of d.status.conditions ?? []) c.message = c.message.replaceAll(`${name}-%NEW%`, newest.metadata.name);
    }
    write('deployments.json', deps);
    mod.post?.[s.folder]?.({ read, write });
  }
}
