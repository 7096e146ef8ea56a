// Writes the fourth-pass dev scenarios (issue 13) of scripts/s4-scenarios/*.mjs into test/scenarios with the snapshot builder of
// scripts/s2-scenario-kit.mjs. Usage: node scripts/s4-build-scenarios.mjs
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s4-scenarios');
