// Builds the blind held-out batch s90b (scripts/s90b-heldout/*.mjs) into test/scenarios/<system>/s90b-*/ with split test.
// Post-processing: StatefulSet pods get generateName `<statefulset>-`; Robot Shop dispatch Service headless (clusterIP None).
import { buildBatch } from './s2-scenario-kit.mjs';
await buildBatch('s90b-heldout', { split: 'test' });

// StatefulSet pods: the kit writes generateName from the ReplicaSet-style name; the API sets `<statefulset>-`.
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
for (const sys of readdirSync(ROOT, { withFileTypes: true }).filter((d) => d.isDirectory())) {
  for (const f of readdirSync(join(ROOT, sys.name)).filter((n) => n.startsWith('s90b-'))) {
    const p = join(ROOT, sys.name, f, 'cluster', 'pods.json');
    if (!existsSync(p)) continue;
    const list = JSON.parse(readFileSync(p, 'utf8'));
    for (const pod of list.items) {
      const own = pod.metadata.ownerReferences?.[0];
      if (own?.kind === 'StatefulSet') pod.metadata.generateName = `${own.name}-`;
    }
    writeFileSync(p, JSON.stringify(list, null, 2) + '\n');
  }
}

// Robot Shop's dispatch Service is headless upstream (clusterIP: None).
import { headless } from './kit-systems/robot-shop.mjs';
for (const f of readdirSync(join(ROOT, 'robot-shop')).filter((n) => n.startsWith('s90b-'))) {
  const p = join(ROOT, 'robot-shop', f, 'cluster', 'services.json');
  const list = JSON.parse(readFileSync(p, 'utf8'));
  for (const svc of list.items) if (headless.includes(svc.metadata.name)) { svc.spec.clusterIP = 'None'; svc.spec.clusterIPs = ['None']; }
  writeFileSync(p, JSON.stringify(list, null, 2) + '\n');
}
