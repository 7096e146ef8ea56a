// Builds blind dev batch s115c (scripts/s115c-blind-dev/*.mjs) with the scenario kit, then fixes what the kit cannot
// express: the StatefulSet pod redis-0's generateName in the robot-shop scenario.
import { readFileSync, writeFileSync } from 'node:fs';
import { buildBatch } from './s2-scenario-kit.mjs';
await buildBatch('s115c-blind-dev', { split: 'dev' });
const f = 'test/scenarios/robot-shop/s115c-web-211-nginx-unknown-variable/cluster/pods.json';
const pods = JSON.parse(readFileSync(f, 'utf8'));
for (const p of pods.items) if (p.metadata.name === 'redis-0') p.metadata.generateName = 'redis-';
writeFileSync(f, JSON.stringify(pods, null, 2) + '\n');
