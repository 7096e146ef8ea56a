// What a Deployment's latest rollout changed: its current ReplicaSet's pod template against the
// previous one (image, command/args, env, resources, probes, volumes), when, and whether errors followed. Pure.
import type { JsonValue } from 'culprit/sdk';
import { classifyFailure, lineTime } from './dependency-failures.js';
import type { KubeObject } from './kube-client.js';
import { toMs, withoutEmptyErrors, type Window } from './normalize.js';

const revision = (rs: KubeObject) =>
  Number(rs.metadata?.annotations?.['deployment.kubernetes.io/revision'] ?? 0);
const containers = (rs: KubeObject) => (rs.spec?.template?.spec?.containers ?? []) as KubeObject[];
const json = (v: unknown) => JSON.stringify(v ?? null);
const volumes = (rs: KubeObject) =>
  new Map(((rs.spec?.template?.spec?.volumes ?? []) as KubeObject[]).map((v) => [String(v.name), v]));
/** A volume that carries configuration: a ConfigMap, a Secret, or a projection of them. */
const isConfigVolume = (v: KubeObject | undefined) => !!v && !!(v.configMap || v.secret || v.projected);

/** Pod-template fields that are settings the workload reads, not the code it runs. */
const SETTINGS_FIELDS: ReadonlySet<string> = new Set([
  'env',
  'envFrom',
  'command',
  'configMounts',
  'meshAnnotations',
]);

/**
 * Pod-template annotations that configure the service-mesh sidecar injected into the pod (Istio's
 * `sidecar.istio.io/*`, `traffic.sidecar.istio.io/*`, `proxy.istio.io/config`; Linkerd's `linkerd.io/inject`,
 * `config.linkerd.io/*`): changing one changes how traffic reaches the workload. `kubectl rollout restart`'s
 * `kubectl.kubernetes.io/restartedAt` is no such setting.
 */
const MESH_ANNOTATION =
  /^(?:(?:sidecar|traffic\.sidecar|proxy)\.istio\.io\/|linkerd\.io\/inject$|config\.linkerd\.io\/)/;

export interface TemplateDiff {
  fields: string[];
  env: string[];
}

/**
 * The fields that differ between two pod templates, container by container (by name). Volumes and volume
 * mounts count as `configMounts` when the volume is a ConfigMap, a Secret or a projection of them (a release
 * that mounts new configuration files), as `volumes` otherwise.
 */
export function diffTemplates(current: KubeObject, previous: KubeObject): TemplateDiff {
  const fields = new Set<string>();
  const env = new Set<string>();
  const before = new Map(containers(previous).map((c) => [c.name as string, c]));
  const vNow = volumes(current);
  const vWas = volumes(previous);
  const volumeField = (name: string) =>
    isConfigVolume(vNow.get(name)) || isConfigVolume(vWas.get(name)) ? 'configMounts' : 'volumes';
  for (const name of new Set([...vNow.keys(), ...vWas.keys()]))
    if (json(vNow.get(name)) !== json(vWas.get(name))) fields.add(volumeField(name));
  for (const c of containers(current)) {
    const p = before.get(c.name);
    if (!p) {
      fields.add('containers');
      continue;
    }
    if (c.image !== p.image) fields.add('image');
    if (json(c.command) !== json(p.command) || json(c.args) !== json(p.args)) fields.add('command');
    if (json(c.resources) !== json(p.resources)) fields.add('resources');
    for (const probe of ['livenessProbe', 'readinessProbe', 'startupProbe'])
      if (json(c[probe]) !== json(p[probe])) fields.add('probes');
    const vars = (x: KubeObject) =>
      new Map(((x.env ?? []) as KubeObject[]).map((e) => [String(e.name), json(e.value ?? e.valueFrom)]));
    const now = vars(c);
    const was = vars(p);
    for (const name of new Set([...now.keys(), ...was.keys()]))
      if (now.get(name) !== was.get(name)) env.add(name);
    if (json(c.envFrom) !== json(p.envFrom)) fields.add('envFrom');
    const mounts = (x: KubeObject) =>
      new Map(((x.volumeMounts ?? []) as KubeObject[]).map((m) => [String(m.mountPath), m]));
    const mNow = mounts(c);
    const mWas = mounts(p);
    for (const path of new Set([...mNow.keys(), ...mWas.keys()]))
      if (json(mNow.get(path)) !== json(mWas.get(path)))
        fields.add(volumeField(String((mNow.get(path) ?? mWas.get(path))!.name)));
  }
  if (containers(previous).some((p) => !containers(current).some((c) => c.name === p.name)))
    fields.add('containers');
  if (env.size > 0) fields.add('env');
  const mesh = (t: KubeObject) =>
    json(
      Object.entries((t.spec?.template?.metadata?.annotations ?? {}) as Record<string, unknown>)
        .filter(([k]) => MESH_ANNOTATION.test(k))
        .sort(([a], [b]) => (a < b ? -1 : 1)),
    );
  if (mesh(current) !== mesh(previous)) fields.add('meshAnnotations');
  return { fields: [...fields].sort(), env: [...env].sort() };
}

