// Builds the blind dev batch s127a (scripts/s127a-blind-dev/*.mjs) with the scenario kit, then post-processes what the
// kit cannot express: StatefulSet pods' generateName and labels, Robot Shop's headless dispatch Service.
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s127a-blind-dev', { split: 'dev' });

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
for (const sys of readdirSync(ROOT)) {
  const sdir = join(ROOT, sys);
  if (!existsSync(join(sdir, 'topology.yaml'))) continue;
  for (const f of readdirSync(sdir).filter((n) => n.startsWith('s127a-'))) {
    const c = join(sdir, f, 'cluster');
    const podsF = join(c, 'pods.json');
    const pods = JSON.parse(readFileSync(podsF, 'utf8'));
    for (const p of pods.items) {
      const o = p.metadata.ownerReferences?.[0];
      if (o?.kind === 'StatefulSet') {
        p.metadata.generateName = `${o.name}-`;
        delete p.metadata.labels['pod-template-hash'];
      }
    }
    writeFileSync(podsF, JSON.stringify(pods, null, 2) + '\n');
    if (sys === 'robot-shop') {
      const svcF = join(c, 'services.json');
      const svcs = JSON.parse(readFileSync(svcF, 'utf8'));
      for (const s of svcs.items) if (s.metadata.name === 'dispatch') { s.spec.clusterIP = 'None'; s.spec.clusterIPs = ['None']; }
      writeFileSync(svcF, JSON.stringify(svcs, null, 2) + '\n');
    }
  }
}
