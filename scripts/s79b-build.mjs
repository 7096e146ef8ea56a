// Builds blind dev batch s79b (scripts/s79b-blind-dev/*.mjs) into test/scenarios/<system>/s79b-*/ with the scenario kit,
// then fixes what the kit cannot express: StatefulSet pods' generateName/pod-index label, robot-shop's headless dispatch Service.
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s79b-blind-dev', { split: 'dev' });

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
for (const sys of readdirSync(ROOT)) {
  const sysDir = join(ROOT, sys);
  if (!existsSync(join(sysDir, 'topology.yaml'))) continue;
  for (const folder of readdirSync(sysDir).filter((f) => f.startsWith('s79b-'))) {
    const cluster = join(sysDir, folder, 'cluster');
    const podsFile = join(cluster, 'pods.json');
    const pods = JSON.parse(readFileSync(podsFile, 'utf8'));
    for (const p of pods.items) {
      const own = p.metadata.ownerReferences?.[0];
      if (own?.kind === 'StatefulSet') {
        p.metadata.generateName = `${own.name}-`;
        const ord = p.metadata.name.slice(own.name.length + 1);
        p.metadata.labels['apps.kubernetes.io/pod-index'] = ord;
      }
    }
    writeFileSync(podsFile, JSON.stringify(pods, null, 2) + '\n');
    if (sys === 'robot-shop') {
      const svcFile = join(cluster, 'services.json');
      const svcs = JSON.parse(readFileSync(svcFile, 'utf8'));
      for (const s of svcs.items) if (s.metadata.name === 'dispatch') { s.spec.clusterIP = 'None'; s.spec.clusterIPs = ['None']; }
      writeFileSync(svcFile, JSON.stringify(svcs, null, 2) + '\n');
    }
  }
}
