// Builds blind dev batch s115a (scripts/s115a-blind-dev/*.mjs) into test/scenarios/<system>/s115a-*/.
// Run with `node scripts/s115a-build.mjs`; deterministic output.
import { buildBatch } from './s2-scenario-kit.mjs';
await buildBatch('s115a-blind-dev', { split: 'dev' });
