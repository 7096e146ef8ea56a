// Builds held-out batch s118a (split test) from scripts/s118a-heldout/*.mjs with the scenario kit.
// Run: node scripts/s118a-build.mjs
import { buildBatch } from './s2-scenario-kit.mjs';
await buildBatch('s118a-heldout', { split: 'test' });
