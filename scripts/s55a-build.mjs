// Builds batch s55a (blind dev, five scenarios) from scripts/s55a-blind-dev/*.mjs with the scenario kit, then writes what
// the kit cannot express: StatefulSet pods' generateName, robot-shop's headless dispatch Service, and sock-shop's
// scale-down events naming the pods the scale-up created (the kit names each ReplicaSet event's pod at random).
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s55a-blind-dev', { split: 'dev' });

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
const FOLDERS = {
  'bank-of-anthos': 's55a-logged-out-after-an-hour-token-expiry',
  bookinfo: 's55a-stars-change-on-refresh-reviews-versions',
  'hotel-reservation': 's55a-ios-app-search-empty-web-fine',
  'robot-shop': 's55a-checkout-errors-paypal-blip-over',
  'sock-shop': 's55a-frontend-latency-page-during-weekly-loadtest',
};
const edit = (file, fn) => {
  if (!existsSync(file)) return;
  const j = JSON.parse(readFileSync(file, 'utf8'));
  fn(j);
  writeFileSync(file, JSON.stringify(j, null, 2) + '\n');
};
for (const [sys, folder] of Object.entries(FOLDERS)) {
  const dir = join(ROOT, sys, folder, 'cluster');
  edit(join(dir, 'pods.json'), (list) => {
    for (const p of list.items) {
      const o = p.metadata.ownerReferences?.[0];
      if (o?.kind === 'StatefulSet') p.metadata.generateName = `${o.name}-`;
    }
  });
  if (sys === 'sock-shop')
    edit(join(dir, 'events.json'), (list) => {
      const created = list.items.filter((e) => e.reason === 'SuccessfulCreate').map((e) => e.message.replace('Created pod: ', ''));
      list.items.filter((e) => e.reason === 'SuccessfulDelete').forEach((e, i) => { e.message = `Deleted pod: ${created[created.length - 1 - i]}`; });
    });
  if (sys === 'robot-shop')
    edit(join(dir, 'services.json'), (list) => {
      for (const s of list.items)
        if (s.metadata.name === 'dispatch') { s.spec.clusterIP = 'None'; s.spec.clusterIPs = ['None']; }
    });
}
