// Builds blind held-out batch s90a (scripts/s90a-heldout/*.mjs) into test/scenarios/<system>/s90a-*/ with the kit,
// then writes what the kit cannot express: StatefulSet pods' generateName and Robot Shop's headless dispatch Service.
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s90a-heldout', { split: 'test' });

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
for (const sys of readdirSync(ROOT)) {
  const d = join(ROOT, sys);
  if (!existsSync(join(d, 'topology.yaml'))) continue;
  for (const f of readdirSync(d).filter((n) => n.startsWith('s90a-'))) {
    const c = join(d, f, 'cluster');
    const podsF = join(c, 'pods.json');
    const pods = JSON.parse(readFileSync(podsF, 'utf8'));
    for (const p of pods.items)
      if (p.metadata.ownerReferences?.[0]?.kind === 'StatefulSet') p.metadata.generateName = `${p.metadata.ownerReferences[0].name}-`;
    writeFileSync(podsF, JSON.stringify(pods, null, 2) + '\n');
    if (sys === 'robot-shop') {
      const svcF = join(c, 'services.json');
      const svcs = JSON.parse(readFileSync(svcF, 'utf8'));
      for (const s of svcs.items) if (s.metadata.name === 'dispatch') { s.spec.clusterIP = 'None'; s.spec.clusterIPs = ['None']; }
      writeFileSync(svcF, JSON.stringify(svcs, null, 2) + '\n');
    }
  }
}
