// Writes the s7 blind dev scenarios of scripts/s7-blind-dev/*.mjs (DeathStarBench hotelReservation and Online Boutique) into
// test/scenarios with the snapshot builder of scripts/s2-scenario-kit.mjs. Written by an author who had not seen the rules, the
// engine code or the systems' other scenarios and never ran the engine on them. Usage: node scripts/s7-build-blind-dev.mjs
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s7-blind-dev', { split: 'dev' });
