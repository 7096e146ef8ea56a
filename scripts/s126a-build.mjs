// Builds the held-out batch s126a (scripts/s126a-heldout/*.mjs) and post-processes what the kit cannot express.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', 'test', 'scenarios');
const lines = [];
const orig = console.log;
console.log = (x) => { lines.push(x); orig(x); };
await buildBatch('s126a-heldout', { split: 'test' });
console.log = orig;

const rd = (f) => JSON.parse(readFileSync(f, 'utf8'));
const wr = (f, b) => writeFileSync(f, JSON.stringify(b, null, 2) + '\n');
for (const dir of lines) {
  const c = join(dir, 'cluster');
  // StatefulSet pods: generateName is "<sts>-".
  const sts = existsSync(join(c, 'statefulsets.json')) ? rd(join(c, 'statefulsets.json')).items.map((s) => s.metadata.name) : [];
  const pods = rd(join(c, 'pods.json'));
  for (const p of pods.items) {
    const own = p.metadata.ownerReferences?.[0];
    if (own?.kind === 'StatefulSet' && sts.includes(own.name)) {
      p.metadata.generateName = `${own.name}-`;
      delete p.metadata.labels['pod-template-hash'];
    }
  }
  wr(join(c, 'pods.json'), pods);
  // Robot Shop: the dispatch Service is headless.
  if (dir.includes(`${'robot-shop'}`)) {
    const svcs = rd(join(c, 'services.json'));
    for (const s of svcs.items) if (s.metadata.name === 'dispatch') { s.spec.clusterIP = 'None'; s.spec.clusterIPs = ['None']; }
    wr(join(c, 'services.json'), svcs);
  }
}
void ROOT;
