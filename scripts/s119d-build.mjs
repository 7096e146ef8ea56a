// Builds blind dev batch s119d (five no-fault scenarios) from scripts/s119d-blind-dev/*.mjs with the scenario kit,
// then fixes what the kit cannot express: the robot-shop redis StatefulSet pod's generateName.
import { readFileSync, writeFileSync } from 'node:fs';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s119d-blind-dev', { split: 'dev' });
const f = new URL('../test/scenarios/robot-shop/s119d-catalogue-alert-cleared/cluster/pods.json', import.meta.url);
const pods = JSON.parse(readFileSync(f, 'utf8'));
for (const p of pods.items) if (p.metadata.ownerReferences?.[0]?.kind === 'StatefulSet') p.metadata.generateName = `${p.metadata.ownerReferences[0].name}-`;
writeFileSync(f, JSON.stringify(pods, null, 2) + '\n');

// TeaStore: `kubectl rollout restart` stamps kubectl.kubernetes.io/restartedAt on the pod template; the kit's ReplicaSet
// and pod objects carry no template annotations, so put it on the new ReplicaSet's template and its pod.
const ts = (k) => new URL(`../test/scenarios/teastore/s119d-nightly-p99-alert/cluster/${k}.json`, import.meta.url);
const dep = JSON.parse(readFileSync(ts('deployments'), 'utf8')).items.find((d) => d.metadata.name === 'teastore-recommender');
const anno = dep.spec.template.metadata.annotations;
const rsl = JSON.parse(readFileSync(ts('replicasets'), 'utf8'));
const newRs = rsl.items.find((r) => r.metadata.name.startsWith('teastore-recommender-') && r.metadata.annotations['deployment.kubernetes.io/revision'] === '6');
newRs.spec.template.metadata.annotations = anno;
writeFileSync(ts('replicasets'), JSON.stringify(rsl, null, 2) + '\n');
const pl = JSON.parse(readFileSync(ts('pods'), 'utf8'));
for (const p of pl.items) if (p.metadata.ownerReferences[0].name === newRs.metadata.name) p.metadata.annotations = anno;
writeFileSync(ts('pods'), JSON.stringify(pl, null, 2) + '\n');
