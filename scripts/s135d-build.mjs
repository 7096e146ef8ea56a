// Builds the blind dev batch s135d (scripts/s135d-blind-dev/*.mjs) into test/scenarios/<system>/s135d-*/.
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s135d-blind-dev', { split: 'dev' });
