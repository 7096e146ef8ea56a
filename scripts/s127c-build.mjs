// Builds the blind dev batch s127c (scripts/s127c-blind-dev/*.mjs) into test/scenarios/<system>/s127c-*/.
import { buildBatch } from './s2-scenario-kit.mjs';
await buildBatch('s127c-blind-dev', { split: 'dev' });
