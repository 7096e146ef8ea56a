// Builds the s29a blind dev scenarios (scripts/s29a-blind-dev/*.mjs) into test/scenarios/<system>/s29a-*/ with the kit, then writes what
// the kit cannot express: StatefulSet pods' generateName, Robot Shop's headless dispatch Service, the ReplicaSet names a Deployment
// condition or a FailedCreate event cites, the ReplicaFailure condition of a ReplicaSet whose pods quota admission rejects, and the
// creation time of a ResourceQuota added shortly before the incident.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildBatch, clock } from './s2-scenario-kit.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', 'test', 'scenarios');
const SPECS = join(HERE, 's29a-blind-dev');

await buildBatch('s29a-blind-dev', { split: 'dev' });

const readJson = (f) => JSON.parse(readFileSync(f, 'utf8'));
const writeJson = (f, body) => writeFileSync(f, JSON.stringify(body, null, 2) + '\n');

for (const f of readdirSync(SPECS).filter((n) => n.endsWith('.mjs')).sort()) {
  const mod = await import(pathToFileURL(join(SPECS, f)).href);
  for (const s of mod.scenarios) {
    const dir = join(ROOT, mod.system.id, s.folder, 'cluster');
    // StatefulSet pods are named <sts>-<ordinal> and generated from `<sts>-`, not from a ReplicaSet name.
    const podsFile = join(dir, 'pods.json');
    const pods = readJson(podsFile);
    for (const p of pods.items) {
      const owner = p.metadata.ownerReferences?.[0];
      if (owner?.kind === 'StatefulSet') p.metadata.generateName = `${owner.name}-`;
    }
    writeJson(podsFile, pods);
    // Robot Shop's dispatch Service is headless upstream (clusterIP: None).
    if (mod.system.id === 'robot-shop') {
      const svcFile = join(dir, 'services.json');
      const svcs = readJson(svcFile);
      for (const svc of svcs.items)
        if (svc.metadata.name === 'dispatch') {
          svc.spec.clusterIP = 'None';
          svc.spec.clusterIPs = ['None'];
        }
      writeJson(svcFile, svcs);
    }
    // %RSNAME% in a Deployment's conditions and %RSPREFIX% in events name the Deployment's newest ReplicaSet.
    const rss = readJson(join(dir, 'replicasets.json'));
    const newest = (deploy) =>
      rss.items
        .filter((r) => r.metadata.ownerReferences?.[0]?.name === deploy)
        .sort((a, b) => Number(b.metadata.annotations['deployment.kubernetes.io/revision']) - Number(a.metadata.annotations['deployment.kubernetes.io/revision']))[0];
    const depFile = join(dir, 'deployments.json');
    const deps = readJson(depFile);
    for (const d of deps.items) {
      const rs = newest(d.metadata.name);
      for (const c of d.status.conditions ?? []) c.message = c.message.replaceAll('%RSNAME%', rs.metadata.name).replaceAll('%RSPREFIX%', `${rs.metadata.name}-`);
    }
    writeJson(depFile, deps);
    const evFile = join(dir, 'events.json');
    const evs = readJson(evFile);
    for (const e of evs.items)
      if (e.involvedObject.kind === 'ReplicaSet') e.message = e.message.replaceAll('%RSPREFIX%', `${e.involvedObject.name}-`);
    writeJson(evFile, evs);
    // A ReplicaSet whose pods admission rejects carries the ReplicaFailure condition.
    const rf = mod.replicaFailure?.[s.folder];
    if (rf) {
      const rs = newest(rf.workload);
      const T = clock(rf.incidentTime);
      rs.status.conditions = [{ type: 'ReplicaFailure', status: 'True', lastTransitionTime: T.iso(rf.at), reason: 'FailedCreate', message: rf.message.replaceAll('%RSPREFIX%', `${rs.metadata.name}-`) }];
      writeJson(join(dir, 'replicasets.json'), rss);
    }
    // A ResourceQuota created shortly before the incident.
    const qc = mod.quotaCreated?.[s.folder];
    if (qc) {
      const qFile = join(dir, 'resourcequotas.json');
      if (!existsSync(qFile)) throw new Error(`${s.folder}: no resourcequotas.json`);
      const qs = readJson(qFile);
      const T = clock(qc.incidentTime);
      for (const q of qs.items) q.metadata.creationTimestamp = T.iso(qc.at);
      writeJson(qFile, qs);
    }
  }
}
