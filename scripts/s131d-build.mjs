// Builds batch s131d (blind dev) from scripts/s131d-blind-dev/*.mjs.
import { buildBatch } from './s2-scenario-kit.mjs';
await buildBatch('s131d-blind-dev', { split: 'dev' });
