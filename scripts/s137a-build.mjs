// Builds batch s137a (blind dev) from scripts/s137a-blind-dev/*.mjs, then post-processes what the kit cannot express.
import { buildBatch } from './s2-scenario-kit.mjs';
await buildBatch('s137a-blind-dev', { split: 'dev' });
