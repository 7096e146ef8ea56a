// Builds batch s132b (held-out, split: test) from scripts/s132b-heldout/*.mjs with the s2 scenario kit.
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s132b-heldout', { split: 'test' });
