// deploy/kubernetes/rbac.yaml: read-only (get/list/watch), no wildcards, no Secrets/ConfigMaps, no
// exec/attach/portforward/proxy — and every Kubernetes API call in plugins/kubernetes is granted.
// The calls are read from the plugin source, so a new call without a grant (or without a row in
// METHODS below) fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { startFakeKubernetes, type FakeKubernetes } from '../../src/testing/fake-kubernetes.js';
import { hasKubectl, runKubectl } from '../helpers/kubectl.js';

const ROOT = join(import.meta.dirname, '..', '..');
const MANIFEST = join(ROOT, 'deploy', 'kubernetes', 'rbac.yaml');
const PLUGIN = join(ROOT, 'plugins', 'kubernetes');

interface Rule {
  apiGroups?: string[];
  resources?: string[];
  verbs?: string[];
  resourceNames?: string[];
  nonResourceURLs?: string[];
}
interface Doc {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string };
  rules?: Rule[];
  roleRef?: { apiGroup: string; kind: string; name: string };
  subjects?: { kind: string; name: string; namespace?: string }[];
}

/** The API group each @kubernetes/client-node API class talks to. */
const API_CLASSES: Record<string, string> = {
  CoreV1Api: '',
  AppsV1Api: 'apps',
  AutoscalingV1Api: 'autoscaling',
  AutoscalingV2Api: 'autoscaling',
  DiscoveryV1Api: 'discovery.k8s.io',
  NetworkingV1Api: 'networking.k8s.io',
};

/** Client method → the resource it reads (the verb comes from the prefix: read → get, list, watch). */
const METHODS: Record<string, { group: string; resource: string }> = {
  // core
  listNamespacedPod: { group: '', resource: 'pods' },
  listPodForAllNamespaces: { group: '', resource: 'pods' },
  readNamespacedPod: { group: '', resource: 'pods' },
  readNamespacedPodStatus: { group: '', resource: 'pods/status' },
  readNamespacedPodLog: { group: '', resource: 'pods/log' },
  listNamespacedEvent: { group: '', resource: 'events' },
  listEventForAllNamespaces: { group: '', resource: 'events' },
  readNamespacedEvent: { group: '', resource: 'events' },
  listNamespacedService: { group: '', resource: 'services' },
  listServiceForAllNamespaces: { group: '', resource: 'services' },
  readNamespacedService: { group: '', resource: 'services' },
  listNamespacedEndpoints: { group: '', resource: 'endpoints' },
  listEndpointsForAllNamespaces: { group: '', resource: 'endpoints' },
  readNamespacedEndpoints: { group: '', resource: 'endpoints' },
  listNode: { group: '', resource: 'nodes' },
  readNode: { group: '', resource: 'nodes' },
  listNamespacedPersistentVolumeClaim: { group: '', resource: 'persistentvolumeclaims' },
  listPersistentVolumeClaimForAllNamespaces: { group: '', resource: 'persistentvolumeclaims' },
  readNamespacedPersistentVolumeClaim: { group: '', resource: 'persistentvolumeclaims' },
  listNamespacedResourceQuota: { group: '', resource: 'resourcequotas' },
  listResourceQuotaForAllNamespaces: { group: '', resource: 'resourcequotas' },
  readNamespacedResourceQuota: { group: '', resource: 'resourcequotas' },
  listNamespace: { group: '', resource: 'namespaces' },
  readNamespace: { group: '', resource: 'namespaces' },
  // apps
  listNamespacedDeployment: { group: 'apps', resource: 'deployments' },
  listDeploymentForAllNamespaces: { group: 'apps', resource: 'deployments' },
  readNamespacedDeployment: { group: 'apps', resource: 'deployments' },
  listNamespacedReplicaSet: { group: 'apps', resource: 'replicasets' },
  listReplicaSetForAllNamespaces: { group: 'apps', resource: 'replicasets' },
  readNamespacedReplicaSet: { group: 'apps', resource: 'replicasets' },
  listNamespacedStatefulSet: { group: 'apps', resource: 'statefulsets' },
  listStatefulSetForAllNamespaces: { group: 'apps', resource: 'statefulsets' },
  readNamespacedStatefulSet: { group: 'apps', resource: 'statefulsets' },
  listNamespacedDaemonSet: { group: 'apps', resource: 'daemonsets' },
  listDaemonSetForAllNamespaces: { group: 'apps', resource: 'daemonsets' },
  readNamespacedDaemonSet: { group: 'apps', resource: 'daemonsets' },
  // autoscaling
  listNamespacedHorizontalPodAutoscaler: { group: 'autoscaling', resource: 'horizontalpodautoscalers' },
  listHorizontalPodAutoscalerForAllNamespaces: {
    group: 'autoscaling',
    resource: 'horizontalpodautoscalers',
  },
  readNamespacedHorizontalPodAutoscaler: { group: 'autoscaling', resource: 'horizontalpodautoscalers' },
  // discovery.k8s.io
  listNamespacedEndpointSlice: { group: 'discovery.k8s.io', resource: 'endpointslices' },
  listEndpointSliceForAllNamespaces: { group: 'discovery.k8s.io', resource: 'endpointslices' },
  readNamespacedEndpointSlice: { group: 'discovery.k8s.io', resource: 'endpointslices' },
  // networking.k8s.io
  listNamespacedNetworkPolicy: { group: 'networking.k8s.io', resource: 'networkpolicies' },
  listNetworkPolicyForAllNamespaces: { group: 'networking.k8s.io', resource: 'networkpolicies' },
  readNamespacedNetworkPolicy: { group: 'networking.k8s.io', resource: 'networkpolicies' },
};

