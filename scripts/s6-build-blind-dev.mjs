// Writes the s6 blind dev scenarios of scripts/s6-blind-dev/*.mjs into test/scenarios with the snapshot builder of
// scripts/s2-scenario-kit.mjs. Usage: node scripts/s6-build-blind-dev.mjs
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s6-blind-dev');
