// Builds batch s133d (blind dev scenarios) from scripts/s133d-blind-dev/*.mjs; run: node scripts/s133d-build.mjs
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s133d-blind-dev', { split: 'dev' });
