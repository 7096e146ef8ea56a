// Builds blind dev batch s97c (five scenarios, one per system) from scripts/s97c-blind-dev/*.mjs into test/scenarios/.
// Run: node scripts/s97c-build.mjs
import { buildBatch } from './s2-scenario-kit.mjs';
await buildBatch('s97c-blind-dev', { split: 'dev' });

// Post-processing the kit cannot express: robot-shop's redis StatefulSet pod is named redis-0 with generateName `redis-`,
// and the upstream dispatch Service is headless (clusterIP None).
import { readFileSync, writeFileSync } from 'node:fs';
const rsDir = new URL('../test/scenarios/robot-shop/s97c-cart-catalogue-port-override/cluster/', import.meta.url);
const podsF = new URL('pods.json', rsDir);
const pods = JSON.parse(readFileSync(podsF, 'utf8'));
for (const p of pods.items) if (p.metadata.ownerReferences?.[0]?.kind === 'StatefulSet') p.metadata.generateName = `${p.metadata.ownerReferences[0].name}-`;
writeFileSync(podsF, JSON.stringify(pods, null, 2) + '\n');
const svcF = new URL('services.json', rsDir);
const svcs = JSON.parse(readFileSync(svcF, 'utf8'));
for (const s of svcs.items) if (s.metadata.name === 'dispatch') { s.spec.clusterIP = 'None'; s.spec.clusterIPs = ['None']; }
writeFileSync(svcF, JSON.stringify(svcs, null, 2) + '\n');
