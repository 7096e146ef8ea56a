// Builds the blind held-out batch s106a (scripts/s106a-heldout/*.mjs) into test/scenarios/<system>/s106a-*/ (split test),
// then post-processes what the kit cannot express: StatefulSet pod generateName, Robot Shop's headless Service, an RWX claim.
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildBatch } from './s2-scenario-kit.mjs';
import { headless } from './kit-systems/robot-shop.mjs';

await buildBatch('s106a-heldout', { split: 'test' });

const ROOT = join(import.meta.dirname, '..', 'test', 'scenarios');
const edit = (file, fn) => { if (!existsSync(file)) return; const j = JSON.parse(readFileSync(file, 'utf8')); fn(j); writeFileSync(file, JSON.stringify(j, null, 2) + '\n'); };
for (const sys of readdirSync(ROOT)) {
  if (!existsSync(join(ROOT, sys)) || sys.includes('.')) continue;
  for (const f of readdirSync(join(ROOT, sys)).filter((n) => n.startsWith('s106a-'))) {
    const dir = join(ROOT, sys, f, 'cluster');
    // StatefulSet pods are named <sts>-<ordinal> with generateName <sts>-.
    edit(join(dir, 'pods.json'), (j) => {
      for (const p of j.items) {
        const o = p.metadata.ownerReferences?.[0];
        if (o?.kind === 'StatefulSet') p.metadata.generateName = `${o.name}-`;
      }
    });
    // Robot Shop's dispatch Service is headless upstream (clusterIP: None).
    if (sys === 'robot-shop') edit(join(dir, 'services.json'), (j) => {
      for (const x of j.items) if (headless.includes(x.metadata.name)) { x.spec.clusterIP = 'None'; x.spec.clusterIPs = ['None']; }
    });
    // The teastore-db data claim is ReadWriteMany on NFS (grounding).
    edit(join(dir, 'persistentvolumeclaims.json'), (j) => {
      for (const c of j.items) if (c.spec.storageClassName === 'nfs-csi') { c.spec.accessModes = ['ReadWriteMany']; c.status.accessModes = ['ReadWriteMany']; }
    });
  }
}
