// Builds the s21c blind dev scenarios (scripts/s21c-blind-dev/*.mjs, split: dev) into test/scenarios/<system>/s21c-*/ with the kit,
// then writes what the kit cannot express: StatefulSet pods' generateName, Robot Shop's headless dispatch Service, and the generated
// pod name a ReplicaSet SuccessfulCreate Event names (`%PODOF:<workload>#<i>%` in an event message).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', 'test', 'scenarios');
const SPECS = join(HERE, 's21c-blind-dev');

await buildBatch('s21c-blind-dev', { split: 'dev' });

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
    // `%PODOF:<workload>#<i>%`: the i-th pod (in snapshot order) whose labels are the workload's pod labels.
    const evFile = join(dir, 'events.json');
    const evs = readJson(evFile);
    for (const e of evs.items)
      e.message = e.message.replace(/%PODOF:([a-z0-9-]+)#(\d+)%/g, (_, wl, i) => {
        const want = mod.system.labels(wl);
        const mine = pods.items.filter((p) => Object.entries(want).every(([k, v]) => p.metadata.labels?.[k] === v));
        const pod = mine[Number(i)];
        if (!pod) throw new Error(`${s.folder}: no pod ${wl}#${i}`);
        return pod.metadata.name;
      });
    writeJson(evFile, evs);
  }
}
