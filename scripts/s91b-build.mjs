// Builds blind dev batch s91b (five scenarios in scripts/s91b-blind-dev/) into test/scenarios/<system>/s91b-*/.
// Post-processing: none needed beyond the kit (StatefulSet pod names come from the systems' withDefaults helpers).
import { buildBatch } from './s2-scenario-kit.mjs';
await buildBatch('s91b-blind-dev', { split: 'dev' });
