// Builds the blind dev batch s137c (scripts/s137c-blind-dev/*.mjs) into test/scenarios/<system>/s137c-*/.
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s137c-blind-dev', { split: 'dev' });
