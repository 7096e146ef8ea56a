// Builds the s14 held-out batch (split: test) from scripts/s14-heldout/*.mjs with the scenario kit, then writes what
// the kit cannot express: StatefulSet pods' generateName, robot-shop's headless dispatch Service, a replaced Node's age.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildBatch } from './s2-scenario-kit.mjs';
import { clock } from './s2-scenario-kit.mjs';
import { nodeAges } from './s14-heldout/robot-shop.mjs';

await buildBatch('s14-heldout', { split: 'test' });

const ROOT = new URL('../test/scenarios/', import.meta.url).pathname;
const rewrite = (file, fn) => {
  const body = JSON.parse(readFileSync(file, 'utf8'));
  fn(body);
  writeFileSync(file, JSON.stringify(body, null, 2) + '\n');
};
for (const system of ['bank-of-anthos', 'robot-shop', 'teastore', 'otel-demo']) {
  for (const folder of readdirSync(join(ROOT, system)).filter((f) => f.startsWith('s14-'))) {
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
    // A Node that replaced another during the incident is young: its creationTimestamp is set from the spec.
    const ages = nodeAges[`${system}/${folder}`];
    if (ages) {
      const incidentTime = /incidentTime: "([^"]+)"/.exec(
        readFileSync(join(ROOT, system, folder, 'scenario.yaml'), 'utf8'),
      )[1];
      const T = clock(incidentTime);
      rewrite(join(cluster, 'nodes.json'), (l) => {
        for (const n of l.items)
          if (ages[n.metadata.name] !== undefined)
            n.metadata.creationTimestamp = T.iso(ages[n.metadata.name]);
      });
    }
  }
}
