// Builds the blind dev batch s135b (scripts/s135b-blind-dev/*.mjs) into test/scenarios/<system>/s135b-*/.
import { buildBatch } from './s2-scenario-kit.mjs';
await buildBatch('s135b-blind-dev', { split: 'dev' });
