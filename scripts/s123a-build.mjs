// Builds blind dev batch s123a (scripts/s123a-blind-dev/*.mjs) with the scenario kit, then adds what the kit cannot
// express: pod-level annotations added at admission (scenario field podAnnotationsPost).
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildBatch } from './s2-scenario-kit.mjs';
await buildBatch('s123a-blind-dev', { split: 'dev' });
for (const f of readdirSync(new URL('./s123a-blind-dev', import.meta.url)).filter((n) => n.endsWith('.mjs')).sort()) {
  const mod = await import(new URL(`./s123a-blind-dev/${f}`, import.meta.url));
  for (const s of mod.scenarios) {
    if (!s.podAnnotationsPost) continue;
    const p = join(new URL('../test/scenarios', import.meta.url).pathname, mod.system.id, s.folder, 'cluster', 'pods.json');
    const pods = JSON.parse(readFileSync(p, 'utf8'));
    for (const pod of pods.items) {
      const wl = Object.keys(s.podAnnotationsPost).find((w) => pod.metadata.ownerReferences[0].name.startsWith(`${w}-`));
      if (wl) pod.metadata.annotations = { ...(pod.metadata.annotations ?? {}), ...s.podAnnotationsPost[wl] };
    }
    writeFileSync(p, JSON.stringify(pods, null, 2) + '\n');
  }
}
