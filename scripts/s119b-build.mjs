// Builds blind dev batch s119b (scripts/s119b-blind-dev/*.mjs) into test/scenarios/<system>/s119b-*/.
// Run: node scripts/s119b-build.mjs
import { buildBatch } from './s2-scenario-kit.mjs';
await buildBatch('s119b-blind-dev', { split: 'dev' });
