// Builds blind dev batch s109c (scripts/s109c-blind-dev/*.mjs) into test/scenarios/<system>/s109c-*/.
// Run: node scripts/s109c-build.mjs
import { buildBatch } from './s2-scenario-kit.mjs';
await buildBatch('s109c-blind-dev', { split: 'dev' });
