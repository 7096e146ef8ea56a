// Builds the s23a blind dev scenarios (scripts/s23a-blind-dev/*.mjs) into test/scenarios/<system>/s23a-*/ with the kit, then
// writes what the kit cannot express: StatefulSet pods' generateName, Robot Shop's headless dispatch Service, the pods kubelet's
// graceful node shutdown terminated (reason Terminated, not Evicted) and the Spot labels of GKE Spot nodes.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', 'test', 'scenarios');
const SPECS = join(HERE, 's23a-blind-dev');

await buildBatch('s23a-blind-dev', { split: 'dev' });

const readJson = (f) => JSON.parse(readFileSync(f, 'utf8'));
const writeJson = (f, body) => writeFileSync(f, JSON.stringify(body, null, 2) + '\n');

for (const f of readdirSync(SPECS).filter((n) => n.endsWith('.mjs')).sort()) {
  const mod = await import(pathToFileURL(join(SPECS, f)).href);
  for (const s of mod.scenarios) {
    const dir = join(ROOT, mod.system.id, s.folder, 'cluster');
    const podsFile = join(dir, 'pods.json');
    const pods = readJson(podsFile);
    for (const p of pods.items) {
      const owner = p.metadata.ownerReferences?.[0];
      // StatefulSet pods are named <sts>-<ordinal> and generated from `<sts>-`, not from a ReplicaSet name.
      if (owner?.kind === 'StatefulSet') p.metadata.generateName = `${owner.name}-`;
    }
    // Graceful node shutdown marks a pod Failed with reason Terminated (the kit writes Evicted).
    for (const wl of mod.terminatedPods?.[s.folder] ?? []) {
      const p = pods.items.find((x) => x.metadata.ownerReferences?.[0]?.name.startsWith(`${wl}-`) && x.status.phase === 'Failed');
      if (!p) throw new Error(`${s.folder}: no terminated pod for ${wl}`);
      p.status.reason = 'Terminated';
      p.status.conditions = [{ type: 'DisruptionTarget', status: 'True', lastProbeTime: null, lastTransitionTime: p.status.startTime, reason: 'TerminationByKubelet', message: 'Pod was terminated in response to imminent node shutdown.' }];
    }
    writeJson(podsFile, pods);
    const spot = mod.spotNodes?.[s.folder];
    if (spot) {
      const nodesFile = join(dir, 'nodes.json');
      const nodes = readJson(nodesFile);
      for (const n of nodes.items)
        if (spot.includes(n.metadata.name)) Object.assign(n.metadata.labels, { 'cloud.google.com/gke-spot': 'true', 'cloud.google.com/gke-provisioning': 'spot' });
      writeJson(nodesFile, nodes);
    }
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
  }
}
