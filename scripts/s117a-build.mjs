// Builds blind dev batch s117a (scripts/s117a-blind-dev/*.mjs) into test/scenarios/<system>/s117a-*/ with the s2 kit.
import { buildBatch } from './s2-scenario-kit.mjs';
await buildBatch('s117a-blind-dev', { split: 'dev' });
