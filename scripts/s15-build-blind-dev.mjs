// Builds the s15 blind dev scenarios (scripts/s15-blind-dev/*.mjs) into test/scenarios/<system>/s15-*/ with the kit, then
// writes what the kit cannot express: StatefulSet pods' generateName, Robot Shop's headless dispatch Service, ConfigMap edit times.
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s15-blind-dev', { split: 'dev' });
