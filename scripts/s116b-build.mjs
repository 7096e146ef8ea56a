// Builds the blind held-out batch s116b (scripts/s116b-heldout/*.mjs) into test/scenarios/<system>/s116b-*/ with split test,
// then gives StatefulSet pods the generateName the StatefulSet controller writes and makes Robot Shop's dispatch Service headless.
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s116b-heldout', { split: 'test' });

const root = new URL('../test/scenarios/', import.meta.url).pathname;
for (const sys of readdirSync(root)) {
  const d = join(root, sys);
  if (!existsSync(d) || sys.endsWith('.yaml')) continue;
  for (const f of readdirSync(d).filter((x) => x.startsWith('s116b-'))) {
    const p = join(d, f, 'cluster', 'pods.json');
    if (!existsSync(p)) continue;
    const pods = JSON.parse(readFileSync(p, 'utf8'));
    for (const pod of pods.items) {
      const own = pod.metadata.ownerReferences?.[0];
      if (own?.kind === 'StatefulSet') pod.metadata.generateName = `${own.name}-`;
    }
    writeFileSync(p, JSON.stringify(pods, null, 2) + '\n');
    // Robot Shop's dispatch Service is headless upstream (clusterIP: None).
    const sp = join(d, f, 'cluster', 'services.json');
    if (sys === 'robot-shop' && existsSync(sp)) {
      const svcs = JSON.parse(readFileSync(sp, 'utf8'));
      for (const s of svcs.items) if (s.metadata.name === 'dispatch') { s.spec.clusterIP = 'None'; s.spec.clusterIPs = ['None']; }
      writeFileSync(sp, JSON.stringify(svcs, null, 2) + '\n');
    }
  }
}
