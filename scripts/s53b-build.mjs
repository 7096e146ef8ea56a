// Builds blind dev batch s53b (scripts/s53b-blind-dev/*.mjs) into test/scenarios/<system>/s53b-*/ with the session-2 kit,
// then writes what the kit cannot express: StatefulSet pods' generateName, pods' annotations copied from their owner's
// template, and each scenario's own `post(dir, helpers)` step (renamed objects, statuses, events on deleted objects).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildBatch, uid } from './s2-scenario-kit.mjs';

await buildBatch('s53b-blind-dev', { split: 'dev' });

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', 'test', 'scenarios');
const file = (dir, kind) => join(dir, 'cluster', `${kind}.json`);
const read = (dir, kind) => JSON.parse(readFileSync(file(dir, kind), 'utf8'));
const write = (dir, kind, body) => writeFileSync(file(dir, kind), JSON.stringify(body, null, 2) + '\n');
const edit = (dir, kind, fn) => {
  const body = read(dir, kind);
  fn(body);
  write(dir, kind, body);
};
/** A core/v1 Event as the kit writes them, for objects the kit cannot reference (deleted pods, custom resources). */
const event = (name, involvedObject, reason, message, source, first, last, count, type) => ({
  metadata: { name, namespace: involvedObject.namespace ?? 'default', uid: uid(`s53b/ev/${name}`), resourceVersion: String(9160000 + (parseInt(uid(name).slice(0, 4), 16) % 9000)), creationTimestamp: first },
  involvedObject, reason, message, source, firstTimestamp: first, lastTimestamp: last, count, type, eventTime: null,
  reportingComponent: source.component, reportingInstance: source.host ?? '',
});
const helpers = { read, write, edit, uid, event };

for (const f of readdirSync(join(HERE, 's53b-blind-dev')).filter((n) => n.endsWith('.mjs')).sort()) {
  const mod = await import(pathToFileURL(join(HERE, 's53b-blind-dev', f)).href);
  for (const s of mod.scenarios) {
    const dir = join(ROOT, mod.system.id, s.folder);
    let sts = [];
    try { sts = read(dir, 'statefulsets').items; } catch { sts = []; }
    const deps = read(dir, 'deployments').items;
    const rss = read(dir, 'replicasets').items;
    edit(dir, 'pods', (pods) => {
      for (const p of pods.items) {
        const own = p.metadata.ownerReferences[0];
        if (own.kind === 'StatefulSet') p.metadata.generateName = `${own.name}-`;
        const tpl = own.kind === 'StatefulSet'
          ? sts.find((x) => x.metadata.name === own.name)?.spec.template
          : deps.find((d) => rss.find((x) => x.metadata.name === own.name)?.metadata.ownerReferences[0].name === d.metadata.name)?.spec.template;
        const ann = tpl?.metadata?.annotations;
        if (ann) p.metadata.annotations = { ...ann, ...(p.metadata.annotations ?? {}) };
      }
    });
    if (s.post) s.post(dir, helpers);
  }
}