/** Imports from @kubernetes/client-node that make no API call of their own. */
const HELPERS = new Set([
  'KubeConfig',
  'ApiException',
  'HttpError',
  // The call-time middleware that hands each attempt's signal and the shared agent to a request.
  'Observable',
  'ConfigurationOptions',
  'ObservableMiddleware',
  'RequestContext',
  'ResponseContext',
]);

const READ_VERBS = new Set(['get', 'list', 'watch']);
const FORBIDDEN_RESOURCES = new Set([
  'secrets',
  'configmaps',
  'pods/exec',
  'pods/attach',
  'pods/portforward',
]);

const docs = parseAllDocuments(readFileSync(MANIFEST, 'utf8')).map((d) => {
  if (d.errors.length) throw new Error(`${MANIFEST}: ${d.errors.map((e) => e.message).join('; ')}`);
  return d.toJS() as Doc;
});
const roles = docs.filter((d) => d.kind === 'ClusterRole' || d.kind === 'Role');
const rules = roles.flatMap((r) => r.rules ?? []);
const granted = (group: string, resource: string, verb: string) =>
  rules.some(
    (r) =>
      r.apiGroups?.includes(group) &&
      r.resources?.includes(resource) &&
      r.verbs?.includes(verb) &&
      !r.resourceNames?.length,
  );

interface Call {
  file: string;
  client: string;
  method: string;
}

/** Every API call in plugins/kubernetes/*.ts: `x.method(` where x = kc.makeApiClient(SomeApi). */
function pluginCalls(): { calls: Call[]; imports: string[]; clients: Record<string, string> } {
  const calls: Call[] = [];
  const imports: string[] = [];
  const clients: Record<string, string> = {};
  const files = readdirSync(PLUGIN).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
  for (const file of files) {
    const source = readFileSync(join(PLUGIN, file), 'utf8');
    for (const m of source.matchAll(
      /import\s+(?:type\s+)?\{([^}]*)\}\s*from\s*['"]@kubernetes\/client-node['"]/g,
    ))
      for (const name of m[1]!.split(',')) {
        const n = name
          .trim()
          .replace(/^type\s+/, '')
          .split(/\s+as\s+/)[0]!;
        if (n) imports.push(n);
      }
    const local: Record<string, string> = {};
    for (const m of source.matchAll(/(?:const|let|var)\s+(\w+)\s*=\s*\w+\.makeApiClient\(\s*(\w+)\s*\)/g)) {
      local[m[1]!] = m[2]!;
      clients[m[1]!] = m[2]!;
    }
    for (const [variable, cls] of Object.entries(local))
      for (const m of source.matchAll(new RegExp(`\\b${variable}\\s*\\.\\s*(\\w+)\\s*\\(`, 'g')))
        calls.push({ file, client: cls, method: m[1]! });
  }
  return { calls, imports, clients };
}

const verbOf = (method: string) =>
  method.startsWith('list')
    ? 'list'
    : method.startsWith('read')
      ? 'get'
      : method.startsWith('watch')
        ? 'watch'
        : undefined;

