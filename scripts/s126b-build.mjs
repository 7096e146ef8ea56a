// Builds the blind held-out batch s126b (scripts/s126b-heldout/*.mjs) with the scenario kit, then post-processes
// what the kit cannot express: Robot Shop's headless dispatch Service and StatefulSet pods' generateName.
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', 'test', 'scenarios');
await buildBatch('s126b-heldout', { split: 'test' });

const STS = { 'robot-shop': ['redis'], 'bank-of-anthos': ['accounts-db', 'ledger-db'] };
for (const sys of Object.keys(STS).concat(['teastore', 'online-boutique', 'sock-shop'])) {
  const d = join(ROOT, sys);
  if (!existsSync(d)) continue;
  for (const f of readdirSync(d).filter((n) => n.startsWith('s126b-'))) {
    const cl = join(d, f, 'cluster');
    const pj = join(cl, 'pods.json');
    const pods = JSON.parse(readFileSync(pj, 'utf8'));
    for (const p of pods.items) {
      const s = (STS[sys] ?? []).find((n) => p.metadata.name.startsWith(`${n}-`) && p.metadata.ownerReferences?.[0]?.kind === 'StatefulSet');
      if (s) p.metadata.generateName = `${s}-`;
    }
    writeFileSync(pj, JSON.stringify(pods, null, 2) + '\n');
    if (sys === 'robot-shop') {
      const sj = join(cl, 'services.json');
      const svcs = JSON.parse(readFileSync(sj, 'utf8'));
      for (const s of svcs.items) if (s.metadata.name === 'dispatch') { s.spec.clusterIP = 'None'; s.spec.clusterIPs = ['None']; }
      writeFileSync(sj, JSON.stringify(svcs, null, 2) + '\n');
    }
  }
}
