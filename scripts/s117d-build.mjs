// Builds blind dev batch s117d (no-fault incidents) into test/scenarios/<system>/s117d-*/ with the scenario kit,
// then fixes what the kit cannot express: robot-shop's headless dispatch Service and the StatefulSet pod generateName.
import { readFileSync, writeFileSync } from 'node:fs';
import { buildBatch } from './s2-scenario-kit.mjs';
await buildBatch('s117d-blind-dev', { split: 'dev' });
const dir = 'test/scenarios/robot-shop/s117d-checkout-retried-during-mq-move/cluster';
const svc = JSON.parse(readFileSync(`${dir}/services.json`, 'utf8'));
for (const s of svc.items) if (s.metadata.name === 'dispatch') { s.spec.clusterIP = 'None'; s.spec.clusterIPs = ['None']; }
writeFileSync(`${dir}/services.json`, JSON.stringify(svc, null, 2) + '\n');
const pods = JSON.parse(readFileSync(`${dir}/pods.json`, 'utf8'));
for (const p of pods.items) if (p.metadata.ownerReferences?.[0]?.kind === 'StatefulSet') p.metadata.generateName = `${p.metadata.ownerReferences[0].name}-`;
writeFileSync(`${dir}/pods.json`, JSON.stringify(pods, null, 2) + '\n');
