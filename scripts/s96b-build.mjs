// Builds the blind held-out batch s96b (scripts/s96b-heldout/*.mjs, split test) into test/scenarios/<system>/s96b-*/,
// then fixes what the kit cannot express: StatefulSet pods' generateName and robot-shop's headless dispatch Service.
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s96b-heldout', { split: 'test' });

const ROOT = new URL('../test/scenarios/', import.meta.url).pathname;
for (const sys of readdirSync(ROOT, { withFileTypes: true }).filter((d) => d.isDirectory())) {
  for (const f of readdirSync(join(ROOT, sys.name)).filter((n) => n.startsWith('s96b-'))) {
    const dir = join(ROOT, sys.name, f, 'cluster');
    const podsFile = join(dir, 'pods.json');
    if (!existsSync(podsFile)) continue;
    const pods = JSON.parse(readFileSync(podsFile, 'utf8'));
    let changed = false;
    for (const p of pods.items) {
      const own = p.metadata.ownerReferences?.[0];
      if (own?.kind === 'StatefulSet') {
        p.metadata.generateName = `${own.name}-`;
        changed = true;
      }
    }
    if (changed) writeFileSync(podsFile, JSON.stringify(pods, null, 2) + '\n');
    if (sys.name === 'robot-shop') {
      const svcFile = join(dir, 'services.json');
      const svcs = JSON.parse(readFileSync(svcFile, 'utf8'));
      for (const s of svcs.items)
        if (s.metadata.name === 'dispatch') {
          s.spec.clusterIP = 'None';
          s.spec.clusterIPs = ['None'];
        }
      writeFileSync(svcFile, JSON.stringify(svcs, null, 2) + '\n');
    }
  }
}
