// Builds batch s136a (held out) from scripts/s136a-heldout/*.mjs.
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s136a-heldout', { split: 'test' });
