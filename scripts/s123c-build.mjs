// Builds blind dev batch s123c (scripts/s123c-blind-dev/*.mjs) into test/scenarios/<system>/s123c-*/.
// Post-processing: none beyond what the kit writes.
import { buildBatch } from './s2-scenario-kit.mjs';
await buildBatch('s123c-blind-dev', { split: 'dev' });
