// Builds the s13 blind dev scenarios (Bookinfo, Robot Shop, OpenTelemetry demo, TeaStore) from scripts/s13-blind-dev/*.mjs
// into test/scenarios/<system>/s13-*/ with the scenario kit; deterministic. Run: node scripts/s13-build-blind-dev.mjs
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s13-blind-dev', { split: 'dev' });
