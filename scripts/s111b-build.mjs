// Builds blind dev batch s111b (scripts/s111b-blind-dev/*.mjs) into test/scenarios/<system>/s111b-*/.
import { buildBatch } from './s2-scenario-kit.mjs';
await buildBatch('s111b-blind-dev', { split: 'dev' });
