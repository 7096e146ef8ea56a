// deploy/helm/culprit rendered as `helm template` would, then checked: every object validates against
// the Kubernetes JSON schemas (kubernetes-models' compiled validators), the RBAC is the read-only one of
// deploy/kubernetes/rbac.yaml, and the pod is locked down (non-root, read-only root, probes, requests).
// No helm binary here: templates are rendered with @ctrl/golang-template, a maintained subset of Go
// templates ({{ .Path }}, if/else/with/range/end; no pipelines, include, toYaml or {{- trimming).
// The chart is written in that subset on purpose, so helm and this test render the same objects;
// a template using anything else fails here with "Unknown template tag".
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as renderGoTemplate } from '@ctrl/golang-template';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { Service } from 'kubernetes-models/v1/Service';
import { ServiceAccount } from 'kubernetes-models/v1/ServiceAccount';
import { ClusterRole } from 'kubernetes-models/rbac.authorization.k8s.io/v1/ClusterRole';
import { ClusterRoleBinding } from 'kubernetes-models/rbac.authorization.k8s.io/v1/ClusterRoleBinding';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml, parseAllDocuments } from 'yaml';
import { getValidator } from '../../src/schema/index.js';

const ROOT = join(import.meta.dirname, '..', '..');
const CHART = join(ROOT, 'deploy', 'helm', 'culprit');

type Obj = { apiVersion: string; kind: string; metadata: { name: string; namespace?: string } } & Record<
  string,
  any // eslint-disable-line @typescript-eslint/no-explicit-any
>;

const MODELS: Record<string, new (o: Obj) => { validate(): void }> = {
  'apps/v1/Deployment': Deployment as never,
  'v1/ConfigMap': ConfigMap as never,
  'v1/Service': Service as never,
  'v1/ServiceAccount': ServiceAccount as never,
  'rbac.authorization.k8s.io/v1/ClusterRole': ClusterRole as never,
  'rbac.authorization.k8s.io/v1/ClusterRoleBinding': ClusterRoleBinding as never,
};

function deepMerge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over))
    out[k] =
      v && typeof v === 'object' && !Array.isArray(v) && out[k] && typeof out[k] === 'object'
        ? deepMerge(out[k] as Record<string, unknown>, v as Record<string, unknown>)
        : v;
  return out;
}

/** `helm template <release> deploy/helm/culprit -n <namespace> --set …`, as objects. */
function render(
  overrides: Record<string, unknown> = {},
  release = { name: 'culprit', namespace: 'ops' },
): Obj[] {
  const chart = parseYaml(readFileSync(join(CHART, 'Chart.yaml'), 'utf8')) as Record<string, string>;
  const values = deepMerge(parseYaml(readFileSync(join(CHART, 'values.yaml'), 'utf8')), overrides);
  const context = {
    Values: values,
    Release: { Name: release.name, Namespace: release.namespace, Service: 'Helm' },
    Chart: { Name: chart.name, Version: chart.version, AppVersion: chart.appVersion },
  };
  const objects: Obj[] = [];
  for (const file of readdirSync(join(CHART, 'templates'))
    .filter((f) => f.endsWith('.yaml'))
    .sort()) {
    const text = renderGoTemplate(readFileSync(join(CHART, 'templates', file), 'utf8'), context);
    for (const doc of parseAllDocuments(text)) {
      expect(doc.errors, file).toEqual([]);
      const obj = doc.toJS() as Obj | null;
      if (obj) objects.push(obj);
    }
  }
  return objects;
}

const find = (objects: Obj[], kind: string) => objects.filter((o) => o.kind === kind);
const one = (objects: Obj[], kind: string) => {
  const found = find(objects, kind);
  expect(found, kind).toHaveLength(1);
  return found[0]!;
};

