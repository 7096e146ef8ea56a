// Builds blind dev batch s113c (scripts/s113c-blind-dev/*.mjs) into test/scenarios/<system>/s113c-*/.
// Run: node scripts/s113c-build.mjs
import { buildBatch } from './s2-scenario-kit.mjs';
await buildBatch('s113c-blind-dev', { split: 'dev' });
