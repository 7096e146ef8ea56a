// Builds blind dev batch s79a (scripts/s79a-blind-dev/*.mjs) with the scenario kit, then writes what the kit cannot
// express: StatefulSet pods' generateName, robot-shop's headless dispatch Service, pod names in events, s79a's template
// and Service edits (teastore webui dnsPolicy Default; Online Boutique productcatalogservice internalTrafficPolicy Local).
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';
import { serviceEdits } from './s79a-blind-dev/online-boutique.mjs';

await buildBatch('s79a-blind-dev', { split: 'dev' });

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
const FOLDERS = [
  'robot-shop/s79a-mysql-reimport-after-pod-delete',
  'sock-shop/s79a-front-end-memory-sessions',
  'otel-demo/s79a-email-smtp-localhost-release',
  'teastore/s79a-webui-dnspolicy-default',
  'online-boutique/s79a-productcatalog-internal-traffic-local',
];
const rd = (dir, f) => JSON.parse(readFileSync(join(dir, 'cluster', f), 'utf8'));
const wr = (dir, f, body) => writeFileSync(join(dir, 'cluster', f), JSON.stringify(body, null, 2) + '\n');

for (const folder of FOLDERS) {
  const dir = join(ROOT, folder);
  const pods = rd(dir, 'pods.json');
  // StatefulSet pods are generated from the StatefulSet's name.
  for (const p of pods.items) {
    const o = p.metadata.ownerReferences?.[0];
    if (o?.kind === 'StatefulSet') p.metadata.generateName = `${o.name}-`;
  }
  // Events naming a pod the kit only knows by workload index: @@POD:<deployment>#<i>@@.
  const ev = rd(dir, 'events.json');
  for (const e of ev.items) {
    e.message = e.message.replace(/@@POD:([a-z0-9-]+)#(\d+)@@/g, (_, wl, i) => {
      const mine = pods.items.filter((p) => p.metadata.ownerReferences?.[0]?.kind === 'ReplicaSet' && p.metadata.labels['pod-template-hash'] && p.metadata.ownerReferences[0].name === `${wl}-${p.metadata.labels['pod-template-hash']}`);
      if (!mine[Number(i)]) throw new Error(`${folder}: no pod ${wl}#${i}`);
      return mine[Number(i)].metadata.name;
    });
  }
  wr(dir, 'events.json', ev);

  if (folder.startsWith('robot-shop/')) {
    const svcs = rd(dir, 'services.json');
    for (const s of svcs.items) if (s.metadata.name === 'dispatch') { s.spec.clusterIP = 'None'; s.spec.clusterIPs = ['None']; }
    wr(dir, 'services.json', svcs);
  }

  if (folder.startsWith('teastore/')) {
    // Revision 4 of teastore-webui: dnsPolicy Default on the Deployment's template, the new ReplicaSet and its pod.
    const deps = rd(dir, 'deployments.json');
    for (const d of deps.items) if (d.metadata.name === 'teastore-webui') d.spec.template.spec.dnsPolicy = 'Default';
    wr(dir, 'deployments.json', deps);
    const rss = rd(dir, 'replicasets.json');
    const newRs = rss.items.find((r) => r.metadata.ownerReferences[0].name === 'teastore-webui' && r.metadata.annotations['deployment.kubernetes.io/revision'] === '4');
    newRs.spec.template.spec.dnsPolicy = 'Default';
    wr(dir, 'replicasets.json', rss);
    for (const p of pods.items) if (p.metadata.ownerReferences[0].uid === newRs.metadata.uid) p.spec.dnsPolicy = 'Default';
  }

  if (folder.startsWith('online-boutique/')) {
    const svcs = rd(dir, 'services.json');
    for (const s of svcs.items) {
      const edit = serviceEdits[s.metadata.name];
      if (!edit) continue;
      s.spec.internalTrafficPolicy = edit.internalTrafficPolicy;
      s.metadata.annotations = { ...(s.metadata.annotations ?? {}), ...edit.annotations };
      s.metadata.resourceVersion = '9148811';
    }
    wr(dir, 'services.json', svcs);
    // kubectl rollout restart writes restartedAt into the pod template: the kit puts pod annotations on the Deployment's
    // template only, so the new ReplicaSet (revision 4) gets it here; the old one has none.
    const deps = rd(dir, 'deployments.json');
    const tpl = deps.items.find((d) => d.metadata.name === 'productcatalogservice').spec.template.metadata.annotations;
    const rss = rd(dir, 'replicasets.json');
    const newRs = rss.items.find((r) => r.metadata.ownerReferences[0].name === 'productcatalogservice' && r.metadata.annotations['deployment.kubernetes.io/revision'] === '4');
    newRs.spec.template.metadata.annotations = { ...tpl };
    wr(dir, 'replicasets.json', rss);
    for (const p of pods.items) if (p.metadata.ownerReferences[0].uid === newRs.metadata.uid) p.metadata.annotations = { ...tpl };
  }
  wr(dir, 'pods.json', pods);
  if (!existsSync(join(dir, 'scenario.yaml'))) throw new Error(`${folder}: not built`);
}
