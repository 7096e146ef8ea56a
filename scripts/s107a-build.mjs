// Builds blind dev batch s107a (scripts/s107a-blind-dev/*.mjs) into test/scenarios/<system>/s107a-*/, then applies
// what the kit cannot express: robot-shop's headless dispatch Service, teastore nodes' flannel annotations.
import { readFileSync, writeFileSync } from 'node:fs';
import { buildBatch } from './s2-scenario-kit.mjs';

await buildBatch('s107a-blind-dev', { split: 'dev' });

const edit = (file, fn) => {
  const j = JSON.parse(readFileSync(file, 'utf8'));
  fn(j);
  writeFileSync(file, JSON.stringify(j, null, 2) + '\n');
};
const rs = 'test/scenarios/robot-shop/s107a-mysql-stale-cni-route/cluster';
edit(`${rs}/services.json`, (l) => {
  for (const s of l.items) if (s.metadata.name === 'dispatch') { s.spec.clusterIP = 'None'; s.spec.clusterIPs = ['None']; }
});
const ts = 'test/scenarios/teastore/s107a-worker3-flannel-wrong-iface/cluster';
edit(`${ts}/nodes.json`, (l) => {
  for (const n of l.items) {
    const ip = n.metadata.name === 'tea-worker-3' ? '10.0.2.15' : n.status.addresses[0].address;
    n.metadata.annotations = {
      'flannel.alpha.coreos.com/backend-data': `{"VNI":1,"VtepMAC":"${n.metadata.name === 'tea-worker-3' ? 'ae:41:0c:9d:27:5b' : n.metadata.name === 'tea-worker-1' ? '6a:f2:83:10:c4:e9' : '12:7d:b5:e8:3a:06'}"}`,
      'flannel.alpha.coreos.com/backend-type': 'vxlan',
      'flannel.alpha.coreos.com/kube-subnet-manager': 'true',
      'flannel.alpha.coreos.com/public-ip': ip,
      'kubeadm.alpha.kubernetes.io/cri-socket': 'unix:///var/run/containerd/containerd.sock',
      ...n.metadata.annotations,
    };
  }
});
