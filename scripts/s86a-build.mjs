// Builds held-out batch s86a (split: test) from scripts/s86a-heldout/*.mjs with the scenario kit, then writes what the kit
// cannot express: StatefulSet pods' generateName, Robot Shop's headless dispatch Service, and sock-shop's Recreate broker.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s86a-heldout', { split: 'test' });

const edit = (file, fn) => { if (!existsSync(file)) return; const j = JSON.parse(readFileSync(file, 'utf8')); fn(j); writeFileSync(file, JSON.stringify(j, null, 2) + '\n'); };
const RS = 'test/scenarios/robot-shop/s86a-pay-button-503/cluster';
edit(`${RS}/pods.json`, (l) => { for (const p of l.items) if (p.metadata.ownerReferences?.[0]?.kind === 'StatefulSet') p.metadata.generateName = `${p.metadata.ownerReferences[0].name}-`; });
edit(`${RS}/services.json`, (l) => { for (const s of l.items) if (s.metadata.name === 'dispatch') { s.spec.clusterIP = 'None'; s.spec.clusterIPs = ['None']; } });
const SS = 'test/scenarios/sock-shop/s86a-orders-not-shipping/cluster';
edit(`${SS}/deployments.json`, (l) => { for (const d of l.items) if (d.metadata.name === 'rabbitmq') d.spec.strategy = { type: 'Recreate' }; });
