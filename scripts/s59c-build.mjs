// Builds the s59c blind dev scenarios (scripts/s59c-blind-dev/*.mjs) into test/scenarios/<system>/s59c-*/ with the kit, then
// writes what the kit cannot express: StatefulSet pods' generateName, StatefulSet status of an update in progress or done,
// ConfigMap edit time in managedFields, and the Recreate strategy of hotel-reservation's kompose mongodb Deployments.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch, clock } from './s2-scenario-kit.mjs';

await buildBatch('s59c-blind-dev', { split: 'dev' });

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
const edit = (system, folder, file, fn) => {
  const p = join(ROOT, system, folder, 'cluster', file);
  if (!existsSync(p)) throw new Error(`missing ${p}`);
  const body = JSON.parse(readFileSync(p, 'utf8'));
  fn(body);
  writeFileSync(p, JSON.stringify(body, null, 2) + '\n');
};
// StatefulSet pods are named <sts>-<ordinal> with generateName <sts>-.
const stsPods = (system, folder) => {
  const sts = JSON.parse(readFileSync(join(ROOT, system, folder, 'cluster', 'statefulsets.json'), 'utf8')).items.map((s) => s.metadata.name);
  edit(system, folder, 'pods.json', (b) => {
    for (const p of b.items) {
      const o = p.metadata.ownerReferences?.[0];
      if (o?.kind === 'StatefulSet' && sts.includes(o.name)) p.metadata.generateName = `${o.name}-`;
    }
  });
};

// robot-shop: redis' template changed 38 minutes ago; the update is complete.
stsPods('robot-shop', 's59c-redis-dir-pvc-misconf');
edit('robot-shop', 's59c-redis-dir-pvc-misconf', 'statefulsets.json', (b) => {
  const s = b.items.find((x) => x.metadata.name === 'redis');
  s.metadata.generation = 4;
  s.status.observedGeneration = 4;
});

// bank-of-anthos: ledger-db's update deleted ledger-db-0; the replacement (update revision) is Pending.
stsPods('bank-of-anthos', 's59c-ledger-db-16gi-unschedulable');
edit('bank-of-anthos', 's59c-ledger-db-16gi-unschedulable', 'statefulsets.json', (b) => {
  const s = b.items.find((x) => x.metadata.name === 'ledger-db');
  s.metadata.generation = 4;
  s.status = {
    observedGeneration: 4, replicas: 1, readyReplicas: 0, currentReplicas: 0, updatedReplicas: 1, availableReplicas: 0,
    currentRevision: 'ledger-db-b7x2kq9rzm', updateRevision: s.status.updateRevision, collisionCount: 0,
  };
});

// hotel-reservation: geo-hotelres edited six days before; kompose mongodb Deployments use Recreate.
const H = clock('2026-05-19T11:02:00Z');
edit('hotel-reservation', 's59c-geo-mongo-credentials-crashloop', 'configmaps.json', (b) => {
  for (const c of b.items) {
    c.metadata.managedFields = [{ manager: 'helm', operation: 'Update', apiVersion: 'v1', time: H.iso(-60 * 24 * 40), fieldsType: 'FieldsV1', fieldsV1: { 'f:data': { '.': {}, 'f:service-config.json': {} } } }];
    if (c.metadata.name === 'geo-hotelres') {
      c.metadata.managedFields[0].fieldsV1 = { 'f:data': { '.': {} } };
      c.metadata.managedFields.push({ manager: 'kubectl-edit', operation: 'Update', apiVersion: 'v1', time: H.iso(-60 * 24 * 6 - 95), fieldsType: 'FieldsV1', fieldsV1: { 'f:data': { 'f:service-config.json': {} } } });
    }
  }
});
edit('hotel-reservation', 's59c-geo-mongo-credentials-crashloop', 'deployments.json', (b) => {
  for (const d of b.items) if (d.metadata.name.startsWith('mongodb-')) d.spec.strategy = { type: 'Recreate' };
});

// bookinfo: details-v1 scaled to zero is Available (the kit reports a zero-replica Deployment as unavailable).
const B = clock('2026-04-22T09:47:00Z');
edit('bookinfo', 's59c-details-google-books-429', 'deployments.json', (b) => {
  const d = b.items.find((x) => x.metadata.name === 'details-v1');
  const rs = d.status.conditions.find((c) => c.type === 'Progressing');
  d.status = {
    observedGeneration: d.metadata.generation,
    conditions: [
      { type: 'Available', status: 'True', lastUpdateTime: B.iso(-60 * 24 * 33), lastTransitionTime: B.iso(-60 * 24 * 33), reason: 'MinimumReplicasAvailable', message: 'Deployment has minimum availability.' },
      rs,
    ],
  };
});

// online-boutique: the surge pod of cartservice counts as unavailable (3 pods, 2 available).
edit('online-boutique', 's59c-cartservice-ar-403-rollout-stuck', 'deployments.json', (b) => {
  const d = b.items.find((x) => x.metadata.name === 'cartservice');
  d.status.unavailableReplicas = d.status.replicas - d.status.availableReplicas;
});
