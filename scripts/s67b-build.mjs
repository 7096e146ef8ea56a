// Builds blind dev batch s67b (scripts/s67b-blind-dev/*.mjs) into test/scenarios/<system>/s67b-*/ with the scenario kit,
// then writes what the kit cannot express: Robot Shop's headless dispatch Service and StatefulSet pods' generateName.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s67b-blind-dev', { split: 'dev' });

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
const edit = (file, fn) => {
  if (!existsSync(file)) return;
  const body = JSON.parse(readFileSync(file, 'utf8'));
  fn(body);
  writeFileSync(file, JSON.stringify(body, null, 2) + '\n');
};
const rs = join(ROOT, 'robot-shop', 's67b-catalogue-event-loop-blocked', 'cluster');
// StatefulSet pods are generated as <sts>-<ordinal> with generateName "<sts>-".
edit(join(rs, 'pods.json'), (l) => {
  for (const p of l.items) if (p.metadata.ownerReferences?.[0]?.kind === 'StatefulSet') p.metadata.generateName = `${p.metadata.ownerReferences[0].name}-`;
});
// Upstream dispatch Service is headless (clusterIP: None).
edit(join(rs, 'services.json'), (l) => {
  for (const s of l.items) if (s.metadata.name === 'dispatch') { s.spec.clusterIP = 'None'; s.spec.clusterIPs = ['None']; }
});
