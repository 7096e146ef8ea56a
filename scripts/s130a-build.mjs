// Builds the blind held-out batch s130a (scripts/s130a-heldout/*.mjs) into test/scenarios/<system>/s130a-*/.
import { buildBatch } from './s2-scenario-kit.mjs';
await buildBatch('s130a-heldout', { split: 'test' });
