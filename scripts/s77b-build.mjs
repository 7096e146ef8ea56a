// Builds blind dev batch s77b (scripts/s77b-blind-dev/*.mjs) into test/scenarios/<system>/s77b-*/ with the scenario kit,
// then writes what the kit cannot express: StatefulSet pods' generateName and robot-shop's headless dispatch Service.
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s77b-blind-dev', { split: 'dev' });

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
const read = (f) => JSON.parse(readFileSync(f, 'utf8'));
const write = (f, body) => writeFileSync(f, JSON.stringify(body, null, 2) + '\n');
for (const system of readdirSync(ROOT)) {
  const sysDir = join(ROOT, system);
  if (!existsSync(join(sysDir, 'topology.yaml'))) continue;
  for (const folder of readdirSync(sysDir).filter((d) => d.startsWith('s77b-'))) {
    const cl = join(sysDir, folder, 'cluster');
    // StatefulSet pods: generateName is "<sts>-", no pod-template-hash.
    const pods = read(join(cl, 'pods.json'));
    for (const p of pods.items) {
      const ref = p.metadata.ownerReferences?.[0];
      if (ref?.kind === 'StatefulSet') {
        p.metadata.generateName = `${ref.name}-`;
        delete p.metadata.labels['pod-template-hash'];
      }
    }
    write(join(cl, 'pods.json'), pods);
    if (system === 'robot-shop') {
      // dispatch's upstream Service is headless (clusterIP: None).
      const svcs = read(join(cl, 'services.json'));
      for (const s of svcs.items) if (s.metadata.name === 'dispatch') { s.spec.clusterIP = 'None'; s.spec.clusterIPs = ['None']; }
      write(join(cl, 'services.json'), svcs);
    }
  }
}
