// Builds blind dev batch s57a (scripts/s57a-blind-dev/*.mjs) with the scenario kit, then writes what the kit cannot
// express: StatefulSet pod names (generateName <sts>-) and the ephemeral debug container of the hotel-reservation scenario.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { buildBatch } from './s2-scenario-kit.mjs';
import { EPHEMERAL } from './s57a-blind-dev/hotel-reservation.mjs';

await buildBatch('s57a-blind-dev', { split: 'dev' });

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
const h = (s) => createHash('sha256').update(s).digest('hex');
const edit = (file, fn) => {
  if (!existsSync(file)) return;
  const body = JSON.parse(readFileSync(file, 'utf8'));
  fn(body);
  writeFileSync(file, JSON.stringify(body, null, 2) + '\n');
};

// StatefulSet pods: <sts>-<ordinal>, generateName <sts>- (robot-shop redis).
for (const folder of ['robot-shop/s57a-mysql-chaos-delay-shipping']) {
  edit(join(ROOT, folder, 'cluster', 'pods.json'), (list) => {
    for (const p of list.items) {
      const own = p.metadata.ownerReferences?.[0];
      if (own?.kind === 'StatefulSet') p.metadata.generateName = `${own.name}-`;
    }
  });
}

// hotel-reservation: the ephemeral container kubectl debug added to the memcached-rate pod.
edit(join(ROOT, 'hotel-reservation/s57a-memcached-rate-frozen-by-gdb', 'cluster', 'pods.json'), (list) => {
  const p = list.items.find((x) => x.metadata.name.startsWith(`${EPHEMERAL.pod}-`));
  p.spec.ephemeralContainers = [{
    name: EPHEMERAL.name, image: EPHEMERAL.image, targetContainerName: EPHEMERAL.target,
    resources: {}, terminationMessagePath: '/dev/termination-log', terminationMessagePolicy: 'File', imagePullPolicy: 'IfNotPresent',
    securityContext: { capabilities: { add: ['SYS_PTRACE'] } }, stdin: true, tty: true,
  }];
  p.status.ephemeralContainerStatuses = [{
    name: EPHEMERAL.name, state: { running: { startedAt: EPHEMERAL.started } }, lastState: {}, ready: false, restartCount: 0,
    image: `docker.io/library/${EPHEMERAL.image}`, imageID: `docker.io/library/ubuntu@sha256:${h(EPHEMERAL.image).slice(0, 64)}`,
    containerID: `containerd://${h(`${p.metadata.name}/${EPHEMERAL.name}`).slice(0, 64)}`,
  }];
  p.metadata.resourceVersion = String(Number(p.metadata.resourceVersion) + 2);
});
