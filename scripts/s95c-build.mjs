// Builds blind dev batch s95c (scripts/s95c-blind-dev/*.mjs) into test/scenarios/<system>/s95c-*/.
// The kit names StatefulSet pods through withDefaults; nothing else needs post-processing in this batch.
import { buildBatch } from './s2-scenario-kit.mjs';
await buildBatch('s95c-blind-dev', { split: 'dev' });
