// Builds batch s137d (blind dev scenarios) from scripts/s137d-blind-dev/*.mjs into test/scenarios/<system>/s137d-*/.
import { buildBatch } from './s2-scenario-kit.mjs';
await buildBatch('s137d-blind-dev', { split: 'dev' });
