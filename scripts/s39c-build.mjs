// Builds the s39c blind dev scenarios (scripts/s39c-blind-dev/*.mjs) into test/scenarios/<system>/s39c-*/ with the kit, then
// writes what the kit cannot express: StatefulSet pods' generateName, Robot Shop's headless dispatch Service, and each module's
// own fix-ups of a List (`post`, keyed by folder: e.g. a Service re-created shortly before the incident).
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', 'test', 'scenarios');
const SPECS = join(HERE, 's39c-blind-dev');

await buildBatch('s39c-blind-dev', { split: 'dev' });

const readJson = (f) => JSON.parse(readFileSync(f, 'utf8'));
const writeJson = (f, body) => writeFileSync(f, JSON.stringify(body, null, 2) + '\n');
const KINDS = ['pods', 'services', 'endpoints', 'deployments', 'replicasets', 'statefulsets', 'events', 'nodes', 'configmaps'];

for (const f of readdirSync(SPECS).filter((n) => n.endsWith('.mjs')).sort()) {
  const mod = await import(pathToFileURL(join(SPECS, f)).href);
  for (const s of mod.scenarios) {
    const dir = join(ROOT, mod.system.id, s.folder, 'cluster');
    const lists = {};
    for (const k of KINDS) if (existsSync(join(dir, `${k}.json`))) lists[k] = readJson(join(dir, `${k}.json`));
    // StatefulSet pods are named <sts>-<ordinal> and generated from `<sts>-`, not from a ReplicaSet name.
    for (const p of lists.pods.items) {
      const owner = p.metadata.ownerReferences?.[0];
      if (owner?.kind === 'StatefulSet') p.metadata.generateName = `${owner.name}-`;
    }
    // Robot Shop's dispatch Service is headless upstream (clusterIP: None).
    if (mod.system.id === 'robot-shop')
      for (const svc of lists.services.items)
        if (svc.metadata.name === 'dispatch') {
          svc.spec.clusterIP = 'None';
          svc.spec.clusterIPs = ['None'];
        }
    mod.post?.[s.folder]?.(lists);
    for (const [k, body] of Object.entries(lists)) writeJson(join(dir, `${k}.json`), body);
  }
}
