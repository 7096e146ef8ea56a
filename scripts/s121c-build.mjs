// Builds blind dev batch s121c (five scenarios, test/scenarios/<system>/s121c-*/) from scripts/s121c-blind-dev/*.mjs;
// then gives robot-shop's StatefulSet pod redis-0 the generateName a StatefulSet pod has.
import { readFileSync, writeFileSync } from 'node:fs';
import { buildBatch } from './s2-scenario-kit.mjs';
await buildBatch('s121c-blind-dev', { split: 'dev' });
const f = 'test/scenarios/robot-shop/s121c-shipping-cart-endpoint-web/cluster/pods.json';
const pods = JSON.parse(readFileSync(f, 'utf8'));
for (const p of pods.items) if (p.metadata.name === 'redis-0') p.metadata.generateName = 'redis-';
writeFileSync(f, JSON.stringify(pods, null, 2) + '\n');
