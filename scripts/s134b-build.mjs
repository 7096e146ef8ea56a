// Builds the blind held-out batch s134b (scripts/s134b-heldout/*.mjs) into test/scenarios/<system>/s134b-*/.
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s134b-heldout', { split: 'test' });
