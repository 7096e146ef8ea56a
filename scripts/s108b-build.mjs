// Builds blind held-out batch s108b (scripts/s108b-heldout/*.mjs) into test/scenarios/<system>/s108b-*/.
// Post-processing below: robot-shop StatefulSet pod generateName and the headless dispatch Service.
import { buildBatch } from './s2-scenario-kit.mjs';
await buildBatch('s108b-heldout', { split: 'test' });

// Robot Shop: the redis StatefulSet pod's generateName is `redis-`, and the dispatch Service is headless upstream.
import { readFileSync, writeFileSync } from 'node:fs';
const rsDir = new URL('../test/scenarios/robot-shop/s108b-login-broken-morning/cluster/', import.meta.url);
const edit = (f, fn) => { const p = new URL(f, rsDir); const j = JSON.parse(readFileSync(p, 'utf8')); fn(j); writeFileSync(p, JSON.stringify(j, null, 2) + '\n'); };
edit('pods.json', (j) => { for (const p of j.items) if (p.metadata.ownerReferences[0].kind === 'StatefulSet') p.metadata.generateName = `${p.metadata.ownerReferences[0].name}-`; });
edit('services.json', (j) => { for (const s of j.items) if (s.metadata.name === 'dispatch') { s.spec.clusterIP = 'None'; s.spec.clusterIPs = ['None']; } });
