// Builds the blind dev batch s133b (scripts/s133b-blind-dev/*.mjs) and post-processes what the kit cannot express.
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s133b-blind-dev', { split: 'dev' });

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
const STS = { 'bank-of-anthos': ['accounts-db', 'ledger-db'], 'robot-shop': ['redis'] };
for (const system of readdirSync(ROOT)) {
  const sdir = join(ROOT, system);
  if (!existsSync(join(sdir, 'topology.yaml'))) continue;
  for (const f of readdirSync(sdir).filter((n) => n.startsWith('s133b-'))) {
    const c = join(sdir, f, 'cluster');
    const rd = (n) => JSON.parse(readFileSync(join(c, n), 'utf8'));
    const wr = (n, b) => writeFileSync(join(c, n), JSON.stringify(b, null, 2) + '\n');
    const pods = rd('pods.json');
    for (const p of pods.items) {
      const own = p.metadata.ownerReferences?.[0];
      if (own?.kind === 'StatefulSet') p.metadata.generateName = `${own.name}-`;
    }
    wr('pods.json', pods);
    if (system === 'robot-shop') {
      const svcs = rd('services.json');
      for (const s of svcs.items) if (s.metadata.name === 'dispatch') { s.spec.clusterIP = 'None'; s.spec.clusterIPs = ['None']; }
      for (const s of svcs.items) if (s.metadata.name === 'payment') s.spec.selector = { service: 'payment' };
      wr('services.json', svcs);
    }
  }
}
