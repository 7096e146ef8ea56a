// Builds the s25b blind dev scenarios (scripts/s25b-blind-dev/*.mjs, split: dev) into test/scenarios/<system>/s25b-*/ with the
// kit, then writes what the kit cannot express: StatefulSet pods' generateName, Robot Shop's headless dispatch Service, a
// Service taken over by Helm (labels, annotations, managedFields), a Deployment status naming its ReplicaSet, the Events of a
// pod deleted before the snapshot, and a ResourceQuota created after the namespace.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildBatch, clock, uid } from './s2-scenario-kit.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', 'test', 'scenarios');
const SPECS = join(HERE, 's25b-blind-dev');

await buildBatch('s25b-blind-dev', { split: 'dev' });

const readJson = (f) => JSON.parse(readFileSync(f, 'utf8'));
const writeJson = (f, body) => writeFileSync(f, JSON.stringify(body, null, 2) + '\n');
const hex = (s) => createHash('sha256').update(s).digest('hex');

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
    // A Service taken over by a Helm release: its labels, annotations and the managedFields entry of the upgrade.
    for (const e of mod.serviceEdits?.[s.folder] ?? []) {
      const svcFile = join(dir, 'services.json');
      const svcs = readJson(svcFile);
      const svc = svcs.items.find((x) => x.metadata.name === e.name);
      if (!svc) throw new Error(`${s.folder}: no Service ${e.name}`);
      const T = clock(e.incidentTime);
      svc.metadata.resourceVersion = '9147731';
      svc.metadata.labels = { ...svc.metadata.labels, 'app.kubernetes.io/managed-by': 'Helm' };
      svc.metadata.annotations = { 'meta.helm.sh/release-name': e.release, 'meta.helm.sh/release-namespace': ns };
      svc.metadata.managedFields = [
        { manager: 'kubectl-client-side-apply', operation: 'Update', apiVersion: 'v1', time: svc.metadata.creationTimestamp, fieldsType: 'FieldsV1', fieldsV1: { 'f:spec': { 'f:ports': {}, 'f:selector': {}, 'f:type': {} } } },
        { manager: e.manager, operation: 'Update', apiVersion: 'v1', time: T.iso(e.min), fieldsType: 'FieldsV1', fieldsV1: { 'f:metadata': { 'f:annotations': { '.': {}, 'f:meta.helm.sh/release-name': {}, 'f:meta.helm.sh/release-namespace': {} }, 'f:labels': { 'f:app.kubernetes.io/managed-by': {} } }, 'f:spec': { 'f:ports': { 'k:{"port":5000,"protocol":"TCP"}': { 'f:targetPort': {} } } } } },
      ];
      writeJson(svcFile, svcs);
    }
    // A Deployment status that names its ReplicaSet (%RSNAME:<workload>%).
    const depFile = join(dir, 'deployments.json');
    const rss = readJson(join(dir, 'replicasets.json'));
    const rsName = (wl) => rss.items.filter((r) => r.metadata.ownerReferences?.[0]?.name === wl).sort((a, b) => Number(b.metadata.annotations['deployment.kubernetes.io/revision']) - Number(a.metadata.annotations['deployment.kubernetes.io/revision']))[0].metadata.name;
    const depText = readFileSync(depFile, 'utf8');
    if (depText.includes('%RSNAME:')) writeFileSync(depFile, depText.replace(/%RSNAME:([a-z0-9-]+)%/g, (_, wl) => rsName(wl)));
    // Events of a pod deleted before the snapshot (the pod itself is gone).
    const extra = mod.deletedPodEvents?.[s.folder] ?? [];
    if (extra.length) {
      const evFile = join(dir, 'events.json');
      const evs = readJson(evFile);
      extra.forEach((e, i) => {
        const T = clock(e.incidentTime);
        const podName = `${rsName(e.workload)}-${e.suffix}`;
        evs.items.push({
          metadata: { name: `${podName}.${hex(`${s.folder}/deleted/${i}`).slice(0, 16)}`, namespace: ns, uid: uid(`${s.folder}/deleted-ev/${i}`), resourceVersion: String(9149000 + i), creationTimestamp: T.iso(e.min) },
          involvedObject: { kind: 'Pod', namespace: ns, name: podName, uid: uid(`${s.folder}/deleted-pod/${podName}`), apiVersion: 'v1', resourceVersion: '9101337', fieldPath: `spec.containers{${e.container}}` },
          reason: e.reason, message: e.message, source: { component: 'kubelet', host: e.node },
          firstTimestamp: T.iso(e.min), lastTimestamp: T.iso(e.min), count: 1, type: 'Normal', eventTime: null, reportingComponent: 'kubelet', reportingInstance: e.node,
        });
      });
      evs.items.sort((a, b) => a.firstTimestamp.localeCompare(b.firstTimestamp));
      writeJson(evFile, evs);
    }
    // ResourceQuotas created after the namespace, by GitOps.
    for (const [name, min, manager, incidentTime] of mod.quotaCreated?.[s.folder] ?? []) {
      const qFile = join(dir, 'resourcequotas.json');
      if (!existsSync(qFile)) throw new Error(`${s.folder}: no resourcequotas.json`);
      const qs = readJson(qFile);
      const q = qs.items.find((x) => x.metadata.name === name);
      if (!q) throw new Error(`${s.folder}: no ResourceQuota ${name}`);
      const T = clock(incidentTime);
      q.metadata.creationTimestamp = T.iso(min);
      q.metadata.labels = { 'app.kubernetes.io/instance': 'platform-quotas', 'app.kubernetes.io/managed-by': 'argocd' };
      q.metadata.annotations = { 'argocd.argoproj.io/tracking-id': `platform-quotas:/ResourceQuota:${ns}/${name}` };
      q.metadata.managedFields = [{ manager, operation: 'Apply', apiVersion: 'v1', time: T.iso(min), fieldsType: 'FieldsV1', fieldsV1: { 'f:spec': { 'f:hard': Object.fromEntries(Object.keys(q.spec.hard).map((k) => [`f:${k}`, {}])) } } }];
      writeJson(qFile, qs);
    }
  }
}
