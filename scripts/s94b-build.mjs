// Builds the blind held-out batch s94b (scripts/s94b-heldout/*.mjs) into test/scenarios/<system>/s94b-*/ with split test,
// then applies what the kit cannot express (Recreate strategy where a spec's grounding says so).
import { readFileSync, writeFileSync } from 'node:fs';
import { buildBatch } from './s2-scenario-kit.mjs';
await buildBatch('s94b-heldout', { split: 'test' });

const f = new URL('../test/scenarios/robot-shop/s94b-pay-spins/cluster/deployments.json', import.meta.url);
const list = JSON.parse(readFileSync(f, 'utf8'));
for (const d of list.items) if (d.metadata.name === 'rabbitmq') d.spec.strategy = { type: 'Recreate' };
writeFileSync(f, JSON.stringify(list, null, 2) + '\n');

// Robot Shop: the redis StatefulSet pod's generateName is the StatefulSet's name; dispatch's Service is headless upstream.
const rs = (n) => new URL(`../test/scenarios/robot-shop/s94b-pay-spins/cluster/${n}`, import.meta.url);
const pods = JSON.parse(readFileSync(rs('pods.json'), 'utf8'));
for (const p of pods.items) if (p.metadata.ownerReferences?.[0]?.kind === 'StatefulSet') p.metadata.generateName = `${p.metadata.ownerReferences[0].name}-`;
writeFileSync(rs('pods.json'), JSON.stringify(pods, null, 2) + '\n');
const svcs = JSON.parse(readFileSync(rs('services.json'), 'utf8'));
for (const s of svcs.items) if (s.metadata.name === 'dispatch') { s.spec.clusterIP = 'None'; s.spec.clusterIPs = ['None']; }
writeFileSync(rs('services.json'), JSON.stringify(svcs, null, 2) + '\n');
