// Writes the s5 held-out (split: test) scenarios of scripts/s5-heldout/*.mjs — DeathStarBench hotelReservation, issue 13 — into
// test/scenarios with the snapshot builder of scripts/s2-scenario-kit.mjs. Written by an author who had not seen the rules or the
// system's dev scenarios and never ran the engine on them. Usage: node scripts/s5-build-heldout.mjs
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s5-heldout', { split: 'test' });
