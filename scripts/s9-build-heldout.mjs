// Writes the s9 held-out (split: test) scenarios of scripts/s9-heldout/*.mjs (Online Boutique, Sock Shop, DeathStarBench hotelReservation) into
// test/scenarios with the snapshot builder of scripts/s2-scenario-kit.mjs. Written by an author who had not seen the rules, the engine
// or the systems' other scenarios and never ran the engine on them. Usage: node scripts/s9-build-heldout.mjs
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s9-heldout', { split: 'test' });
