// Builds the blind held-out batch s138a (specs in scripts/s138a-heldout/*.mjs).
import { buildBatch } from './s2-scenario-kit.mjs';
await buildBatch('s138a-heldout', { split: 'test' });

// Post-processing: ReplicaSet events naming the pod they created (the kit fills %POD% only on pod events).
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
const fixRsEvents = (sysId, folder, wl) => {
  const d = join(ROOT, sysId, folder, 'cluster');
  if (!existsSync(d)) return;
  const pods = JSON.parse(readFileSync(join(d, 'pods.json'), 'utf8'));
  const ev = JSON.parse(readFileSync(join(d, 'events.json'), 'utf8'));
  const pod = pods.items.filter((p) => p.metadata.name.startsWith(`${wl}-`)).sort((a, b) => b.metadata.creationTimestamp.localeCompare(a.metadata.creationTimestamp))[0];
  for (const e of ev.items) if (e.involvedObject.kind === 'ReplicaSet' && e.involvedObject.name.startsWith(`${wl}-`)) e.message = e.message.replaceAll('%POD%', pod.metadata.name);
  writeFileSync(join(d, 'events.json'), JSON.stringify(ev, null, 2) + '\n');
};
fixRsEvents('sock-shop', 's138a-catalogue-empty-after-node-rotate', 'catalogue-db');
