// Builds the s11 blind dev scenarios (TeaStore, OpenTelemetry demo) from scripts/s11-blind-dev/*.mjs with the kit;
// deterministic: rewrites test/scenarios/{teastore,otel-demo}/s11-*/.
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s11-blind-dev', { split: 'dev' });
