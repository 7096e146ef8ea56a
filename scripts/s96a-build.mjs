// Builds the blind held-out batch s96a (scripts/s96a-heldout/*.mjs) into test/scenarios/<system>/s96a-*/ with split: test,
// then gives the StatefulSet pods (robot-shop redis-0) their StatefulSet generateName and
// Robot Shop's headless dispatch Service its clusterIP None.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { buildBatch } from './s2-scenario-kit.mjs';
import { headless } from './kit-systems/robot-shop.mjs';

await buildBatch('s96a-heldout', { split: 'test' });

const f = 'test/scenarios/robot-shop/s96a-cart-oom-under-promo-traffic/cluster/pods.json';
if (existsSync(f)) {
  const pods = JSON.parse(readFileSync(f, 'utf8'));
  for (const p of pods.items) {
    const own = p.metadata.ownerReferences?.[0];
    if (own?.kind === 'StatefulSet') p.metadata.generateName = `${own.name}-`;
  }
  writeFileSync(f, JSON.stringify(pods, null, 2) + '\n');
  // Robot Shop's dispatch Service is headless upstream (clusterIP: None).
  const sf = f.replace('pods.json', 'services.json');
  const svcs = JSON.parse(readFileSync(sf, 'utf8'));
  for (const s of svcs.items) if (headless.includes(s.metadata.name)) { s.spec.clusterIP = 'None'; s.spec.clusterIPs = ['None']; }
  writeFileSync(sf, JSON.stringify(svcs, null, 2) + '\n');
}
