// Builds the blind dev batch s113a (scripts/s113a-blind-dev/*.mjs) into test/scenarios/<system>/s113a-*/.
// Uses the scenario kit's buildBatch; no post-processing is needed for this batch's systems.
import { buildBatch } from './s2-scenario-kit.mjs';
await buildBatch('s113a-blind-dev', { split: 'dev' });
