// TeaStore (DescartesResearch/TeaStore examples/kubernetes/teastore-clusterip.yaml at 5ab1188) as a system of the
// scenario kit (scripts/s2-scenario-kit.mjs): every Deployment and Service of test/scenarios/teastore/topology.yaml.

// Upstream sets no probes and no resources on any container, and pins no image tag (so `:latest`, pull Always).
// Every Tomcat service gets HOST_NAME (its Service name) and REGISTRY_HOST; persistence also DB_HOST/DB_PORT.
const tomcat = (name, extraEnv = []) => ({
  name: `teastore-${name}`,
  containers: [
    {
      name: `teastore-${name}`,
      image: `descartesresearch/teastore-${name}`,
      ports: [{ containerPort: 8080 }],
      env: [
        { name: 'HOST_NAME', value: `teastore-${name}` },
        { name: 'REGISTRY_HOST', value: 'teastore-registry' },
        ...extraEnv,
      ],
    },
  ],
  service: { ports: [{ port: 8080, targetPort: 8080 }] },
});

export const system = {
  id: 'teastore',
  namespace: 'teastore',
  // Pod template labels of the manifest; the upstream Services select `run: <name>` only (a subset of these).
  labels: (name) => ({ app: 'teastore', run: name }),
  nodeLabels: (n) => ({
    'node-role.kubernetes.io/worker': '',
    'topology.kubernetes.io/zone': n.zone ?? 'rack-a',
  }),
  kernel: '5.15.0-119-generic',
  osImage: 'Ubuntu 22.04.4 LTS',
  kubelet: 'v1.30.4',
  // 3 kubeadm workers, flannel 10.244.0.0/16 (SOURCES.md).
  nodes: [
    { name: 'tea-worker-1', ip: '192.168.50.11', podCidr: '10.244.1', zone: 'rack-a' },
    { name: 'tea-worker-2', ip: '192.168.50.12', podCidr: '10.244.2', zone: 'rack-b' },
    { name: 'tea-worker-3', ip: '192.168.50.13', podCidr: '10.244.3', zone: 'rack-c' },
  ],
  workloads: [
    {
      name: 'teastore-db',
      containers: [
        { name: 'teastore-db', image: 'descartesresearch/teastore-db', ports: [{ containerPort: 3306 }] },
      ],
      service: { ports: [{ port: 3306, targetPort: 3306 }] },
    },
    {
      name: 'teastore-registry',
      containers: [
        {
          name: 'teastore-registry',
          image: 'descartesresearch/teastore-registry',
          ports: [{ containerPort: 8080 }],
        },
      ],
      service: { ports: [{ port: 8080, targetPort: 8080 }] },
    },
    tomcat('persistence', [
      { name: 'DB_HOST', value: 'teastore-db' },
      { name: 'DB_PORT', value: '3306' },
    ]),
    tomcat('auth'),
    tomcat('image'),
    tomcat('recommender'),
    // Upstream: type NodePort, nodePort 30080 (the kit writes no nodePort field).
    { ...tomcat('webui'), service: { ports: [{ port: 8080, targetPort: 8080 }], type: 'NodePort' } },
  ],
};
