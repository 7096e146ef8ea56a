// Builds blind dev batch s81a (scripts/s81a-blind-dev/*.mjs) with the scenario kit, then writes what the kit cannot express:
// StatefulSet pods' generateName, pod annotations added by admission (Kyverno) and ReplicaSet events naming their pod.
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s81a-blind-dev', { split: 'dev' });

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', 'test', 'scenarios');
const readJ = (f) => JSON.parse(readFileSync(f, 'utf8'));
const writeJ = (f, v) => writeFileSync(f, JSON.stringify(v, null, 2) + '\n');

for (const f of readdirSync(join(HERE, 's81a-blind-dev')).filter((n) => n.endsWith('.mjs')).sort()) {
  const mod = await import(pathToFileURL(join(HERE, 's81a-blind-dev', f)).href);
  for (const s of mod.scenarios) {
    const dir = join(ROOT, mod.system.id, s.folder, 'cluster');
    const podsF = join(dir, 'pods.json');
    const pods = readJ(podsF);
    // pods by "<workload>#<i>" in the order the kit created them (current ReplicaSet's pods first).
    const byKey = {};
    const seen = {};
    for (const p of pods.items) {
      const own = p.metadata.ownerReferences[0];
      if (own.kind === 'StatefulSet') p.metadata.generateName = `${own.name}-`;
      const wl = mod.system.workloads.find((w) => p.metadata.name.startsWith(`${w.name}-`) && (own.kind === 'StatefulSet' ? own.name === w.name : own.name.slice(w.name.length + 1).length === 10 && own.name.startsWith(`${w.name}-`)));
      if (!wl) continue;
      const i = (seen[wl.name] = (seen[wl.name] ?? -1) + 1);
      byKey[`${wl.name}#${i}`] = p;
    }
    for (const [key, ann] of Object.entries(mod.podAnnotations?.[s.folder] ?? {})) {
      const p = byKey[key];
      if (!p) throw new Error(`${s.folder}: no pod ${key}`);
      p.metadata.annotations = { ...(p.metadata.annotations ?? {}), ...ann };
    }
    writeJ(podsF, pods);
    const evF = join(dir, 'events.json');
    const evs = readJ(evF);
    for (const e of evs.items) {
      e.message = e.message.replace(/%PODNAME:([a-z0-9-]+#\d+)%/g, (_, k) => {
        if (!byKey[k]) throw new Error(`${s.folder}: no pod ${k}`);
        return byKey[k].metadata.name;
      });
    }
    writeJ(evF, evs);
  }
}
