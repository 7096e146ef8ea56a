// Builds blind dev batch s69c (scripts/s69c-blind-dev/*.mjs) with the scenario kit, then writes what the kit cannot express.
// Run: node scripts/s69c-build.mjs
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s69c-blind-dev', { split: 'dev' });

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
const h = (s) => createHash('sha256').update(s).digest('hex');
const rd = (f) => JSON.parse(readFileSync(f, 'utf8'));
const wr = (f, o) => writeFileSync(f, JSON.stringify(o, null, 2) + '\n');

for (const system of readdirSync(ROOT)) {
  const sdir = join(ROOT, system);
  if (!existsSync(join(sdir, 'topology.yaml'))) continue;
  for (const folder of readdirSync(sdir).filter((f) => f.startsWith('s69c-'))) {
    const c = join(sdir, folder, 'cluster');
    const incident = Date.parse(/incidentTime: "([^"]+)"/.exec(readFileSync(join(sdir, folder, 'scenario.yaml'), 'utf8'))[1]);
    const iso = (min) => new Date(incident + min * 60000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const pods = rd(join(c, 'pods.json'));
    const stuck = folder === 's69c-kafka-pinned-to-deleted-node-pool' ? ['accounting', 'checkout', 'fraud-detection'] : [];

    for (const p of pods.items) {
      // Init containers: the kit writes none of their statuses. Completed for running pods, still running for the pods
      // blocked on wait-for-kafka.
      const inits = p.spec.initContainers ?? [];
      if (inits.length && p.status.containerStatuses) {
        const owner = p.metadata.ownerReferences[0].name;
        const isStuck = stuck.some((n) => owner.startsWith(`${n}-`) && p.status.phase === 'Pending');
        const started = p.status.startTime;
        p.status.initContainerStatuses = inits.map((ic) => {
          const img = /:[^/]+$/.test(ic.image) ? ic.image : `${ic.image}:latest`;
          const full = img.includes('/') ? img : `docker.io/library/${img}`;
          const base = { name: ic.name, image: full, imageID: `${full.replace(/:[^/]+$/, '')}@sha256:${h(full).slice(0, 64)}`, containerID: `containerd://${h(p.metadata.name + ic.name).slice(0, 64)}`, restartCount: 0, lastState: {} };
          return isStuck
            ? { ...base, state: { running: { startedAt: iso((Date.parse(started) - incident) / 60000 + 0.1) } }, ready: false, started: true }
            : { ...base, state: { terminated: { exitCode: 0, reason: 'Completed', startedAt: started, finishedAt: started, containerID: base.containerID } }, ready: true, started: false };
        });
        if (isStuck) {
          const init = p.status.conditions.find((x) => x.type === 'Initialized');
          init.status = 'False';
          init.reason = 'ContainersNotInitialized';
          init.message = `containers with incomplete status: [${inits.map((i) => i.name).join(' ')}]`;
        }
      }
    }
    wr(join(c, 'pods.json'), pods);

    // Endpoints: a Pending pod that already has an IP is listed as not ready (the kit lists only Running pods).
    const svcs = rd(join(c, 'services.json'));
    const eps = rd(join(c, 'endpoints.json'));
    for (const ep of eps.items) {
      const svc = svcs.items.find((s) => s.metadata.name === ep.metadata.name);
      const pend = pods.items.filter((p) => p.status.phase === 'Pending' && p.status.podIP && Object.entries(svc.spec.selector).every(([k, v]) => p.metadata.labels[k] === v));
      if (!pend.length) continue;
      const addr = (p) => ({ ip: p.status.podIP, nodeName: p.spec.nodeName, targetRef: { kind: 'Pod', namespace: p.metadata.namespace, name: p.metadata.name, uid: p.metadata.uid } });
      const ports = svc.spec.ports.map((sp) => ({ ...(sp.name ? { name: sp.name } : {}), port: typeof sp.targetPort === 'number' ? sp.targetPort : sp.port, protocol: 'TCP' }));
      ep.subsets = ep.subsets ?? [{ ports }];
      ep.subsets[0].notReadyAddresses = [...(ep.subsets[0].notReadyAddresses ?? []), ...pend.map(addr)];
    }
    wr(join(c, 'endpoints.json'), eps);

    // Deployment status: unavailableReplicas counts every replica of the ReplicaSets that is not available (a stuck
    // rollout keeps the old pod and reports the new one unavailable).
    const deps = rd(join(c, 'deployments.json'));
    for (const d of deps.items) {
      const un = d.status.replicas - d.status.availableReplicas;
      if (un > 0) d.status.unavailableReplicas = un;
      else delete d.status.unavailableReplicas;
    }
    wr(join(c, 'deployments.json'), deps);

    // StatefulSet pods: their generateName is the StatefulSet's name.
    for (const p of pods.items) {
      const o = p.metadata.ownerReferences[0];
      if (o.kind === 'StatefulSet') p.metadata.generateName = `${o.name}-`;
    }
    wr(join(c, 'pods.json'), pods);

    // robot-shop's dispatch Service is headless upstream (clusterIP: None); hotel-reservation's kompose-generated mongodb
    // Deployments use the Recreate strategy.
    if (system === 'robot-shop') {
      for (const s of svcs.items) if (s.metadata.name === 'dispatch') { s.spec.clusterIP = 'None'; s.spec.clusterIPs = ['None']; }
      wr(join(c, 'services.json'), svcs);
    }
    if (system === 'hotel-reservation') {
      for (const d of deps.items) if (d.metadata.name.startsWith('mongodb-')) d.spec.strategy = { type: 'Recreate' };
      wr(join(c, 'deployments.json'), deps);
    }

    // The otel-demo node pool was created this morning (the kit dates nodes 60 days back).
    if (folder === 's69c-kafka-pinned-to-deleted-node-pool') {
      const nodes = rd(join(c, 'nodes.json'));
      for (const n of nodes.items) {
        n.metadata.creationTimestamp = iso(-71);
        for (const cond of n.status.conditions) cond.lastTransitionTime = iso(-70);
      }
      wr(join(c, 'nodes.json'), nodes);
    }
  }
}
