// Builds the s12 held-out batch (split: test) from scripts/s12-heldout/*.mjs with the scenario kit.
// Run: node scripts/s12-build-heldout.mjs (rewrites test/scenarios/<system>/s12-*/).
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s12-heldout', { split: 'test' });
