// Builds the blind held-out batch s114a (scripts/s114a-heldout/*.mjs) into test/scenarios/<system>/s114a-*/ (split test),
// then sets StatefulSet-owned pods' generateName to "<statefulset>-" as the StatefulSet controller does.
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s114a-heldout', { split: 'test' });

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
for (const sys of readdirSync(ROOT, { withFileTypes: true }).filter((d) => d.isDirectory())) {
  for (const f of readdirSync(join(ROOT, sys.name)).filter((n) => n.startsWith('s114a-'))) {
    const p = join(ROOT, sys.name, f, 'cluster', 'pods.json');
    if (!existsSync(p)) continue;
    const list = JSON.parse(readFileSync(p, 'utf8'));
    let changed = false;
    for (const pod of list.items) {
      if (pod.metadata.ownerReferences?.[0]?.kind === 'StatefulSet') {
        pod.metadata.generateName = `${pod.metadata.ownerReferences[0].name}-`;
        delete pod.metadata.labels['pod-template-hash'];
        changed = true;
      }
    }
    if (changed) writeFileSync(p, JSON.stringify(list, null, 2) + '\n');
  }
}

// Robot Shop's dispatch Service is headless upstream (clusterIP: None).
for (const f of readdirSync(join(ROOT, 'robot-shop')).filter((n) => n.startsWith('s114a-'))) {
  const p = join(ROOT, 'robot-shop', f, 'cluster', 'services.json');
  const list = JSON.parse(readFileSync(p, 'utf8'));
  for (const s of list.items) if (s.metadata.name === 'dispatch') { s.spec.clusterIP = 'None'; s.spec.clusterIPs = ['None']; }
  writeFileSync(p, JSON.stringify(list, null, 2) + '\n');
}
