// Builds blind held-out batch s78a (scripts/s78a-heldout/*.mjs, split test) with the scenario kit, then writes what the kit
// cannot express: StatefulSet pods' generateName, pod-template annotations on ReplicaSets, and each scenario's own fix-ups.
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';
import * as boa from './s78a-heldout/bank-of-anthos.mjs';
import * as tea from './s78a-heldout/teastore.mjs';
import * as otel from './s78a-heldout/otel-demo.mjs';
import { headless } from './kit-systems/robot-shop.mjs';

await buildBatch('s78a-heldout', { split: 'test' });

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
const rd = (dir, f) => JSON.parse(readFileSync(join(dir, 'cluster', f), 'utf8'));
const wr = (dir, f, body) => writeFileSync(join(dir, 'cluster', f), JSON.stringify(body, null, 2) + '\n');

const folders = [];
for (const system of readdirSync(ROOT)) {
  const sdir = join(ROOT, system);
  if (!existsSync(join(sdir, 'topology.yaml'))) continue;
  for (const f of readdirSync(sdir)) if (f.startsWith('s78a-')) folders.push({ system, dir: join(sdir, f) });
}

for (const { system, dir } of folders) {
  const pods = rd(dir, 'pods.json');
  const deps = rd(dir, 'deployments.json');
  const rss = rd(dir, 'replicasets.json');
  const depByName = Object.fromEntries(deps.items.map((d) => [d.metadata.name, d]));

  // StatefulSet pods are named <sts>-<ordinal> and generated from `<sts>-`.
  for (const p of pods.items) {
    const own = p.metadata.ownerReferences?.[0];
    if (own?.kind === 'StatefulSet') p.metadata.generateName = `${own.name}-`;
  }
  // A ReplicaSet's template carries its Deployment's pod-template annotations (the kit writes them on the Deployment only).
  for (const r of rss.items) {
    const d = depByName[r.metadata.ownerReferences[0].name];
    const ann = d?.spec.template.metadata.annotations;
    if (ann) r.spec.template.metadata.annotations = { ...ann };
  }

  if (system === 'bank-of-anthos') {
    const d = depByName.userservice;
    d.spec.template.metadata.annotations = { ...(d.spec.template.metadata.annotations ?? {}), 'kubectl.kubernetes.io/restartedAt': boa.restartedAt };
    const own = rss.items.filter((r) => r.metadata.ownerReferences[0].name === 'userservice')
      .sort((a, b) => Number(b.metadata.annotations['deployment.kubernetes.io/revision']) - Number(a.metadata.annotations['deployment.kubernetes.io/revision']));
    own[0].spec.template.metadata.annotations = { ...d.spec.template.metadata.annotations };
    for (const p of pods.items.filter((x) => x.metadata.ownerReferences[0].name === own[0].metadata.name))
      p.metadata.annotations = { ...d.spec.template.metadata.annotations };
  }

  if (system === 'teastore') {
    const secret = [{ name: tea.PULL_SECRET }];
    for (const p of pods.items) p.spec.imagePullSecrets = secret;
    for (const d of deps.items) d.spec.template.spec.imagePullSecrets = secret;
    for (const r of rss.items) r.spec.template.spec.imagePullSecrets = secret;
    const auth = pods.items.find((p) => p.metadata.labels.run === 'teastore-auth');
    const ev = rd(dir, 'events.json');
    for (const e of ev.items) e.message = e.message.replaceAll('%AUTHPOD%', auth.metadata.name);
    wr(dir, 'events.json', ev);
  }

  if (system === 'otel-demo') {
    const d = depByName['otel-collector'];
    d.spec.strategy = { type: 'Recreate' };
    d.spec.template.metadata.annotations = { ...d.spec.template.metadata.annotations, 'checksum/config': otel.NEW_CHECKSUM };
    const own = rss.items.filter((r) => r.metadata.ownerReferences[0].name === 'otel-collector')
      .sort((a, b) => Number(b.metadata.annotations['deployment.kubernetes.io/revision']) - Number(a.metadata.annotations['deployment.kubernetes.io/revision']));
    own.forEach((r, i) => {
      r.metadata.annotations['deployment.kubernetes.io/max-replicas'] = '1';
      r.spec.template.metadata.annotations = { ...d.spec.template.metadata.annotations, 'checksum/config': i === 0 ? otel.NEW_CHECKSUM : otel.OLD_CHECKSUM };
    });
    for (const p of pods.items.filter((x) => x.metadata.ownerReferences[0].name === own[0].metadata.name))
      p.metadata.annotations = { ...d.spec.template.metadata.annotations };
  }

  if (system === 'robot-shop') {
    const svcs = rd(dir, 'services.json');
    for (const s of svcs.items) if (headless.includes(s.metadata.name)) { s.spec.clusterIP = 'None'; s.spec.clusterIPs = ['None']; }
    wr(dir, 'services.json', svcs);
  }

  wr(dir, 'pods.json', pods);
  wr(dir, 'deployments.json', deps);
  wr(dir, 'replicasets.json', rss);
}
