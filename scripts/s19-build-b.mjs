// Builds author b's s19 blind dev scenarios (scripts/s19-blind-dev/{robot-shop,hotel-reservation}.mjs) into
// test/scenarios/<system>/s19-*/ with the kit, then writes what the kit cannot express: StatefulSet pods' generateName, Robot
// Shop's headless dispatch Service, and the names of pods a controller created, which Events name (%PODNAME:<workload>#<i>%).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from './s2-scenario-kit.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', 'test', 'scenarios');
const SPECS = join(HERE, 's19-blind-dev');
const MODULES = ['robot-shop.mjs', 'hotel-reservation.mjs'];

const readJson = (f) => JSON.parse(readFileSync(f, 'utf8'));
const writeJson = (f, body) => writeFileSync(f, JSON.stringify(body, null, 2) + '\n');

for (const f of MODULES) {
  const mod = await import(pathToFileURL(join(SPECS, f)).href);
  for (const s of mod.scenarios) {
    console.log(build(mod.system, { split: 'dev', ...s, pvcs: s.pvcs ?? mod.defaultPvcs }));
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
    // "Created pod: <name>" (ReplicaSet Events) names the pod the kit generated: the i-th pod of the workload's current
    // ReplicaSet, in the order the spec lists them.
    const evFile = join(dir, 'events.json');
    const evs = readJson(evFile);
    const byWorkload = {};
    for (const p of pods.items) {
      const owner = p.metadata.ownerReferences?.[0]?.name;
      const wl = mod.system.workloads.find((w) => owner === w.name || (owner?.startsWith(`${w.name}-`) && owner.slice(w.name.length + 1).length === 10))?.name;
      if (wl) (byWorkload[wl] ??= []).push(p);
    }
    for (const e of evs.items)
      e.message = e.message.replace(/%PODNAME:([a-z0-9-]+)#(\d+)%/g, (_, wl, i) => {
        const list = byWorkload[wl] ?? [];
        const p = list[Number(i)];
        if (!p) throw new Error(`${s.folder}: no pod ${wl}#${i}`);
        return p.metadata.name;
      });
    writeJson(evFile, evs);
  }
}
