// Builds blind dev batch s119c (scripts/s119c-blind-dev/*.mjs) into test/scenarios/<system>/s119c-*/.
import { buildBatch } from './s2-scenario-kit.mjs';
await buildBatch('s119c-blind-dev', { split: 'dev' });