/**
 * What an error line may quote of each changed environment variable: its new literal value, and the
 * host of a new `host:port` value, when at least six characters long and not part of the old value
 * (a line naming "paymentservice.staging" names the variable that now holds it). Values are only
 * compared here, never reported.
 */
export function changedEnvValues(current: KubeObject, previous: KubeObject): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const { name, value, old } of changedLiteralEnv(current, previous)) {
    const quoted = [value, value.split(':')[0]!].filter(
      (v) => v.length >= 6 && !/^(\d+|true|false)$/i.test(v) && !(typeof old === 'string' && old.includes(v)),
    );
    if (quoted.length > 0) out.set(name, [...new Set(quoted)]);
  }
  return out;
}

/** Env vars whose literal value a rollout changed, container by container (valueFrom references are not values). */
function changedLiteralEnv(
  current: KubeObject,
  previous: KubeObject,
): { name: string; value: string; old: unknown }[] {
  const out: { name: string; value: string; old: unknown }[] = [];
  const before = new Map(containers(previous).map((c) => [c.name as string, c]));
  for (const c of containers(current)) {
    const was = new Map(
      ((before.get(c.name)?.env ?? []) as KubeObject[]).map((e) => [String(e.name), e.value]),
    );
    for (const e of (c.env ?? []) as KubeObject[]) {
      const old = was.get(String(e.name));
      if (typeof e.value === 'string' && e.value !== old)
        out.push({ name: String(e.name), value: e.value, old });
    }
  }
  return out;
}

export interface EnvAddress {
  name: string;
  host: string;
  port: string;
}

