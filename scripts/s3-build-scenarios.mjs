// Writes the session-3 dev scenarios (issue 13) of scripts/s3-scenarios/*.mjs into test/scenarios with the snapshot builder of
// scripts/s2-scenario-kit.mjs; a system module may export defaultPvcs (claims every scenario lists). Usage: node scripts/s3-build-scenarios.mjs
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s3-scenarios');
