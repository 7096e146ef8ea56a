// Builds blind dev batch s111a (scripts/s111a-blind-dev/*.mjs) with the scenario kit, then adds what the kit cannot
// express: the frontend-external LoadBalancer Service (with its loadBalancerSourceRanges) and its Endpoints for Online Boutique.
import { readFileSync, writeFileSync } from 'node:fs';
import { buildBatch, uid } from './s2-scenario-kit.mjs';

await buildBatch('s111a-blind-dev', { split: 'dev' });

const dir = 'test/scenarios/online-boutique/s111a-frontend-lb-source-ranges/cluster';
const rd = (f) => JSON.parse(readFileSync(`${dir}/${f}`, 'utf8'));
const wr = (f, b) => writeFileSync(`${dir}/${f}`, JSON.stringify(b, null, 2) + '\n');
const svcs = rd('services.json');
const fe = svcs.items.find((s) => s.metadata.name === 'frontend');
svcs.items.push({
  metadata: { ...fe.metadata, name: 'frontend-external', uid: uid('online-boutique/s111a/svc/frontend-external'), resourceVersion: '9182211', annotations: { 'cloud.google.com/neg': '{"ingress":true}' } },
  spec: { ...fe.spec, type: 'LoadBalancer', ports: [{ name: 'http', protocol: 'TCP', port: 80, targetPort: 8080, nodePort: 31542 }], clusterIP: '10.100.77.41', clusterIPs: ['10.100.77.41'], externalTrafficPolicy: 'Cluster', allocateLoadBalancerNodePorts: true, loadBalancerSourceRanges: ['203.0.113.24/32'] },
  status: { loadBalancer: { ingress: [{ ip: '34.118.92.17', ipMode: 'VIP' }] } },
});
wr('services.json', svcs);
const eps = rd('endpoints.json');
const feEp = eps.items.find((e) => e.metadata.name === 'frontend');
eps.items.push({ ...feEp, metadata: { ...feEp.metadata, name: 'frontend-external', uid: uid('online-boutique/s111a/ep/frontend-external') } });
wr('endpoints.json', eps);
console.log('post-processed frontend-external');

// Robot Shop: the redis StatefulSet pod is generated as redis-<ordinal>, so its generateName is "redis-".
const rsPods = 'test/scenarios/robot-shop/s111a-cart-release-lowercase-sku/cluster/pods.json';
const pods = JSON.parse(readFileSync(rsPods, 'utf8'));
for (const p of pods.items) if (p.metadata.name === 'redis-0') p.metadata.generateName = 'redis-';
writeFileSync(rsPods, JSON.stringify(pods, null, 2) + '\n');
