// Builds the blind held-out batch s100b (split test) from scripts/s100b-heldout/*.mjs with the scenario kit, then
// applies what the kit cannot express: StatefulSet pods' generateName, and one release's imagePullSecrets.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';
import { NEW_IMAGE } from './s100b-heldout/robot-shop.mjs';

await buildBatch('s100b-heldout', { split: 'test' });

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
const rd = (p) => JSON.parse(readFileSync(p, 'utf8'));
const wr = (p, o) => writeFileSync(p, JSON.stringify(o, null, 2) + '\n');

// robot-shop: StatefulSet pod generateName, and the cart release's imagePullSecrets (template, ReplicaSet, pod).
{
  const dir = join(ROOT, 'robot-shop', 's100b-cart-deploy-stuck', 'cluster');
  const pods = rd(join(dir, 'pods.json'));
  const rss = rd(join(dir, 'replicasets.json'));
  const deps = rd(join(dir, 'deployments.json'));
  const usesNew = (spec) => spec.containers.some((c) => c.image === NEW_IMAGE);
  const addSecret = (spec) => {
    if (!usesNew(spec)) return;
    const { containers, ...rest } = spec;
    Object.keys(spec).forEach((k) => delete spec[k]);
    Object.assign(spec, { containers, imagePullSecrets: [{ name: 'ghcr-pull' }], ...rest });
  };
  for (const p of pods.items) {
    if (p.metadata.ownerReferences[0].kind === 'StatefulSet') p.metadata.generateName = `${p.metadata.ownerReferences[0].name}-`;
    addSecret(p.spec);
  }
  let newRs;
  for (const r of rss.items) {
    addSecret(r.spec.template.spec);
    if (usesNew(r.spec.template.spec)) newRs = r.metadata.name;
  }
  for (const d of deps.items) {
    addSecret(d.spec.template.spec);
    for (const c of d.status.conditions ?? []) c.message = c.message.replace('%NEWRS%', newRs);
  }
  wr(join(dir, 'pods.json'), pods);
  wr(join(dir, 'replicasets.json'), rss);
  wr(join(dir, 'deployments.json'), deps);
}
