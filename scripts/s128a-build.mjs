// Builds batch s128a (held out) from scripts/s128a-heldout/*.mjs, then post-processes what the kit cannot express.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s128a-heldout', { split: 'test' });

const ROOT = new URL('../test/scenarios/', import.meta.url).pathname;
const edit = (rel, fn) => { const p = join(ROOT, rel); if (!existsSync(p)) return; const j = JSON.parse(readFileSync(p, 'utf8')); fn(j); writeFileSync(p, JSON.stringify(j, null, 2) + '\n'); };

// Pods on a node the node controller marked NotReady: only the pod Ready condition flips (no reason/message),
// ContainersReady and the container statuses stay as the kubelet last reported them.
edit('teastore/s128a-tea-worker-down/cluster/pods.json', (list) => {
  for (const p of list.items) {
    if (p.spec.nodeName !== 'tea-worker-2') continue;
    for (const c of p.status.conditions ?? []) {
      if (c.type === 'Ready') { delete c.reason; delete c.message; }
      if (c.type === 'ContainersReady') { c.status = 'True'; delete c.reason; delete c.message; c.lastTransitionTime = p.status.startTime; }
    }
  }
});
