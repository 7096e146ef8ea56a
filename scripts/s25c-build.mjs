// Builds the s25c blind dev scenarios (scripts/s25c-blind-dev/*.mjs, split: dev) into test/scenarios/<system>/s25c-*/ with the
// kit, then writes what the kit cannot express: StatefulSet pods' generateName, the image digest a pod really runs (imageIds),
// and a rollout restart's pod-template annotation on the newest ReplicaSet, the Deployment and its pods (rsTemplateAnnotations).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', 'test', 'scenarios');
const SPECS = join(HERE, 's25c-blind-dev');

await buildBatch('s25c-blind-dev', { split: 'dev' });

const readJson = (f) => JSON.parse(readFileSync(f, 'utf8'));
const writeJson = (f, body) => writeFileSync(f, JSON.stringify(body, null, 2) + '\n');

for (const f of readdirSync(SPECS).filter((n) => n.endsWith('.mjs')).sort()) {
  const mod = await import(pathToFileURL(join(SPECS, f)).href);
  for (const s of mod.scenarios) {
    const dir = join(ROOT, mod.system.id, s.folder, 'cluster');
    const podsFile = join(dir, 'pods.json');
    const pods = readJson(podsFile);
    const wlOf = (p) => p.metadata.ownerReferences?.[0]?.name.replace(/-[a-z0-9]{10}$/, '');
    for (const p of pods.items) {
      const owner = p.metadata.ownerReferences?.[0];
      // StatefulSet pods are named <sts>-<ordinal> and generated from `<sts>-`.
      if (owner?.kind === 'StatefulSet') p.metadata.generateName = `${owner.name}-`;
      const digest = mod.imageIds?.[s.folder]?.[wlOf(p)];
      if (digest) for (const c of p.status.containerStatuses ?? []) if (c.imageID) c.imageID = digest;
    }
    const ann = mod.rsTemplateAnnotations?.[s.folder] ?? {};
    for (const [wl, a] of Object.entries(ann)) {
      for (const p of pods.items) if (wlOf(p) === wl) p.metadata.annotations = { ...(p.metadata.annotations ?? {}), ...a };
      const rsFile = join(dir, 'replicasets.json');
      const rss = readJson(rsFile);
      const own = rss.items.filter((r) => r.metadata.ownerReferences[0].name === wl)
        .sort((x, y) => Number(y.metadata.annotations['deployment.kubernetes.io/revision']) - Number(x.metadata.annotations['deployment.kubernetes.io/revision']));
      if (!own[0]) throw new Error(`${s.folder}: no ReplicaSet of ${wl}`);
      own[0].spec.template.metadata.annotations = { ...(own[0].spec.template.metadata.annotations ?? {}), ...a };
      writeJson(rsFile, rss);
      const dFile = join(dir, 'deployments.json');
      const ds = readJson(dFile);
      const d = ds.items.find((x) => x.metadata.name === wl);
      d.spec.template.metadata.annotations = { ...(d.spec.template.metadata.annotations ?? {}), ...a };
      writeJson(dFile, ds);
    }
    writeJson(podsFile, pods);
  }
}
