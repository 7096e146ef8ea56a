// Builds the blind dev batch s129b (scripts/s129b-blind-dev/*.mjs) into test/scenarios/<system>/s129b-*/.
import { buildBatch } from './s2-scenario-kit.mjs';
await buildBatch('s129b-blind-dev', { split: 'dev' });
