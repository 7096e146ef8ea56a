// Builds the s33b blind dev scenarios (scripts/s33b-blind-dev/*.mjs) into test/scenarios/<system>/s33b-*/ with the kit, then
// writes what the kit cannot express: StatefulSet pods' generateName, Robot Shop's headless dispatch Service, events about
// objects that no longer exist (`rawEvents`: a scaled-down Node and the pods it lost) and each scenario's own fix-ups (`post`).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildBatch, clock, uid } from './s2-scenario-kit.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', 'test', 'scenarios');
const SPECS = join(HERE, 's33b-blind-dev');

await buildBatch('s33b-blind-dev', { split: 'dev' });

const readJson = (f) => JSON.parse(readFileSync(f, 'utf8'));
const writeJson = (f, body) => writeFileSync(f, JSON.stringify(body, null, 2) + '\n');

for (const f of readdirSync(SPECS).filter((n) => n.endsWith('.mjs')).sort()) {
  const mod = await import(pathToFileURL(join(SPECS, f)).href);
  for (const s of mod.scenarios) {
    const dir = join(ROOT, mod.system.id, s.folder, 'cluster');
    const T = clock(s.incidentTime);
    const podsFile = join(dir, 'pods.json');
    const pods = readJson(podsFile);
    // StatefulSet pods are named <sts>-<ordinal> and generated from `<sts>-`, not from a ReplicaSet name.
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
    // Events whose involved object is gone from the snapshot (a Node removed by the autoscaler, the pods it evicted).
    // `%RSOF:<deployment>%` in a name is that Deployment's current ReplicaSet as the snapshot has it.
    const rsNames = readJson(join(dir, 'replicasets.json')).items;
    const rsOf = (t) => t.replace(/%RSOF:([a-z0-9-]+)%/g, (_, d) => rsNames.filter((r) => r.metadata.ownerReferences[0].name === d && r.spec.replicas > 0)[0]?.metadata.name ?? rsNames.find((r) => r.metadata.ownerReferences[0].name === d).metadata.name);
    if (s.rawEvents?.length) {
      const evFile = join(dir, 'events.json');
      const evs = readJson(evFile);
      s.rawEvents.map((e) => ({ ...e, name: rsOf(e.name), message: rsOf(e.message) })).forEach((e, i) => {
        const seed = `${mod.system.id}/${s.folder}/raw/${i}`;
        const first = T.iso(e.first ?? e.last);
        const last = T.iso(e.last ?? e.first);
        const io = e.kind === 'Node'
          ? { kind: 'Node', name: e.name, uid: e.name, apiVersion: 'v1' }
          : { kind: e.kind, namespace: mod.system.namespace, name: e.name, uid: uid(`${seed}/obj`), apiVersion: e.kind === 'Pod' ? 'v1' : 'apps/v1', resourceVersion: '9140011' };
        evs.items.push({
          metadata: { name: `${e.name}.${uid(seed).replaceAll('-', '').slice(0, 16)}`, namespace: e.kind === 'Node' ? 'default' : mod.system.namespace, uid: uid(seed), resourceVersion: String(9160000 + i), creationTimestamp: first },
          involvedObject: io, reason: e.reason, message: e.message, source: { component: e.source, ...(e.host ? { host: e.host } : {}) },
          firstTimestamp: first, lastTimestamp: last, count: e.count ?? 1, type: e.type ?? 'Normal', eventTime: null, reportingComponent: e.source, reportingInstance: e.host ?? '',
        });
      });
      writeJson(evFile, evs);
    }
    // A scenario's own fix-ups of a List (e.g. a Deployment's ReplicaFailure condition).
    if (s.post) for (const [file, fn] of Object.entries(s.post)) {
      const p = join(dir, file);
      const body = readJson(p);
      fn(body, T, (name) => readJson(join(dir, name)));
      writeJson(p, body);
    }
  }
}
