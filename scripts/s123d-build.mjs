// Builds blind dev batch s123d (scripts/s123d-blind-dev/*.mjs) with the scenario kit, then writes what the kit
// cannot express: StatefulSet pods' generateName, and robot-shop's headless dispatch Service.
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s123d-blind-dev', { split: 'dev' });

const ROOT = join(import.meta.dirname, '..', 'test', 'scenarios');
for (const sys of readdirSync(ROOT)) {
  const sdir = join(ROOT, sys);
  if (!existsSync(sdir) || sys.endsWith('.yaml')) continue;
  let dirs = [];
  try { dirs = readdirSync(sdir).filter((d) => d.startsWith('s123d-')); } catch { continue; }
  for (const d of dirs) {
    const podsF = join(sdir, d, 'cluster', 'pods.json');
    const pods = JSON.parse(readFileSync(podsF, 'utf8'));
    for (const p of pods.items) {
      const o = p.metadata.ownerReferences?.[0];
      if (o?.kind === 'StatefulSet') p.metadata.generateName = `${o.name}-`;
    }
    writeFileSync(podsF, JSON.stringify(pods, null, 2) + '\n');
    if (sys === 'robot-shop') {
      for (const f of ['services.json']) {
        const F = join(sdir, d, 'cluster', f);
        const l = JSON.parse(readFileSync(F, 'utf8'));
        for (const s of l.items) if (s.metadata.name === 'dispatch') { s.spec.clusterIP = 'None'; s.spec.clusterIPs = ['None']; }
        writeFileSync(F, JSON.stringify(l, null, 2) + '\n');
      }
    }
  }
}
