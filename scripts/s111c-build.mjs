// Builds batch s111c (blind dev scenarios) with the s2 kit; no post-processing needed for these specs.
import { buildBatch } from './s2-scenario-kit.mjs';
await buildBatch('s111c-blind-dev', { split: 'dev' });
