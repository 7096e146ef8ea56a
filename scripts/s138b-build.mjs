// Builds the blind held-out batch s138b (scripts/s138b-heldout/*.mjs) into test/scenarios/<system>/s138b-*/.
import { buildBatch } from './s2-scenario-kit.mjs';
await buildBatch('s138b-heldout', { split: 'test' });
