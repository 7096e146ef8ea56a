// Builds the s24b blind held-out scenarios (scripts/s24b-heldout/*.mjs, split: test) into test/scenarios/<system>/s24b-*/ with
// the kit, then writes what the kit cannot express: StatefulSet pods' generateName, the pod a ReplicaSet's SuccessfulCreate
// Event names (%NEWPOD%), and Events about a pod that no longer exists (a module's `extraEvents`).
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildBatch, clock, uid } from './s2-scenario-kit.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', 'test', 'scenarios');
const SPECS = join(HERE, 's24b-heldout');

await buildBatch('s24b-heldout', { split: 'test' });

const readJson = (f) => JSON.parse(readFileSync(f, 'utf8'));
const writeJson = (f, body) => writeFileSync(f, JSON.stringify(body, null, 2) + '\n');
const hex = (s) => createHash('sha256').update(s).digest('hex');
const ALPHA = 'bcdfghjklmnpqrstvwxz2456789';
const suffix = (s) => { const x = hex(s); let o = ''; for (let i = 0; i < 5; i++) o += ALPHA[parseInt(x.slice(i * 2, i * 2 + 2), 16) % ALPHA.length]; return o; };

for (const f of readdirSync(SPECS).filter((n) => n.endsWith('.mjs')).sort()) {
  const mod = await import(pathToFileURL(join(SPECS, f)).href);
  for (const s of mod.scenarios) {
    const dir = join(ROOT, mod.system.id, s.folder, 'cluster');
    const ns = mod.system.namespace;
    // StatefulSet pods are named <sts>-<ordinal> and generated from `<sts>-`, not from a ReplicaSet name.
    const podsFile = join(dir, 'pods.json');
    const pods = readJson(podsFile);
    for (const p of pods.items) {
      const owner = p.metadata.ownerReferences?.[0];
      if (owner?.kind === 'StatefulSet') p.metadata.generateName = `${owner.name}-`;
    }
    writeJson(podsFile, pods);
    const evFile = join(dir, 'events.json');
    const events = readJson(evFile);
    // A ReplicaSet's SuccessfulCreate names the pod it created: the newest pod it owns.
    for (const e of events.items) {
      if (!e.message.includes('%NEWPOD%')) continue;
      const owned = pods.items.filter((p) => p.metadata.ownerReferences?.[0]?.uid === e.involvedObject.uid)
        .sort((a, b) => b.metadata.creationTimestamp.localeCompare(a.metadata.creationTimestamp));
      if (!owned[0]) throw new Error(`${s.folder}: no pod for ${e.involvedObject.name}`);
      e.message = e.message.replaceAll('%NEWPOD%', owned[0].metadata.name);
    }
    // Events about a pod that was deleted before the snapshot (the Events outlive it for an hour).
    const T = clock(s.incidentTime);
    for (const [i, x] of (mod.extraEvents?.[s.folder] ?? []).entries()) {
      const wl = x.pod.replace(/-old$/, '');
      const rs = readJson(join(dir, 'replicasets.json')).items.find((r) => r.metadata.ownerReferences?.[0]?.name === wl && r.spec.replicas > 0);
      const name = `${rs.metadata.name}-${suffix(`${s.folder}/${x.pod}`)}`;
      const at = T.iso(x.at);
      events.items.push({
        metadata: { name: `${name}.${hex(`${s.folder}/xev/${i}`).slice(0, 16)}`, namespace: ns, uid: uid(`${s.folder}/xev/${i}`), resourceVersion: String(9149000 + i), creationTimestamp: at },
        involvedObject: { kind: 'Pod', namespace: ns, name, uid: uid(`${s.folder}/pod/${name}`), apiVersion: 'v1', resourceVersion: '9100911', ...(x.fieldPath ? { fieldPath: x.fieldPath } : {}) },
        reason: x.reason, message: x.message, source: { component: x.component, ...(x.component === 'kubelet' ? { host: x.node } : {}) },
        firstTimestamp: at, lastTimestamp: at, count: 1, type: x.type, eventTime: null, reportingComponent: x.component, reportingInstance: x.component === 'kubelet' ? x.node : '',
      });
    }
    events.items.sort((a, b) => a.lastTimestamp.localeCompare(b.lastTimestamp));
    writeJson(evFile, events);
  }
}
