// Builds the blind dev batch s55b (scripts/s55b-blind-dev/*.mjs, one scenario per system) into test/scenarios/<system>/s55b-*/,
// then writes what the kit cannot express. Run: node scripts/s55b-build.mjs
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s55b-blind-dev', { split: 'dev' });

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
const read = (f) => JSON.parse(readFileSync(f, 'utf8'));
const write = (f, body) => writeFileSync(f, JSON.stringify(body, null, 2) + '\n');

for (const system of readdirSync(ROOT)) {
  const sysDir = join(ROOT, system);
  if (!existsSync(join(sysDir, 'topology.yaml'))) continue;
  for (const folder of readdirSync(sysDir).filter((n) => n.startsWith('s55b-'))) {
    const c = (f) => join(sysDir, folder, 'cluster', f);
    const pods = read(c('pods.json'));

    // 1. StatefulSet pods: generateName is "<statefulset>-" (the kit writes the ReplicaSet-style name).
    for (const p of pods.items) {
      const o = p.metadata.ownerReferences?.[0];
      if (o?.kind === 'StatefulSet') p.metadata.generateName = `${o.name}-`;
    }
    write(c('pods.json'), pods);

    // 2. "Created pod: %PODOF%" on a ReplicaSet event names the newest pod that ReplicaSet owns.
    const events = read(c('events.json'));
    for (const e of events.items) {
      if (!e.message.includes('%PODOF%')) continue;
      const owned = pods.items
        .filter((p) => p.metadata.ownerReferences?.[0]?.uid === e.involvedObject.uid)
        .sort((a, b) => b.metadata.creationTimestamp.localeCompare(a.metadata.creationTimestamp));
      if (!owned.length) throw new Error(`${folder}: no pod for ${e.involvedObject.name}`);
      e.message = e.message.replace('%PODOF%', owned[0].metadata.name);
    }
    write(c('events.json'), events);

    // 3. accounts-db mid-update: the StatefulSet's current revision is the old one, its only pod (Pending) the update revision.
    if (folder === 's55b-accounts-db-sts-update-16gi-pending') {
      const sts = read(c('statefulsets.json'));
      for (const s of sts.items) {
        if (s.metadata.name !== 'accounts-db') continue;
        s.metadata.generation = 4;
        s.status = {
          ...s.status, observedGeneration: 4, currentRevision: 'accounts-db-7c9d4b6f58', currentReplicas: 0, updatedReplicas: 1,
          readyReplicas: 0, availableReplicas: 0,
        };
        delete s.status.readyReplicas;
        delete s.status.availableReplicas;
      }
      write(c('statefulsets.json'), sts);
    }

    // 4. `kubectl rollout restart`: the restartedAt annotation the kit puts on the Deployment template is also on the new
    //    ReplicaSet's template and on its pods.
    if (folder === 's55b-nofault-checkout-declined-over-limit') {
      const deps = read(c('deployments.json'));
      const rss = read(c('replicasets.json'));
      const fe = deps.items.find((d) => d.metadata.name === 'front-end');
      const ann = fe.spec.template.metadata.annotations;
      const newRs = rss.items.find((r) => r.metadata.ownerReferences[0].name === 'front-end' && r.spec.replicas > 0);
      newRs.spec.template.metadata.annotations = { ...ann };
      for (const p of pods.items)
        if (p.metadata.ownerReferences?.[0]?.uid === newRs.metadata.uid) p.metadata.annotations = { ...ann };
      write(c('replicasets.json'), rss);
      write(c('pods.json'), pods);
    }

    // Checks: no placeholder left, no two running pods sharing an IP.
    const ips = new Map();
    for (const p of pods.items) {
      const ip = p.status.podIP;
      if (!ip) continue;
      if (ips.has(ip)) throw new Error(`${folder}: ${p.metadata.name} and ${ips.get(ip)} share ${ip}`);
      ips.set(ip, p.metadata.name);
    }
    const all = JSON.stringify([pods, events]);
    if (/%[A-Z]+[%:]/.test(all)) throw new Error(`${folder}: placeholder left in cluster/`);
  }
}
