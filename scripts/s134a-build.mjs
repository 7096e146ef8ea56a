// Builds the blind held-out batch s134a (scripts/s134a-heldout/*.mjs) into test/scenarios/<system>/s134a-*/.
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s134a-heldout', { split: 'test' });
