// Builds the s67a blind dev scenarios (scripts/s67a-blind-dev/*.mjs) into test/scenarios/<system>/s67a-*/ with the kit, then
// writes what the kit cannot express: StatefulSet pods' generateName, robot-shop's headless dispatch Service, ConfigMap edit times.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch, clock } from './s2-scenario-kit.mjs';

await buildBatch('s67a-blind-dev', { split: 'dev' });

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
const readJson = (f) => JSON.parse(readFileSync(f, 'utf8'));
const writeJson = (f, v) => writeFileSync(f, JSON.stringify(v, null, 2) + '\n');

for (const sys of readdirSync(ROOT)) {
  const sysDir = join(ROOT, sys);
  if (!existsSync(join(sysDir, 'topology.yaml'))) continue;
  for (const folder of readdirSync(sysDir).filter((f) => f.startsWith('s67a-'))) {
    const dir = join(sysDir, folder, 'cluster');
    const incident = /incidentTime: "([^"]+)"/.exec(readFileSync(join(sysDir, folder, 'scenario.yaml'), 'utf8'))[1];
    const T = clock(incident);
    // StatefulSet pods are created by the StatefulSet controller with generateName "<sts>-".
    const podsFile = join(dir, 'pods.json');
    const pods = readJson(podsFile);
    for (const p of pods.items) {
      const owner = p.metadata.ownerReferences?.[0];
      if (owner?.kind === 'StatefulSet') p.metadata.generateName = `${owner.name}-`;
    }
    writeJson(podsFile, pods);
    // robot-shop's dispatch Service is headless upstream (clusterIP: None).
    if (sys === 'robot-shop') {
      const svcFile = join(dir, 'services.json');
      const svcs = readJson(svcFile);
      for (const s of svcs.items) if (s.metadata.name === 'dispatch') { s.spec.clusterIP = 'None'; s.spec.clusterIPs = ['None']; }
      writeJson(svcFile, svcs);
    }
    // Bank of Anthos: environment-config was edited with kubectl edit at 15:55 (the kit writes names and keys only).
    if (sys === 'bank-of-anthos' && folder === 's67a-balancereader-routing-num-edit') {
      const cmFile = join(dir, 'configmaps.json');
      const cms = readJson(cmFile);
      for (const c of cms.items) {
        c.metadata.managedFields = [
          { manager: 'kubectl-client-side-apply', operation: 'Update', apiVersion: 'v1', time: c.metadata.creationTimestamp, fieldsType: 'FieldsV1', fieldsV1: { 'f:data': Object.fromEntries(Object.keys(c.data).map((k) => [`f:${k}`, {}])) } },
        ];
        if (c.metadata.name === 'environment-config') {
          c.metadata.resourceVersion = '9148812';
          c.metadata.managedFields.push({ manager: 'kubectl-edit', operation: 'Update', apiVersion: 'v1', time: T.iso(-190), fieldsType: 'FieldsV1', fieldsV1: { 'f:data': { 'f:LOCAL_ROUTING_NUM': {} } } });
        }
      }
      writeJson(cmFile, cms);
    }
  }
}
