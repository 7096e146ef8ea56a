// Builds the blind dev batch s125c (scripts/s125c-blind-dev/*.mjs) with the scenario kit.
import { buildBatch } from './s2-scenario-kit.mjs';
await buildBatch('s125c-blind-dev', { split: 'dev' });
