// Builds the blind held-out batch s76a (scripts/s76a-heldout/*.mjs, split test) with the scenario kit, then writes
// what the kit cannot express: StatefulSet pods' generateName, the headless Robot Shop dispatch Service, and the
// not-ready address of a Pending pod that already has an IP (the Endpoints controller lists it; the kit only lists Running pods).
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s76a-heldout', { split: 'test' });

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
const readJ = (f) => JSON.parse(readFileSync(f, 'utf8'));
const writeJ = (f, v) => writeFileSync(f, JSON.stringify(v, null, 2) + '\n');

for (const system of readdirSync(ROOT)) {
  const sysDir = join(ROOT, system);
  if (!existsSync(join(sysDir, 'topology.yaml'))) continue;
  for (const folder of readdirSync(sysDir).filter((f) => f.startsWith('s76a-'))) {
    const cluster = join(sysDir, folder, 'cluster');
    const podsF = join(cluster, 'pods.json');
    const pods = readJ(podsF);
    for (const p of pods.items) {
      const own = p.metadata.ownerReferences?.[0];
      if (own?.kind === 'StatefulSet') p.metadata.generateName = `${own.name}-`;
    }
    writeJ(podsF, pods);

    const svcF = join(cluster, 'services.json');
    if (system === 'robot-shop') {
      const svcs = readJ(svcF);
      for (const s of svcs.items)
        if (s.metadata.name === 'dispatch') Object.assign(s.spec, { clusterIP: 'None', clusterIPs: ['None'] });
      writeJ(svcF, svcs);
    }

    // Pending pods with an IP (a container waiting, the sidecar running) are notReadyAddresses of their Services.
    const svcs = readJ(svcF);
    const epF = join(cluster, 'endpoints.json');
    const eps = readJ(epF);
    for (const p of pods.items.filter((x) => x.status.phase === 'Pending' && x.status.podIP)) {
      for (const s of svcs.items) {
        const sel = s.spec.selector ?? {};
        if (!Object.keys(sel).length || !Object.entries(sel).every(([k, v]) => p.metadata.labels[k] === v)) continue;
        const ep = eps.items.find((e) => e.metadata.name === s.metadata.name);
        const addr = { ip: p.status.podIP, nodeName: p.spec.nodeName, targetRef: { kind: 'Pod', namespace: p.metadata.namespace, name: p.metadata.name, uid: p.metadata.uid } };
        const ports = s.spec.ports.map((sp) => ({ ...(sp.name ? { name: sp.name } : {}), port: typeof sp.targetPort === 'number' ? sp.targetPort : sp.port, protocol: 'TCP' }));
        if (!ep.subsets) ep.subsets = [{ notReadyAddresses: [addr], ports }];
        else ep.subsets[0].notReadyAddresses = [...(ep.subsets[0].notReadyAddresses ?? []), addr];
      }
    }
    writeJ(epF, eps);
  }
}