describe('deploy/kubernetes/rbac.yaml', () => {
  it('a ServiceAccount culprit/culprit bound to the ClusterRole culprit-reader', () => {
    expect(docs.map((d) => `${d.kind}/${d.metadata.name}`)).toEqual([
      'ServiceAccount/culprit',
      'ClusterRole/culprit-reader',
      'ClusterRoleBinding/culprit-reader',
    ]);
    expect(docs[0]).toMatchObject({ apiVersion: 'v1', metadata: { namespace: 'culprit' } });
    const binding = docs.find((d) => d.kind === 'ClusterRoleBinding')!;
    expect(binding.apiVersion).toBe('rbac.authorization.k8s.io/v1');
    expect(binding.roleRef).toEqual({
      apiGroup: 'rbac.authorization.k8s.io',
      kind: 'ClusterRole',
      name: 'culprit-reader',
    });
    expect(binding.subjects).toEqual([{ kind: 'ServiceAccount', name: 'culprit', namespace: 'culprit' }]);
  });

  it('read verbs only, no wildcards, no secrets/configmaps/exec/attach/portforward/proxy', () => {
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) {
      expect(rule.nonResourceURLs).toBeUndefined();
      expect(rule.apiGroups?.length, JSON.stringify(rule)).toBeGreaterThan(0);
      expect(rule.resources?.length, JSON.stringify(rule)).toBeGreaterThan(0);
      for (const verb of rule.verbs ?? []) expect(READ_VERBS, `verb ${verb}`).toContain(verb);
      for (const value of [
        ...(rule.apiGroups ?? []),
        ...(rule.resources ?? []),
        ...(rule.verbs ?? []),
        ...(rule.resourceNames ?? []),
      ])
        expect(value, JSON.stringify(rule)).not.toContain('*');
      for (const resource of rule.resources ?? []) {
        expect(FORBIDDEN_RESOURCES.has(resource), `resource ${resource}`).toBe(false);
        expect(resource, `resource ${resource}`).not.toMatch(/\/proxy$/);
      }
    }
    // No aggregated ClusterRole (it would pull in whatever other roles carry the label).
    for (const role of roles) expect(role).not.toHaveProperty('aggregationRule');
  });

  it('every grant is a resource the plugin has a read method for', () => {
    const known = new Set(Object.values(METHODS).map((m) => `${m.group}/${m.resource}`));
    for (const rule of rules)
      for (const group of rule.apiGroups ?? [])
        for (const resource of rule.resources ?? [])
          expect(known, `${group || 'core'} ${resource}`).toContain(`${group}/${resource}`);
  });

  it('every Kubernetes API call in plugins/kubernetes is mapped and granted', () => {
    const { calls, imports, clients } = pluginCalls();
    expect(Object.keys(clients).length, 'no makeApiClient(...) found in plugins/kubernetes').toBeGreaterThan(
      0,
    );
    expect(calls.length).toBeGreaterThan(0);

    // Only API classes of known groups and call-free helpers are imported (no Exec, Attach,
    // PortForward, Watch, Log, KubernetesObjectApi, …).
    for (const name of imports) {
      const isModel = /^V\d+(alpha\d+|beta\d+)?[A-Z]/.test(name) || /^CoreV1Event/.test(name);
      expect(name in API_CLASSES || HELPERS.has(name) || isModel, `unmapped client-node import ${name}`).toBe(
        true,
      );
    }
    for (const cls of Object.values(clients)) expect(API_CLASSES, `API class ${cls}`).toHaveProperty(cls);

    for (const call of calls) {
      const where = `${call.file}: ${call.client}.${call.method}`;
      const mapped = METHODS[call.method];
      expect(mapped, `${where} is not in the METHODS table of test/deploy/rbac.test.ts`).toBeDefined();
      expect(mapped!.group, where).toBe(API_CLASSES[call.client]);
      const verb = verbOf(call.method);
      expect(verb, `${where} is not a read`).toBeDefined();
      expect(
        granted(mapped!.group, mapped!.resource, verb!),
        `${where} needs ${verb} ${mapped!.resource}`,
      ).toBe(true);
      // what is listed may also be watched (informers, kubectl get -w)
      if (verb === 'list') expect(granted(mapped!.group, mapped!.resource, 'watch'), where).toBe(true);
    }
    // The scan sees the collector's reads (so a broken regex cannot pass silently).
    expect(calls.map((c) => c.method)).toEqual(
      expect.arrayContaining(['listNamespacedPod', 'readNamespacedPodLog', 'readNode']),
    );
  });
});

describe.skipIf(!hasKubectl())('kubectl apply --dry-run=client accepts rbac.yaml', () => {
  let kube: FakeKubernetes;
  beforeAll(async () => {
    kube = await startFakeKubernetes();
  });
  afterAll(() => kube?.close());

  it('prints the three objects and writes nothing', async () => {
    const home = join(kube.kubeconfigPath, '..');
    const run = await runKubectl(kube.kubeconfigPath, home, [
      'apply',
      '--dry-run=client',
      '-f',
      MANIFEST,
      '--validate=false',
      '-o',
      'name',
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.split('\n').filter(Boolean)).toEqual([
      'serviceaccount/culprit',
      'clusterrole.rbac.authorization.k8s.io/culprit-reader',
      'clusterrolebinding.rbac.authorization.k8s.io/culprit-reader',
    ]);
    expect(kube.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  });
});
