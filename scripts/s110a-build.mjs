// Builds blind held-out batch s110a (scripts/s110a-heldout/*.mjs) into test/scenarios/<system>/s110a-*/, split test,
// then fixes what the kit cannot express: StatefulSet pods' generateName and Robot Shop's headless dispatch Service.
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s110a-heldout', { split: 'test' });

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
for (const sys of readdirSync(ROOT)) {
  const sysDir = join(ROOT, sys);
  if (!existsSync(join(sysDir, 'topology.yaml'))) continue;
  for (const f of readdirSync(sysDir).filter((n) => n.startsWith('s110a-'))) {
    const file = (n) => join(sysDir, f, 'cluster', n);
    const pods = JSON.parse(readFileSync(file('pods.json'), 'utf8'));
    for (const p of pods.items) {
      const o = p.metadata.ownerReferences?.[0];
      if (o?.kind === 'StatefulSet') {
        p.metadata.generateName = `${o.name}-`;
        delete p.metadata.labels['pod-template-hash'];
      }
    }
    writeFileSync(file('pods.json'), JSON.stringify(pods, null, 2) + '\n');
    if (sys === 'robot-shop') {
      const svcs = JSON.parse(readFileSync(file('services.json'), 'utf8'));
      for (const s of svcs.items) if (s.metadata.name === 'dispatch') { s.spec.clusterIP = 'None'; s.spec.clusterIPs = ['None']; }
      writeFileSync(file('services.json'), JSON.stringify(svcs, null, 2) + '\n');
    }
  }
}
