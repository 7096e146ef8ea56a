// Builds blind dev batch s57b (scripts/s57b-blind-dev/*.mjs) with the scenario kit, then writes what the kit cannot express:
// StatefulSet pods' generateName, robot-shop's headless dispatch Service, an ephemeral debug container, Recreate strategies.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildBatch } from './s2-scenario-kit.mjs';
import { DEBUGGER, DEBUG_IMAGE, DEBUG_AT } from './s57b-blind-dev/hotel-reservation.mjs';

await buildBatch('s57b-blind-dev', { split: 'dev' });

const ROOT = join(import.meta.dirname, '..', 'test', 'scenarios');
const h = (s) => createHash('sha256').update(s).digest('hex');
const edit = (dir, file, fn) => {
  const p = join(ROOT, dir, 'cluster', file);
  const body = JSON.parse(readFileSync(p, 'utf8'));
  fn(body);
  writeFileSync(p, JSON.stringify(body, null, 2) + '\n');
};

// StatefulSet pods are named <sts>-<ordinal> with generateName <sts>- (the kit writes the ReplicaSet-style one).
for (const dir of ['robot-shop/s57b-payment-gateway-typo']) {
  edit(dir, 'pods.json', (l) => {
    for (const p of l.items) if (p.metadata.ownerReferences?.[0]?.kind === 'StatefulSet') p.metadata.generateName = `${p.metadata.ownerReferences[0].name}-`;
  });
  // robot-shop's dispatch Service is headless upstream (clusterIP: None).
  edit(dir, 'services.json', (l) => {
    const s = l.items.find((x) => x.metadata.name === 'dispatch');
    s.spec.clusterIP = 'None';
    s.spec.clusterIPs = ['None'];
  });
}

// hotel-reservation: the `kubectl debug --profile=sysadmin --target=...` ephemeral container on memcached-profile, and the
// Recreate strategy kompose writes for the mongodb Deployments (they mount a ReadWriteOnce claim).
const hr = 'hotel-reservation/s57b-memcached-profile-gdb-stopped';
edit(hr, 'pods.json', (l) => {
  const p = l.items.find((x) => x.metadata.name.startsWith('memcached-profile-'));
  p.spec.ephemeralContainers = [{
    name: DEBUGGER, image: DEBUG_IMAGE, resources: {}, terminationMessagePath: '/dev/termination-log', terminationMessagePolicy: 'File',
    imagePullPolicy: 'IfNotPresent', securityContext: { privileged: true }, stdin: true, tty: true, targetContainerName: 'hotel-reserv-profile-mmc',
  }];
  p.status.ephemeralContainerStatuses = [{
    name: DEBUGGER, state: { running: { startedAt: DEBUG_AT } }, lastState: {}, ready: false, restartCount: 0, image: DEBUG_IMAGE,
    imageID: `hotelres.azurecr.io/platform/debug-tools@sha256:${h(DEBUG_IMAGE).slice(0, 64)}`, containerID: `containerd://${h(`${p.metadata.name}/${DEBUGGER}`).slice(0, 64)}`,
  }];
});
edit(hr, 'deployments.json', (l) => {
  for (const d of l.items) if (d.metadata.name.startsWith('mongodb-')) d.spec.strategy = { type: 'Recreate' };
});
console.log('post-processed s57b');
