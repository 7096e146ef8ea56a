// Builds the blind dev batch s127d (specs in scripts/s127d-blind-dev/*.mjs) with the scenario kit.
import { buildBatch } from './s2-scenario-kit.mjs';
await buildBatch('s127d-blind-dev', { split: 'dev' });