describe('deploy/helm/culprit', () => {
  const defaults = render();

  it('renders the objects of a deployment, each valid against its Kubernetes schema', () => {
    expect(defaults.map((o) => o.kind).sort()).toEqual(
      ['ClusterRole', 'ClusterRoleBinding', 'ConfigMap', 'Deployment', 'Service', 'ServiceAccount'].sort(),
    );
    for (const obj of defaults) {
      const Model = MODELS[`${obj.apiVersion}/${obj.kind}`];
      expect(Model, `${obj.apiVersion} ${obj.kind}`).toBeDefined();
      expect(() => new Model!(obj).validate(), `${obj.kind}/${obj.metadata.name}`).not.toThrow();
    }
  });

  it('the validators do reject a broken object (the check is not vacuous)', () => {
    const deployment = structuredClone(one(defaults, 'Deployment'));
    deployment.spec.replicas = 'one';
    expect(() => new Deployment(deployment as never).validate()).toThrow(/replicas/);
  });

  it('grants exactly the read-only ClusterRole of deploy/kubernetes/rbac.yaml, bound to its ServiceAccount', () => {
    const manifest = parseAllDocuments(readFileSync(join(ROOT, 'deploy', 'kubernetes', 'rbac.yaml'), 'utf8'))
      .map((d) => d.toJS() as Obj)
      .find((o) => o.kind === 'ClusterRole')!;
    const role = one(defaults, 'ClusterRole');
    expect(role.rules).toEqual(manifest.rules);
    for (const rule of role.rules as { verbs: string[]; resources: string[]; apiGroups: string[] }[]) {
      expect(
        rule.verbs.every((v) => ['get', 'list', 'watch'].includes(v)),
        JSON.stringify(rule),
      ).toBe(true);
      expect([...rule.verbs, ...rule.resources, ...rule.apiGroups]).not.toContain('*');
      expect(rule.resources).not.toContain('secrets');
      expect(rule.resources).not.toContain('configmaps');
    }
    expect(find(defaults, 'Role')).toEqual([]);
    const binding = one(defaults, 'ClusterRoleBinding');
    const account = one(defaults, 'ServiceAccount');
    expect(binding.roleRef).toEqual({
      apiGroup: 'rbac.authorization.k8s.io',
      kind: 'ClusterRole',
      name: role.metadata.name,
    });
    expect(binding.subjects).toEqual([
      { kind: 'ServiceAccount', name: account.metadata.name, namespace: 'ops' },
    ]);
    expect(one(defaults, 'Deployment').spec.template.spec.serviceAccountName).toBe(account.metadata.name);
  });

  it('runs non-root on a read-only root filesystem, with probes on /healthz and /readyz and resource requests', () => {
    const deployment = one(defaults, 'Deployment');
    const pod = deployment.spec.template.spec;
    const [container] = pod.containers;
    expect(pod.securityContext.runAsNonRoot).toBe(true);
    expect(container.securityContext).toMatchObject({
      readOnlyRootFilesystem: true,
      allowPrivilegeEscalation: false,
      capabilities: { drop: ['ALL'] },
    });
    expect(container.livenessProbe.httpGet).toMatchObject({ path: '/healthz', port: 'http' });
    expect(container.readinessProbe.httpGet).toMatchObject({ path: '/readyz', port: 'http' });
    expect(container.resources.requests).toEqual({ cpu: '100m', memory: '256Mi' });
    // Writable places are volumes: the SQLite data directory and /tmp.
    const mounts = Object.fromEntries(
      container.volumeMounts.map((m: { mountPath: string; name: string }) => [m.mountPath, m.name]),
    );
    expect(mounts).toMatchObject({
      '/var/lib/culprit': 'data',
      '/tmp': 'tmp',
      '/etc/culprit/culprit.yaml': 'config',
    });
    expect(deployment.spec.selector.matchLabels).toEqual(deployment.spec.template.metadata.labels);
    const service = one(defaults, 'Service');
    expect(service.spec.selector).toEqual(deployment.spec.selector.matchLabels);
    expect(container.ports[0]).toMatchObject({ name: 'http', containerPort: 8080 });
  });

  it('the ConfigMap holds a culprit.yaml that serve-config.schema.json accepts, the Deployment reads it', () => {
    const validate = getValidator('serve-config.schema.json');
    for (const values of [{}, { topologyConfigMap: 'shop-topology' }]) {
      const objects = render(values);
      const config = parseYaml(one(objects, 'ConfigMap').data['culprit.yaml']);
      expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
      expect(config).toMatchObject({ host: '0.0.0.0', port: 8080, data: '/var/lib/culprit' });
      expect(one(objects, 'Deployment').spec.template.spec.containers[0].args).toEqual([
        'serve',
        '--config',
        '/etc/culprit/culprit.yaml',
      ]);
    }
    const withTopology = render({ topologyConfigMap: 'shop-topology' });
    const pod = one(withTopology, 'Deployment').spec.template.spec;
    expect(pod.volumes).toContainEqual({ name: 'topology', configMap: { name: 'shop-topology' } });
    expect(parseYaml(one(withTopology, 'ConfigMap').data['culprit.yaml']).topology).toEqual([
      '/etc/culprit/topology/topology.yaml',
    ]);
  });

  it('secrets come only from an existing Secret, as environment variables', () => {
    expect(one(defaults, 'Deployment').spec.template.spec.containers[0].envFrom).toBeUndefined();
    const objects = render({ existingSecret: 'culprit-secrets' });
    expect(find(objects, 'Secret')).toEqual([]);
    expect(one(objects, 'Deployment').spec.template.spec.containers[0].envFrom).toEqual([
      { secretRef: { name: 'culprit-secrets' } },
    ]);
    for (const obj of objects)
      expect(() => new MODELS[`${obj.apiVersion}/${obj.kind}`]!(obj).validate()).not.toThrow();
  });

  it('rbac.create=false and serviceAccount.create=false leave them to the cluster admin', () => {
    const objects = render({
      rbac: { create: false },
      serviceAccount: { create: false, name: 'preexisting' },
    });
    expect(objects.map((o) => o.kind).sort()).toEqual(['ConfigMap', 'Deployment', 'Service']);
    expect(one(objects, 'Deployment').spec.template.spec.serviceAccountName).toBe('preexisting');
  });

  it('worker.replicas > 0 adds a worker Deployment; the API pods then only serve the API', () => {
    const objects = render({ worker: { replicas: 3 }, existingSecret: 'culprit-secrets' });
    for (const obj of objects)
      expect(
        () => new MODELS[`${obj.apiVersion}/${obj.kind}`]!(obj).validate(),
        obj.metadata.name,
      ).not.toThrow();
    const deployments = find(objects, 'Deployment');
    expect(deployments.map((d) => d.metadata.name).sort()).toEqual(['culprit', 'culprit-worker']);
    const api = deployments.find((d) => d.metadata.name === 'culprit')!;
    const worker = deployments.find((d) => d.metadata.name === 'culprit-worker')!;
    expect(api.spec.template.spec.containers[0].args).toEqual([
      'serve',
      '--config',
      '/etc/culprit/culprit.yaml',
      '--workers',
      '0',
    ]);
    expect(worker.spec.replicas).toBe(3);
    const [container] = worker.spec.template.spec.containers;
    expect(container.args).toEqual([
      'worker',
      '--config',
      '/etc/culprit/culprit.yaml',
      '--host',
      '0.0.0.0',
      '--port',
      '8081',
      '--workers',
      '2',
      '--shutdown-ms',
      '10000',
    ]);
    expect(container.ports).toEqual([{ name: 'health', containerPort: 8081, protocol: 'TCP' }]);
    expect(container.livenessProbe.httpGet).toEqual({ path: '/healthz', port: 'health' });
    expect(container.readinessProbe.httpGet).toEqual({ path: '/readyz', port: 'health' });
    expect(container.envFrom).toEqual([{ secretRef: { name: 'culprit-secrets' } }]);
    expect(container.securityContext).toMatchObject({
      readOnlyRootFilesystem: true,
      allowPrivilegeEscalation: false,
    });
    expect(worker.spec.template.spec.securityContext.runAsNonRoot).toBe(true);
    // Neither the API Deployment nor the Service selects worker pods (they have no API port).
    const matches = (selector: Record<string, string>, labels: Record<string, string>) =>
      Object.entries(selector).every(([k, v]) => labels[k] === v);
    const workerLabels = worker.spec.template.metadata.labels;
    expect(matches(worker.spec.selector.matchLabels, workerLabels)).toBe(true);
    expect(matches(api.spec.selector.matchLabels, workerLabels)).toBe(false);
    expect(matches(one(objects, 'Service').spec.selector, workerLabels)).toBe(false);
    expect(matches(worker.spec.selector.matchLabels, api.spec.template.metadata.labels)).toBe(false);
    // Both read the same culprit.yaml, which the schema accepts.
    const validate = getValidator('serve-config.schema.json');
    expect(validate(parseYaml(one(objects, 'ConfigMap').data['culprit.yaml']))).toBe(true);
    expect(worker.spec.template.spec.volumes).toContainEqual({
      name: 'config',
      configMap: { name: 'culprit-config' },
    });
  });

  it('worker.replicas 0 (the default) renders no worker Deployment', () => {
    expect(find(defaults, 'Deployment').map((d) => d.metadata.name)).toEqual(['culprit']);
  });
});
