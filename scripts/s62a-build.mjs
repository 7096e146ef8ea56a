// Builds the blind held-out batch s62a (scripts/s62a-heldout/*.mjs, split test) with the scenario kit, then writes what the
// kit cannot express: pod names and node boot ids named in Events, and each scenario's own fix-ups (`post`).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s62a-heldout', { split: 'test' });

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', 'test', 'scenarios');
const specDir = join(HERE, 's62a-heldout');
const readJ = (dir, f) => JSON.parse(readFileSync(join(dir, 'cluster', f), 'utf8'));
const writeJ = (dir, f, body) => writeFileSync(join(dir, 'cluster', f), JSON.stringify(body, null, 2) + '\n');

/** The i-th pod of a workload as the snapshot lists it (ReplicaSet pods <wl>-<hash>-<x>, StatefulSet pods <wl>-<n>). */
function podOf(pods, key) {
  const [wl, i] = key.split('#');
  const re = new RegExp(`^${wl.replace(/[-]/g, '\\-')}-([a-z0-9]{10}-[a-z0-9]{5}|\\d+)$`);
  const found = pods.items.filter((p) => re.test(p.metadata.name));
  const p = found[Number(i)];
  if (!p) throw new Error(`no pod ${key}`);
  return p;
}

for (const f of readdirSync(specDir).filter((n) => n.endsWith('.mjs')).sort()) {
  const mod = await import(pathToFileURL(join(specDir, f)).href);
  for (const s of mod.scenarios) {
    const dir = join(ROOT, mod.system.id, s.folder);
    const pods = readJ(dir, 'pods.json');
    const nodes = readJ(dir, 'nodes.json');
    const events = readJ(dir, 'events.json');
    for (const e of events.items) {
      e.message = e.message
        .replace(/@@POD:([a-z0-9-]+#\d+)@@/g, (_, k) => podOf(pods, k).metadata.name)
        .replace(/@@BOOTID:([a-z0-9.-]+)@@/g, (_, n) => nodes.items.find((x) => x.metadata.name === n).status.nodeInfo.bootID);
    }
    writeJ(dir, 'events.json', events);
    if (s.post) s.post({ dir, readJ, writeJ, podOf });
  }
}
