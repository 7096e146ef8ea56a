// Writes the held-out (split: test) scenarios of scripts/s3-heldout/*.mjs — Online Boutique and Sock Shop, issue 13,
// written by an author who never ran the engine on them — into test/scenarios. Usage: node scripts/s3-build-heldout.mjs
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s3-heldout', { split: 'test' });
