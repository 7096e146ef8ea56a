// Builds blind dev batch s121d (five scenarios, no-fault incidents) from scripts/s121d-blind-dev/*.mjs
// into test/scenarios/<system>/s121d-*/ (split dev).
import { buildBatch } from './s2-scenario-kit.mjs';
await buildBatch('s121d-blind-dev', { split: 'dev' });
