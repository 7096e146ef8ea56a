// Builds the blind held-out batch s70a (scripts/s70a-heldout/*.mjs, split test) with the scenario kit, then writes what the
// kit cannot express: StatefulSet pods' generateName, Robot Shop's headless dispatch Service, a scaled-to-zero ReplicaSet's status.
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s70a-heldout', { split: 'test' });

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
const edit = (file, fn) => {
  if (!existsSync(file)) return;
  const j = JSON.parse(readFileSync(file, 'utf8'));
  fn(j);
  writeFileSync(file, JSON.stringify(j, null, 2) + '\n');
};
for (const sys of readdirSync(ROOT, { withFileTypes: true }).filter((d) => d.isDirectory())) {
  for (const sc of readdirSync(join(ROOT, sys.name), { withFileTypes: true }).filter(
    (d) => d.isDirectory() && d.name.startsWith('s70a-'),
  )) {
    const cl = join(ROOT, sys.name, sc.name, 'cluster');
    // StatefulSet pods are named <sts>-<ordinal> by the StatefulSet controller, generateName <sts>-.
    edit(join(cl, 'pods.json'), (j) => {
      for (const p of j.items) {
        const o = p.metadata.ownerReferences?.[0];
        if (o?.kind === 'StatefulSet') p.metadata.generateName = `${o.name}-`;
      }
    });
    if (sys.name === 'robot-shop') {
      // dispatch's Service is headless upstream (clusterIP: None).
      edit(join(cl, 'services.json'), (j) => {
        for (const s of j.items)
          if (s.metadata.name === 'dispatch') {
            s.spec.clusterIP = 'None';
            s.spec.clusterIPs = ['None'];
          }
      });
    }
    // A status condition written in a spec before the ReplicaSet name existed names the Deployment's newest ReplicaSet.
    const rsList = existsSync(join(cl, 'replicasets.json'))
      ? JSON.parse(readFileSync(join(cl, 'replicasets.json'), 'utf8')).items
      : [];
    edit(join(cl, 'deployments.json'), (j) => {
      for (const d of j.items) {
        const newest = rsList
          .filter((r) => r.metadata.ownerReferences?.[0]?.name === d.metadata.name)
          .sort(
            (a, b) =>
              Number(b.metadata.annotations['deployment.kubernetes.io/revision']) -
              Number(a.metadata.annotations['deployment.kubernetes.io/revision']),
          )[0];
        for (const c of d.status.conditions ?? [])
          if (newest) c.message = c.message.replace(`${d.metadata.name}-%RSNAME%`, newest.metadata.name);
      }
    });
    // A ReplicaSet scaled to zero reports only replicas 0 and its observedGeneration.
    edit(join(cl, 'replicasets.json'), (j) => {
      for (const r of j.items) {
        if (r.spec.replicas === 0) r.status = { replicas: 0, observedGeneration: r.metadata.generation };
      }
    });
  }
}
