// Builds blind dev batch s105c (scripts/s105c-blind-dev/*.mjs) into test/scenarios/<system>/s105c-*/.
// Post-processing: robot-shop's dispatch Service is headless upstream (clusterIP None); StatefulSet pods' generateName.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { buildBatch } from './s2-scenario-kit.mjs';
await buildBatch('s105c-blind-dev', { split: 'dev' });
const f = 'test/scenarios/robot-shop/s105c-shipping-cart-endpoint-with-scheme/cluster/services.json';
if (existsSync(f)) {
  const l = JSON.parse(readFileSync(f, 'utf8'));
  for (const s of l.items) if (s.metadata.name === 'dispatch') { s.spec.clusterIP = 'None'; s.spec.clusterIPs = ['None']; }
  writeFileSync(f, JSON.stringify(l, null, 2) + '\n');
}
const pf = 'test/scenarios/robot-shop/s105c-shipping-cart-endpoint-with-scheme/cluster/pods.json';
if (existsSync(pf)) {
  const l = JSON.parse(readFileSync(pf, 'utf8'));
  for (const p of l.items) if (p.metadata.ownerReferences?.[0]?.kind === 'StatefulSet') p.metadata.generateName = `${p.metadata.ownerReferences[0].name}-`;
  writeFileSync(pf, JSON.stringify(l, null, 2) + '\n');
}
