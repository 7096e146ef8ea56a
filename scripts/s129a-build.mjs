// Builds the blind dev batch s129a (scripts/s129a-blind-dev/*.mjs) into test/scenarios/<system>/s129a-*/.
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s129a-blind-dev', { split: 'dev' });