const ENV_ADDRESS = /^(?:[a-z][a-z0-9+.-]*:\/\/)?(?:[^@/\s]*@)?([a-z0-9][a-z0-9.-]*):(\d{2,5})(?:[/?#].*)?$/i;

/**
 * The changed environment variables of the current template whose new literal value is an address
 * with a port (`host:port`, or a URL with an explicit port). Values are only parsed, never reported.
 */
export function changedEnvAddresses(current: KubeObject, previous: KubeObject): EnvAddress[] {
  const out: EnvAddress[] = [];
  for (const { name, value } of changedLiteralEnv(current, previous)) {
    const m = ENV_ADDRESS.exec(value.trim());
    if (m) out.push({ name, host: m[1]!.toLowerCase(), port: m[2]! });
  }
  return out;
}

/**
 * Env vars a rollout changed whose new value names one of `hosts` (as the whole value, or as the host of an
 * address or URL): a workload that advertises its own name to a registry, or hands it to its callers, and now
 * hands out one they cannot resolve.
 */
export function changedEnvNaming(
  current: KubeObject,
  previous: KubeObject,
  hosts: readonly string[],
): string[] {
  if (hosts.length === 0) return [];
  const wanted = new Set(hosts.map((h) => h.toLowerCase()));
  const out = new Set<string>();
  for (const { name, value: raw } of changedLiteralEnv(current, previous)) {
    const value = raw.trim().toLowerCase();
    const host =
      ENV_ADDRESS.exec(value)?.[1] ??
      /^(?:[a-z][a-z0-9+.-]*:\/\/)?([a-z0-9][a-z0-9.-]*)\/?$/.exec(value)?.[1];
    if (host && wanted.has(host)) out.add(name);
  }
  return [...out].sort();
}

/** The current and previous ReplicaSets of a Deployment (highest revisions), when both exist. */
export function latestPair(replicaSets: KubeObject[]): [KubeObject, KubeObject] | undefined {
  const [current, previous] = [...replicaSets].sort((a, b) => revision(b) - revision(a));
  return current && previous && revision(current) > 0 ? [current, previous] : undefined;
}

// Level words included: zerolog's console writer abbreviates them (ERR, FTL, PNC), klog prefixes E/F.
// A 5xx status stands alone: not the milliseconds of a stamp ("08:47:37.512") nor part of a version or address.
/** How long before the window a rollout still counts as in it. */
const CHANGE_LEAD_MS = 15 * 60_000;

const ERROR_LINE =
  /\b(error|err|exception|fatal|ftl|pnc|failed|failure|panic|severe|refused|timed? ?out|denied|rejected)\b|Error\b|Exception\b|(?<![.:,-])\b5\d\d\b(?![.:,]\d)|^[EF]\d{4} \d\d:/i;

/**
 * A request the server turned away as the client's fault (HTTP 4xx: a wrong password, an unknown id), as
 * a caller's HTTP client reports it, a session token presented after it expired (PyJWT's "Signature has expired",
 * jsonwebtoken's "jwt expired"), or a server's own validation of what a user typed that it logs as an error (Bank of
 * Anthos' "Error adding contact: invalid account number", "passwords do not match"): not an error a release causes by
 * itself.
 */
const CLIENT_ERROR =
  /\binvalid (account|routing|card|credit card|e-?mail|phone|zip|postal) ?(number|details|address|code)?\b|\bpasswords do not match\b|\bSignature has expired\b|\bExpiredSignatureError\b|\bjwt expired\b|\bTokenExpiredError\b|\b4\d\d Client Error\b|\bHTTP(\/\d(\.\d)?)?[ :]+4\d\d\b|\bstatus(?: ?code)?[=: ]+4\d\d\b|\b4\d\d (Unauthorized|Forbidden|Not Found|Bad Request|Conflict|Unprocessable)\b/i;

/**
 * The latest rollout of a Deployment as evidence (`kubernetes.change`), or undefined when there is no
 * earlier revision to compare with. `logs` is the text of the new pods, to see whether errors began
 * after the change and whether they name a changed environment variable.
 */
export function rolloutChange(
  replicaSets: KubeObject[],
  w: Window,
  logs = '',
): Record<string, JsonValue> | undefined {
  const [current, previous] = [...replicaSets].sort((a, b) => revision(b) - revision(a));
  if (!current || !previous || revision(current) === 0) return undefined;
  const changedAt = toMs(current.metadata?.creationTimestamp);
  if (!Number.isFinite(changedAt)) return undefined;
  const diff = diffTemplates(current, previous);
  const values = changedEnvValues(current, previous);
  let errorsAfter = 0;
  let errorsBefore = 0;
  const named = new Set<string>();
  let at: number | undefined;
  for (const line of logs.split('\n')) {
    at = lineTime(line) ?? at;
    if (CLIENT_ERROR.test(line)) continue;
    // Errors are counted by their words. A failure a client library reports without one ("lookup x:
    // no such host") is common at any pod's start-up, so it only serves to name a changed variable.
    const error = ERROR_LINE.test(withoutEmptyErrors(line));
    if (!error && classifyFailure(line) === undefined) continue;
    if (at !== undefined && at < changedAt) {
      if (error) errorsBefore++;
      continue;
    }
    if (error) errorsAfter++;
    for (const name of diff.env) if (line.includes(name)) named.add(name);
    for (const [name, quoted] of values) if (quoted.some((v) => line.includes(v))) named.add(name);
  }
  return {
    revision: revision(current),
    changedAt: new Date(changedAt).toISOString(),
    // A change shortly before the window still leads into it: "since ~10:55" is approximate, and a
    // leak or a slow cache warm-up takes minutes to bite after the release that caused it.
    inWindow: changedAt >= w.from - CHANGE_LEAD_MS && changedAt <= w.to,
    minutesBeforeIncident: Math.max(0, Math.round((w.to - changedAt) / 60_000)),
    fields: diff.fields,
    env: diff.env,
    relevant: diff.fields.length > 0,
    probesChanged: diff.fields.includes('probes'),
    /** Only resource requests/limits changed: such a change explains starvation or OOM, not failing calls. */
    onlyResources: diff.fields.length > 0 && diff.fields.every((f) => f === 'resources'),
    /** Only mounted configuration changed (a ConfigMap or Secret volume added, swapped or removed): a configuration change. */
    onlyConfigMounts: diff.fields.length > 0 && diff.fields.every((f) => f === 'configMounts'),
    /**
     * Only the settings the workload reads at start changed (env, envFrom, command/args, mesh sidecar annotations,
     * mounted configuration), not its image: a configuration change, not new code.
     */
    onlySettings:
      diff.fields.length > 0 &&
      diff.fields.some((f) => f !== 'configMounts') &&
      diff.fields.every((f) => SETTINGS_FIELDS.has(f)),
    errorsAfter,
    errorsBefore,
    envNamedByErrors: [...named].sort(),
  };
}
