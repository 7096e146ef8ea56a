// Builds the blind held-out batch s102a (scripts/s102a-heldout/*.mjs) with the scenario kit, then writes what the kit
// cannot express: the StatefulSet pod's generateName (Robot Shop redis-0) and TeaStore's imagePullSecrets.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildBatch } from './s2-scenario-kit.mjs';
import { pullSecret } from './s102a-heldout/teastore.mjs';

await buildBatch('s102a-heldout', { split: 'test' });

const ROOT = new URL('../test/scenarios/', import.meta.url).pathname;
const edit = (dir, file, fn) => {
  const p = join(ROOT, dir, 'cluster', file);
  const body = JSON.parse(readFileSync(p, 'utf8'));
  fn(body);
  writeFileSync(p, JSON.stringify(body, null, 2) + '\n');
};

edit('robot-shop/s102a-web-worker-connections', 'pods.json', (l) => {
  for (const p of l.items) if (p.metadata.ownerReferences?.[0]?.kind === 'StatefulSet') p.metadata.generateName = `${p.metadata.ownerReferences[0].name}-`;
});
const secrets = (spec) => { spec.imagePullSecrets = [{ name: pullSecret }]; };
const tea = 'teastore/s102a-auth-mirror-401';
edit(tea, 'pods.json', (l) => l.items.forEach((p) => secrets(p.spec)));
edit(tea, 'replicasets.json', (l) => l.items.forEach((r) => secrets(r.spec.template.spec)));
edit(tea, 'deployments.json', (l) => l.items.forEach((d) => secrets(d.spec.template.spec)));
