// Builds blind dev batch s119a (scripts/s119a-blind-dev/*.mjs) into test/scenarios/<system>/s119a-*/ and applies
// what the kit cannot express: the teastore webui Service's nodePort/externalTrafficPolicy, bookinfo pod annotations.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './s2-scenario-kit.mjs';
import { system as bookinfo } from './kit-systems/bookinfo.mjs';

await buildBatch('s119a-blind-dev', { split: 'dev' });

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'scenarios');
const edit = (p, f) => { const j = JSON.parse(readFileSync(p, 'utf8')); f(j); writeFileSync(p, JSON.stringify(j, null, 2) + '\n'); };

// TeaStore: upstream NodePort 30080; the change window set externalTrafficPolicy Local.
edit(join(ROOT, 'teastore', 's119a-webui-external-traffic-local', 'cluster', 'services.json'), (j) => {
  const s = j.items.find((x) => x.metadata.name === 'teastore-webui');
  s.spec.ports[0].nodePort = 30080;
  s.spec.externalTrafficPolicy = 'Local';
});

// Bookinfo: pod annotations (istio injection status, the excludeInboundPorts added by the release) on pods and RS templates.
{
  const dir = join(ROOT, 'bookinfo', 's119a-ratings-exclude-inbound-port-mtls', 'cluster');
  const annOf = (wl) => bookinfo.workloads.find((w) => w.name === wl)?.podAnnotations;
  const extra = { 'traffic.sidecar.istio.io/excludeInboundPorts': '9080' };
  let newRs = null;
  edit(join(dir, 'replicasets.json'), (j) => {
    const rr = j.items.filter((r) => r.metadata.ownerReferences[0].name === 'ratings-v1')
      .sort((a, b) => Number(b.metadata.annotations['deployment.kubernetes.io/revision']) - Number(a.metadata.annotations['deployment.kubernetes.io/revision']));
    newRs = rr[0].metadata.name;
    for (const r of j.items) {
      const wl = r.metadata.ownerReferences[0].name;
      const a = annOf(wl);
      if (!a) continue;
      r.spec.template.metadata.annotations = { ...a, ...(r.metadata.name === newRs ? extra : {}) };
    }
  });
  edit(join(dir, 'pods.json'), (j) => {
    for (const p of j.items) {
      const rsName = p.metadata.ownerReferences[0].name;
      const wl = rsName.replace(/-[a-z0-9]+$/, '');
      const a = annOf(wl);
      if (!a) continue;
      p.metadata.annotations = { ...a, ...(rsName === newRs ? extra : {}) };
    }
  });
  edit(join(dir, 'deployments.json'), (j) => {
    for (const d of j.items) {
      const a = annOf(d.metadata.name);
      if (a) d.spec.template.metadata.annotations = { ...a, ...(d.metadata.name === 'ratings-v1' ? extra : {}) };
    }
  });
}
void existsSync;

// Robot Shop: the redis StatefulSet pod is named redis-0 with generateName "redis-".
edit(join(ROOT, 'robot-shop', 's119a-shipping-trailing-slash-404', 'cluster', 'pods.json'), (j) => {
  for (const p of j.items) if (p.metadata.name === 'redis-0') p.metadata.generateName = 'redis-';
});
