// Builds blind dev batch s97a (scripts/s97a-blind-dev/*.mjs) into test/scenarios/<system>/s97a-*/ with the shared kit,
// then fixes what the kit cannot express: StatefulSet pods' generateName, robot-shop's headless dispatch Service, the mysql branch-ENI annotation.
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s97a-blind-dev', { split: 'dev' });

const ROOT = new URL('../test/scenarios/', import.meta.url).pathname;
const rw = (f, fn) => { if (!existsSync(f)) return; const j = JSON.parse(readFileSync(f, 'utf8')); fn(j); writeFileSync(f, JSON.stringify(j, null, 2) + '\n'); };
for (const sys of readdirSync(ROOT)) {
  if (!existsSync(join(ROOT, sys)) || sys.endsWith('.yaml')) continue;
  for (const folder of readdirSync(join(ROOT, sys)).filter((f) => f.startsWith('s97a-'))) {
    const dir = join(ROOT, sys, folder, 'cluster');
    rw(join(dir, 'pods.json'), (j) => {
      for (const p of j.items) {
        const o = p.metadata.ownerReferences?.[0];
        if (o?.kind === 'StatefulSet') p.metadata.generateName = `${o.name}-`;
        if (folder === 's97a-mysql-pod-security-group-drops-3306' && p.metadata.labels.service === 'mysql')
          p.metadata.annotations = { 'vpc.amazonaws.com/pod-eni': `[{"eniId":"eni-0d4a9f3e17c28b650","ifAddress":"0a:3c:5e:91:d2:7f","privateIp":"${p.status.podIP}","ipv6Addr":"","vlanId":1,"subnetCidr":"${p.status.podIP.split('.').slice(0, 3).join('.')}.0/24","subnetV6Cidr":"","associationID":"trunk-assoc-0c81f5e2"}]`, ...(p.metadata.annotations ?? {}) };
      }
    });
    // A plain `kubectl rollout restart`: the kit writes no annotations into ReplicaSet templates, so the new ReplicaSet and
    // its pods get the Deployment template's restartedAt annotation here (the old template has none, as before the restart).
    const restarted = { 's97a-mysql-pod-security-group-drops-3306': 'mysql', 's97a-webui-session-cookie-over-header-limit': 'teastore-auth' }[folder];
    if (restarted) {
      const dep = JSON.parse(readFileSync(join(dir, 'deployments.json'), 'utf8')).items.find((d) => d.metadata.name === restarted);
      const ann = dep.spec.template.metadata.annotations;
      let newRs;
      rw(join(dir, 'replicasets.json'), (j) => {
        newRs = j.items.find((r) => r.metadata.ownerReferences[0].name === restarted && r.metadata.annotations['deployment.kubernetes.io/revision'] === dep.metadata.annotations['deployment.kubernetes.io/revision']);
        newRs.spec.template.metadata.annotations = { ...ann };
      });
      rw(join(dir, 'pods.json'), (j) => {
        for (const p of j.items) if (p.metadata.ownerReferences?.[0]?.name === newRs.metadata.name) p.metadata.annotations = { ...ann, ...(p.metadata.annotations ?? {}) };
      });
    }
    if (sys === 'robot-shop')
      rw(join(dir, 'services.json'), (j) => {
        for (const s of j.items) if (s.metadata.name === 'dispatch') { s.spec.clusterIP = 'None'; s.spec.clusterIPs = ['None']; }
      });
  }
}
