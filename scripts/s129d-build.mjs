// Builds batch s129d (blind dev scenarios) from scripts/s129d-blind-dev/*.mjs, then post-processes what the kit cannot express.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s129d-blind-dev', { split: 'dev' });

// sock-shop rabbitmq release: the team runs the broker Deployment with strategy Recreate.
const f = 'test/scenarios/sock-shop/s129d-checkout-fails-rabbitmq-cookie-mount/cluster/deployments.json';
if (existsSync(f)) {
  const d = JSON.parse(readFileSync(f, 'utf8'));
  for (const it of d.items) if (it.metadata.name === 'rabbitmq') it.spec.strategy = { type: 'Recreate' };
  writeFileSync(f, JSON.stringify(d, null, 2) + '\n');
}
