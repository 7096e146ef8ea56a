// deploy/kubernetes/agent.yaml: one Deployment of `culprit agent`, run as the read-only
// ServiceAccount of rbac.yaml and granting nothing itself; no Service, no port, no host network; the
// token comes from a Secret file; its arguments parse as the CLI's agent command takes them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';

const ROOT = join(import.meta.dirname, '..', '..');
const docs = parseAllDocuments(readFileSync(join(ROOT, 'deploy', 'kubernetes', 'agent.yaml'), 'utf8')).map(
  (d) => {
    expect(d.errors).toEqual([]);
    return d.toJS() as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  },
);
const rbac = parseAllDocuments(readFileSync(join(ROOT, 'deploy', 'kubernetes', 'rbac.yaml'), 'utf8')).map(
  (d) => d.toJS() as Record<string, any>, // eslint-disable-line @typescript-eslint/no-explicit-any
);

describe('deploy/kubernetes/agent.yaml', () => {
  it('is only a Deployment: no Service, no RBAC of its own', () => {
    expect(docs.map((d) => d.kind)).toEqual(['Deployment']);
  });

  it("runs as rbac.yaml's ServiceAccount, which is bound only to the read-only ClusterRole", () => {
    const [deployment] = docs;
    const pod = deployment!.spec.template.spec;
    expect(pod.serviceAccountName).toBe('culprit');
    expect(deployment!.metadata.namespace).toBe('culprit');
    expect(pod.automountServiceAccountToken).not.toBe(false);
    const bindings = rbac.filter(
      (d) =>
        /Binding$/.test(d.kind) &&
        d.subjects?.some(
          (s: { kind: string; name: string; namespace?: string }) =>
            s.kind === 'ServiceAccount' && s.name === 'culprit' && s.namespace === 'culprit',
        ),
    );
    expect(bindings.map((b) => b.roleRef.name)).toEqual(['culprit-reader']);
    const role = rbac.find((d) => d.kind === 'ClusterRole' && d.metadata.name === 'culprit-reader')!;
    const verbs = new Set(role.rules.flatMap((r: { verbs: string[] }) => r.verbs));
    expect([...verbs].sort()).toEqual(['get', 'list', 'watch']);
  });

  it('listens on nothing and shares nothing with the host', () => {
    const pod = docs[0]!.spec.template.spec;
    expect(pod.hostNetwork ?? false).toBe(false);
    for (const c of pod.containers) {
      expect(c.ports ?? []).toEqual([]);
      expect(c.livenessProbe?.httpGet ?? c.readinessProbe?.httpGet).toBeUndefined();
      expect(c.securityContext).toMatchObject({
        readOnlyRootFilesystem: true,
        allowPrivilegeEscalation: false,
      });
    }
  });

  it('runs `culprit agent` in-cluster with the token read from a Secret file', () => {
    const pod = docs[0]!.spec.template.spec;
    const [container] = pod.containers;
    const args: string[] = container.args;
    expect(args[0]).toBe('agent');
    expect(args).toContain('--in-cluster');
    const tokenFile = args[args.indexOf('--token-file') + 1]!;
    const mount = container.volumeMounts.find((m: { mountPath: string }) =>
      tokenFile.startsWith(`${m.mountPath}/`),
    );
    expect(mount?.readOnly).toBe(true);
    const volume = pod.volumes.find((v: { name: string }) => v.name === mount.name);
    expect(volume.secret.secretName).toBe('culprit-agent-token');
    expect(args[args.indexOf('--cluster') + 1]).toMatch(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/);
    expect(args[args.indexOf('--server') + 1]).toMatch(/^https:\/\//);
    expect(docs[0]!.spec.replicas).toBeGreaterThan(1);
  });
});
