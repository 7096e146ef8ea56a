// Builds batch s125a (blind dev scenarios) from scripts/s125a-blind-dev/*.mjs with the scenario kit.
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s125a-blind-dev', { split: 'dev' });
