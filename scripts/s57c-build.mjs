// Builds blind dev batch s57c (scripts/s57c-blind-dev/*.mjs) with the scenario kit, then writes what the kit cannot express:
// StatefulSet pods' generateName, the kubectl-edit managedFields of an edited ConfigMap, Recreate for kompose's mongodb Deployments.
import { readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';
import { configMapEdits } from './s57c-blind-dev/bank-of-anthos.mjs';

await buildBatch('s57c-blind-dev', { split: 'dev' });

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
const edit = (file, fn) => {
  if (!existsSync(file)) return;
  const list = JSON.parse(readFileSync(file, 'utf8'));
  fn(list);
  writeFileSync(file, JSON.stringify(list, null, 2) + '\n');
};

for (const system of readdirSync(ROOT)) {
  const sysDir = join(ROOT, system);
  if (!existsSync(join(sysDir, 'topology.yaml'))) continue;
  for (const folder of readdirSync(sysDir).filter((f) => f.startsWith('s57c-'))) {
    const dir = join(sysDir, folder, 'cluster');
    // A StatefulSet's pods are generated as <sts>-<ordinal>: generateName is "<sts>-".
    edit(join(dir, 'pods.json'), (l) => {
      for (const p of l.items) {
        const o = p.metadata.ownerReferences?.[0];
        if (o?.kind === 'StatefulSet') p.metadata.generateName = `${o.name}-`;
      }
    });
    // A pod address never equals a node's InternalIP (the kit draws pod IPs without looking at node addresses).
    const nodeIps = new Set(JSON.parse(readFileSync(join(dir, 'nodes.json'), 'utf8')).items.flatMap((n) => n.status.addresses.filter((a) => a.type === 'InternalIP').map((a) => a.address)));
    const moved = {};
    edit(join(dir, 'pods.json'), (l) => {
      const used = new Set(l.items.map((p) => p.status.podIP).filter(Boolean));
      for (const p of l.items) {
        const ip = p.status.podIP;
        if (!ip || !nodeIps.has(ip)) continue;
        const [a, b, c, d] = ip.split('.').map(Number);
        let k = d;
        do k = k >= 209 ? 10 : k + 1; while (used.has(`${a}.${b}.${c}.${k}`) || nodeIps.has(`${a}.${b}.${c}.${k}`));
        const next = `${a}.${b}.${c}.${k}`;
        used.add(next);
        moved[ip] = next;
        p.status.podIP = next;
        p.status.podIPs = [{ ip: next }];
      }
    });
    if (Object.keys(moved).length)
      edit(join(dir, 'endpoints.json'), (l) => {
        for (const e of l.items)
          for (const s of e.subsets ?? [])
            for (const a of [...(s.addresses ?? []), ...(s.notReadyAddresses ?? [])]) if (moved[a.ip]) a.ip = moved[a.ip];
      });
    // kompose writes strategy Recreate for the mongodb Deployments (they mount a ReadWriteOnce claim).
    if (system === 'hotel-reservation')
      edit(join(dir, 'deployments.json'), (l) => {
        for (const d of l.items) if (d.metadata.name.startsWith('mongodb-')) d.spec.strategy = { type: 'Recreate' };
      });
    const cmEdit = configMapEdits[folder];
    if (cmEdit)
      edit(join(dir, 'configmaps.json'), (l) => {
        const cm = l.items.find((c) => c.metadata.name === cmEdit.name);
        const keys = Object.keys(cm.data);
        cm.metadata.managedFields = [
          { manager: 'kubectl-client-side-apply', operation: 'Update', apiVersion: 'v1', time: cm.metadata.creationTimestamp, fieldsType: 'FieldsV1', fieldsV1: { 'f:data': Object.fromEntries(keys.map((k) => [`f:${k}`, {}])) } },
          { manager: 'kubectl-edit', operation: 'Update', apiVersion: 'v1', time: cmEdit.time, fieldsType: 'FieldsV1', fieldsV1: { 'f:data': Object.fromEntries(keys.filter((k) => k.endsWith('_API_ADDR')).map((k) => [`f:${k}`, {}])) } },
        ];
        cm.metadata.resourceVersion = '9148812';
      });
  }
}
