// Builds batch s61b (blind dev): the five spec modules of scripts/s61b-blind-dev/ through the scenario kit, then writes
// what the kit cannot express (StatefulSet pods' generateName, managedFields edit times of a ConfigMap and a Service).
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch, clock } from './s2-scenario-kit.mjs';

await buildBatch('s61b-blind-dev', { split: 'dev' });

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
const edit = (system, folder, file, fn) => {
  const p = join(ROOT, system, folder, 'cluster', file);
  if (!existsSync(p)) throw new Error(`missing ${p}`);
  const list = JSON.parse(readFileSync(p, 'utf8'));
  fn(list);
  writeFileSync(p, JSON.stringify(list, null, 2) + '\n');
};

// Pod-template annotations (Istio injection status, hotel-reservation's stats annotations) live in the Deployment's template;
// the kit leaves them out of the ReplicaSets' templates and the pods, so copy them there (the same for old and new revisions).
for (const [system, folder] of [
  ['robot-shop', 's61b-redis-busy-runaway-lua-script'],
  ['bookinfo', 's61b-mysqldb-port-renamed-http-server-first'],
  ['sock-shop', 's61b-shipping-release-publishes-to-undeclared-exchange'],
  ['bank-of-anthos', 's61b-accounts-db-idle-in-transaction-alter-lock'],
  ['hotel-reservation', 's61b-rate-stale-configmap-memcached-port'],
]) {
  const dir = join(ROOT, system, folder, 'cluster');
  const owners = {};
  for (const d of JSON.parse(readFileSync(join(dir, 'deployments.json'), 'utf8')).items)
    if (d.spec.template.metadata.annotations) owners[`Deployment/${d.metadata.name}`] = d.spec.template.metadata.annotations;
  if (existsSync(join(dir, 'statefulsets.json')))
    for (const s of JSON.parse(readFileSync(join(dir, 'statefulsets.json'), 'utf8')).items)
      if (s.spec.template.metadata.annotations) owners[`StatefulSet/${s.metadata.name}`] = s.spec.template.metadata.annotations;
  const rsAnn = {};
  edit(system, folder, 'replicasets.json', (l) => {
    for (const r of l.items) {
      const a = owners[`Deployment/${r.metadata.ownerReferences[0].name}`];
      if (!a) continue;
      r.spec.template.metadata = { creationTimestamp: null, labels: r.spec.template.metadata.labels, annotations: a };
      rsAnn[r.metadata.name] = a;
    }
  });
  edit(system, folder, 'pods.json', (l) => {
    for (const p of l.items) {
      const o = p.metadata.ownerReferences[0];
      const a = o.kind === 'ReplicaSet' ? rsAnn[o.name] : owners[`StatefulSet/${o.name}`];
      if (a) p.metadata.annotations = { ...a };
    }
  });
}

// StatefulSet pods are named <sts>-<ordinal> with generateName <sts>-.
for (const [system, folder] of [
  ['robot-shop', 's61b-redis-busy-runaway-lua-script'],
  ['bank-of-anthos', 's61b-accounts-db-idle-in-transaction-alter-lock'],
]) {
  edit(system, folder, 'pods.json', (l) => {
    for (const p of l.items) {
      const o = p.metadata.ownerReferences?.[0];
      if (o?.kind === 'StatefulSet') p.metadata.generateName = `${o.name}-`;
    }
  });
}

// bookinfo: the mysqldb Service was re-applied by the data team's chart 24 minutes before the incident.
{
  const T = clock('2026-07-08T09:17:00Z');
  edit('bookinfo', 's61b-mysqldb-port-renamed-http-server-first', 'services.json', (l) => {
    const s = l.items.find((x) => x.metadata.name === 'mysqldb');
    s.metadata.labels = { ...s.metadata.labels, 'app.kubernetes.io/managed-by': 'Helm' };
    s.metadata.annotations = { 'meta.helm.sh/release-name': 'ratings-db', 'meta.helm.sh/release-namespace': 'bookinfo' };
    s.metadata.managedFields = [
      { manager: 'kubectl-client-side-apply', operation: 'Update', apiVersion: 'v1', time: T.iso(-60 * 24 * 40), fieldsType: 'FieldsV1', fieldsV1: { 'f:spec': { 'f:selector': {}, 'f:sessionAffinity': {}, 'f:type': {} } } },
      { manager: 'helm', operation: 'Update', apiVersion: 'v1', time: T.iso(-24), fieldsType: 'FieldsV1', fieldsV1: { 'f:metadata': { 'f:annotations': { '.': {}, 'f:meta.helm.sh/release-name': {}, 'f:meta.helm.sh/release-namespace': {} }, 'f:labels': { 'f:app.kubernetes.io/managed-by': {} } }, 'f:spec': { 'f:ports': { 'k:{"port":3306,"protocol":"TCP"}': { '.': {}, 'f:name': {}, 'f:port': {}, 'f:protocol': {}, 'f:targetPort': {} } } } } },
    ];
  });
}

// hotel-reservation: rate-hotelres was last edited with kubectl edit six days before the incident.
{
  const T = clock('2026-08-19T19:40:00Z');
  edit('hotel-reservation', 's61b-rate-stale-configmap-memcached-port', 'configmaps.json', (l) => {
    for (const c of l.items) {
      const edited = c.metadata.name === 'rate-hotelres';
      c.metadata.labels = { 'app.kubernetes.io/managed-by': 'Helm' };
      c.metadata.annotations = { 'meta.helm.sh/release-name': 'hotel-reservation', 'meta.helm.sh/release-namespace': 'hotel-reservation' };
      c.metadata.managedFields = [
        { manager: 'helm', operation: 'Update', apiVersion: 'v1', time: c.metadata.creationTimestamp, fieldsType: 'FieldsV1', fieldsV1: { 'f:data': { '.': {}, 'f:service-config.json': {} } } },
        ...(edited ? [{ manager: 'kubectl-edit', operation: 'Update', apiVersion: 'v1', time: T.iso(-60 * 24 * 6 - 83), fieldsType: 'FieldsV1', fieldsV1: { 'f:data': { 'f:service-config.json': {} } } }] : []),
      ];
    }
  });
}
