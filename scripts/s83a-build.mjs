// Builds blind dev batch s83a (five scenarios, scripts/s83a-blind-dev/*.mjs) into test/scenarios/<system>/s83a-*/.
// Post-processing: none needed beyond the kit (StatefulSet pod names come from each system's withDefaults).
import { buildBatch } from './s2-scenario-kit.mjs';
await buildBatch('s83a-blind-dev', { split: 'dev' });
