// Writes the session-2 dev scenarios (issue 13) of scripts/s2-scenarios/*.mjs into test/scenarios with the
// snapshot builder of scripts/s2-scenario-kit.mjs. Usage: node scripts/s2-build-scenarios.mjs
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s2-scenarios');
