// Builds the s13 blind dev scenarios (Bookinfo, Robot Shop, OpenTelemetry demo, TeaStore) from scripts/s13-blind-dev/*.mjs
// into test/scenarios/<system>/s13-*/ with the scenario kit, then patches what the kit cannot express; deterministic.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';
import { headless } from './kit-systems/robot-shop.mjs';

await buildBatch('s13-blind-dev', { split: 'dev' });

// Robot Shop: the dispatch Service is headless upstream (clusterIP: None) and redis-0 is a StatefulSet pod
// (generateName "redis-"); the kit writes a ClusterIP and a ReplicaSet-style generateName.
const RS = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios', 'robot-shop');
const edit = (file, fn) => {
  const body = JSON.parse(readFileSync(file, 'utf8'));
  fn(body);
  writeFileSync(file, JSON.stringify(body, null, 2) + '\n');
};
for (const folder of readdirSync(RS)
  .filter((f) => f.startsWith('s13-'))
  .sort()) {
  const cluster = join(RS, folder, 'cluster');
  edit(join(cluster, 'services.json'), (l) => {
    for (const s of l.items.filter((x) => headless.includes(x.metadata.name))) {
      s.spec.clusterIP = 'None';
      s.spec.clusterIPs = ['None'];
    }
  });
  edit(join(cluster, 'pods.json'), (l) => {
    for (const p of l.items.filter((x) => x.metadata.ownerReferences?.[0]?.kind === 'StatefulSet'))
      p.metadata.generateName = `${p.metadata.ownerReferences[0].name}-`;
  });
}
