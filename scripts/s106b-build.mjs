// Builds blind held-out batch s106b (scripts/s106b-heldout/*.mjs) into test/scenarios/<system>/s106b-*/ (split test),
// then gives StatefulSet pods the generateName the StatefulSet controller writes (<sts>-), and makes Robot Shop's dispatch Service headless, which the kit cannot express.
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s106b-heldout', { split: 'test' });

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
for (const sys of readdirSync(ROOT)) {
  const sysDir = join(ROOT, sys);
  if (!existsSync(join(sysDir, 'topology.yaml'))) continue;
  for (const f of readdirSync(sysDir).filter((n) => n.startsWith('s106b-'))) {
    const p = join(sysDir, f, 'cluster', 'pods.json');
    if (!existsSync(p)) continue;
    const list = JSON.parse(readFileSync(p, 'utf8'));
    for (const pod of list.items) {
      const own = pod.metadata.ownerReferences?.[0];
      if (own?.kind === 'StatefulSet') pod.metadata.generateName = `${own.name}-`;
    }
    writeFileSync(p, JSON.stringify(list, null, 2) + '\n');
    // Robot Shop's dispatch Service is headless upstream (clusterIP: None).
    const sp = join(sysDir, f, 'cluster', 'services.json');
    if (sys === 'robot-shop' && existsSync(sp)) {
      const svcs = JSON.parse(readFileSync(sp, 'utf8'));
      for (const s of svcs.items) if (s.metadata.name === 'dispatch') { s.spec.clusterIP = 'None'; s.spec.clusterIPs = ['None']; }
      writeFileSync(sp, JSON.stringify(svcs, null, 2) + '\n');
    }
  }
}
