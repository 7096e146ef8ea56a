// Builds the blind dev batch s125d (scripts/s125d-blind-dev/*.mjs) into test/scenarios/<system>/s125d-*/.
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s125d-blind-dev', { split: 'dev' });
