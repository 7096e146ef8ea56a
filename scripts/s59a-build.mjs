// Builds blind dev batch s59a (scripts/s59a-blind-dev/*.mjs) into test/scenarios/<system>/s59a-*/ with the scenario kit,
// then writes what the kit cannot express: StatefulSet pods' generateName and the Recreate strategy of kompose's mongodb Deployments.
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s59a-blind-dev', { split: 'dev' });

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
const edit = (file, fn) => {
  if (!existsSync(file)) return;
  const body = JSON.parse(readFileSync(file, 'utf8'));
  fn(body);
  writeFileSync(file, JSON.stringify(body, null, 2) + '\n');
};
for (const sys of readdirSync(ROOT, { withFileTypes: true }).filter((d) => d.isDirectory())) {
  for (const sc of readdirSync(join(ROOT, sys.name), { withFileTypes: true }).filter((d) => d.isDirectory() && d.name.startsWith('s59a-'))) {
    const cluster = join(ROOT, sys.name, sc.name, 'cluster');
    // A StatefulSet pod is named <sts>-<ordinal> and its generateName is "<sts>-" (the kit writes the ReplicaSet form).
    edit(join(cluster, 'pods.json'), (list) => {
      for (const p of list.items) {
        const owner = p.metadata.ownerReferences?.[0];
        if (owner?.kind === 'StatefulSet') p.metadata.generateName = `${owner.name}-`;
      }
    });
    // kompose writes `strategy: type: Recreate` for the hotelReservation mongodb Deployments (they mount a PVC).
    if (sys.name === 'hotel-reservation')
      edit(join(cluster, 'deployments.json'), (list) => {
        for (const d of list.items) if (d.metadata.name.startsWith('mongodb-')) d.spec.strategy = { type: 'Recreate' };
      });
  }
}
