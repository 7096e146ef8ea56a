// Builds the s10 blind dev scenarios (scripts/s10-blind-dev/*.mjs) into test/scenarios/<system>/s10-*/ with the kit,
// then fixes what the kit cannot express: StatefulSet pods' generateName and robot-shop's headless dispatch Service.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s10-blind-dev', { split: 'dev' });

const ROOT = new URL('../test/scenarios/', import.meta.url).pathname;
const rewrite = (file, fn) => {
  const body = JSON.parse(readFileSync(file, 'utf8'));
  fn(body);
  writeFileSync(file, JSON.stringify(body, null, 2) + '\n');
};
for (const system of ['bank-of-anthos', 'robot-shop']) {
  for (const folder of readdirSync(join(ROOT, system)).filter((f) => f.startsWith('s10-'))) {
    const cluster = join(ROOT, system, folder, 'cluster');
    rewrite(join(cluster, 'pods.json'), (l) => {
      for (const p of l.items) {
        const owner = p.metadata.ownerReferences?.[0];
        if (owner?.kind === 'StatefulSet') p.metadata.generateName = `${owner.name}-`;
      }
    });
    if (system === 'robot-shop')
      rewrite(join(cluster, 'services.json'), (l) => {
        for (const s of l.items)
          if (s.metadata.name === 'dispatch') {
            s.spec.clusterIP = 'None';
            s.spec.clusterIPs = ['None'];
          }
      });
  }
}
