// Builds the blind held-out batch s132a from scripts/s132a-heldout/*.mjs, then post-processes what the kit cannot express.
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s132a-heldout', { split: 'test' });
