// Reads a scenario folder's Kubernetes API snapshot (cluster/<kind>.json Lists and
// logs/<ns>/<pod>/<container>[.previous].log) into the objects and logs the fake API server serves,
// optionally shifting every timestamp so a recorded incident replays "now". It only reads and
// checks files: a malformed one is an ERR_SNAPSHOT_INVALID naming the file and what is wrong.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createError } from '../errors/index.js';
import { parseYaml } from '../schema/index.js';
import { SNAPSHOT_KINDS, type SnapshotKind } from '../sdk/index.js';
import { shiftLogLines, shiftTimestamp, stampTime } from './timestamp.js';

/** A Kubernetes object as the fake serves it: kind (and apiVersion) set, as a get would return. */
export type KubeObject = Record<string, unknown> & {
  kind?: string;
  apiVersion?: string;
  metadata?: {
    name?: string;
    namespace?: string;
    labels?: Record<string, string>;
    uid?: string;
    resourceVersion?: string;
    creationTimestamp?: string;
    [key: string]: unknown;
  };
};

export { SNAPSHOT_KINDS, type SnapshotKind };

export interface ClusterSnapshot {
  /** Every object of every List, with kind and apiVersion set (Lists' items omit them). */
  objects: KubeObject[];
  /** Container logs keyed `ns/pod/container`, and `ns/pod/container/previous` for the previous one. */
  logs: Record<string, string>;
  /** scenario.yaml's incidentTime (shifted when shiftTo was given), when the folder has one. */
  incidentTime?: string;
}

export interface ReadClusterSnapshotOptions {
  /** Shift every timestamp by (shiftTo − incidentTime): the incident happens at shiftTo. */
  shiftTo?: Date;
  /** The incident time to shift from; default: scenario.yaml's incidentTime in the folder. */
  incidentTime?: Date | string;
}

const MAX_FILE_BYTES = 64 * 1024 * 1024;

export function readClusterSnapshot(dir: string, options: ReadClusterSnapshotOptions = {}): ClusterSnapshot {
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw createError('ERR_FILE_NOT_FOUND', { file: dir });
  const { incidentTime, deltaMs } = snapshotTimeShift(dir, options);
  const shift = (text: string) => shiftTimestamp(text, deltaMs);

  const objects: KubeObject[] = [];
  const clusterDir = join(dir, 'cluster');
  if (existsSync(clusterDir)) {
    for (const name of readdirSync(clusterDir).sort()) {
      const file = join(clusterDir, name);
      const kind = SNAPSHOT_KINDS.find((k) => k.file === name);
      if (!kind) {
        throw invalid(
          file,
          name === 'secrets.json'
            ? 'a snapshot never holds Secrets'
            : `unknown file; expected one of ${SNAPSHOT_KINDS.map((k) => k.file).join(', ')}`,
        );
      }
      for (const item of readList(file, kind)) objects.push(shiftObject(item, shift) as KubeObject);
    }
  }

  const logs: Record<string, string> = {};
  const logsDir = join(dir, 'logs');
  if (existsSync(logsDir)) {
    const pods = new Map<string, KubeObject>();
    for (const o of objects)
      if (o.kind === 'Pod') pods.set(`${o.metadata!.namespace}/${o.metadata!.name}`, o);
    for (const file of walk(logsDir)) {
      const parts = relative(logsDir, file).split(/[\\/]/);
      const m = /^([a-z0-9]([-a-z0-9]*[a-z0-9])?)(\.previous)?\.log$/.exec(parts[2] ?? '');
      if (parts.length !== 3 || !m)
        throw invalid(file, 'expected logs/<namespace>/<pod>/<container>.log or <container>.previous.log');
      const [namespace, podName] = parts as [string, string];
      const pod = pods.get(`${namespace}/${podName}`);
      if (!pod) throw invalid(file, `pod ${namespace}/${podName} is not in cluster/pods.json`);
      const spec = (pod.spec ?? {}) as {
        containers?: { name?: string }[];
        initContainers?: { name?: string }[];
      };
      const declared = [...(spec.containers ?? []), ...(spec.initContainers ?? [])].map((c) => c.name);
      if (!declared.includes(m[1]))
        throw invalid(
          file,
          `pod ${namespace}/${podName} has no container "${m[1]}" (it has ${declared.join(', ')})`,
        );
      logs[`${namespace}/${podName}/${m[1]}${m[3] ? '/previous' : ''}`] = shiftLogLines(
        readText(file),
        deltaMs,
      );
    }
  }
  return {
    objects,
    logs,
    ...(incidentTime !== undefined ? { incidentTime: shift(incidentTime) } : {}),
  };
}

/** ERR_SNAPSHOT_INVALID for a file of a snapshot folder, named relative to the working directory. */
export function invalid(file: string, reason: string) {
  return createError('ERR_SNAPSHOT_INVALID', { file: relative(process.cwd(), file) || file, reason });
}

/** The folder's incident time and, with shiftTo, how far (ms) every timestamp moves. */
export function snapshotTimeShift(
  dir: string,
  options: ReadClusterSnapshotOptions,
): { incidentTime?: string; deltaMs: number } {
  const incidentTime = readIncidentTime(dir, options.incidentTime);
  if (!options.shiftTo) return { ...(incidentTime !== undefined ? { incidentTime } : {}), deltaMs: 0 };
  if (incidentTime === undefined)
    throw invalid(join(dir, 'scenario.yaml'), 'shiftTo needs an incidentTime, and the folder gives none');
  return { incidentTime, deltaMs: options.shiftTo.getTime() - stampTime(incidentTime)! };
}

function readIncidentTime(dir: string, given: Date | string | undefined): string | undefined {
  if (given !== undefined) {
    const iso = typeof given === 'string' ? given : given.toISOString();
    if (stampTime(iso) === undefined) throw invalid(dir, `incidentTime "${iso}" is not a time`);
    return iso;
  }
  const file = join(dir, 'scenario.yaml');
  if (!existsSync(file)) return undefined;
  const { source, problems } = parseYaml(readText(file), file);
  if (!source) throw invalid(file, problems.map((p) => p.message).join('; '));
  const value = (source.data as { incidentTime?: unknown } | null)?.incidentTime;
  if (value === undefined || value === null) return undefined;
  const iso = value instanceof Date ? value.toISOString() : String(value);
  if (stampTime(iso) === undefined) throw invalid(file, `incidentTime "${iso}" is not an RFC 3339 time`);
  return iso;
}

export function readText(file: string): string {
  const size = statSync(file).size;
  if (size > MAX_FILE_BYTES) throw invalid(file, `${size} bytes; the limit is ${MAX_FILE_BYTES}`);
  return readFileSync(file, 'utf8');
}

export function readJson(file: string): unknown {
  try {
    return JSON.parse(readText(file));
  } catch (err) {
    if (err instanceof SyntaxError) throw invalid(file, `not JSON (${err.message})`);
    throw err;
  }
}

function readList(file: string, kind: SnapshotKind): KubeObject[] {
  const list = readJson(file);
  const l = list as { kind?: unknown; apiVersion?: unknown; items?: unknown };
  if (!list || typeof list !== 'object' || Array.isArray(list))
    throw invalid(file, `expected a ${kind.kind}List object`);
  if (l.kind !== `${kind.kind}List`)
    throw invalid(file, `kind is ${JSON.stringify(l.kind)}, expected "${kind.kind}List"`);
  if (l.apiVersion !== undefined && l.apiVersion !== kind.apiVersion)
    throw invalid(file, `apiVersion is ${JSON.stringify(l.apiVersion)}, expected "${kind.apiVersion}"`);
  if (!Array.isArray(l.items)) throw invalid(file, 'items is not an array');
  const seen = new Set<string>();
  return l.items.map((item: unknown, i) => {
    const o = item as KubeObject;
    if (!o || typeof o !== 'object' || Array.isArray(o)) throw invalid(file, `items[${i}] is not an object`);
    if (o.kind !== undefined && o.kind !== kind.kind)
      throw invalid(file, `items[${i}].kind is ${JSON.stringify(o.kind)}, expected "${kind.kind}"`);
    const name = o.metadata?.name;
    if (typeof name !== 'string' || name === '') throw invalid(file, `items[${i}] has no metadata.name`);
    const namespace = o.metadata?.namespace;
    if (kind.namespaced && (typeof namespace !== 'string' || namespace === ''))
      throw invalid(file, `items[${i}] (${name}) has no metadata.namespace`);
    if (!kind.namespaced && namespace !== undefined)
      throw invalid(file, `items[${i}] (${name}): a ${kind.kind} has no namespace`);
    const key = `${namespace ?? ''}/${name}`;
    if (seen.has(key)) throw invalid(file, `items[${i}]: ${key} appears twice`);
    seen.add(key);
    if (kind.kind === 'ConfigMap' && (o.data !== undefined || o.binaryData !== undefined)) {
      const values = [o.data, o.binaryData].flatMap((d) =>
        Object.values((d ?? {}) as Record<string, unknown>),
      );
      if (values.some((v) => v !== ''))
        throw invalid(file, `items[${i}] (${key}) holds data values; keep keys only`);
    }
    return { ...o, apiVersion: kind.apiVersion, kind: kind.kind };
  });
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

// Shifting time: every timestamp string of the objects (creation, event, container state, condition
// times, annotations such as restartedAt), and the stamp that starts a log line.

function shiftObject(value: unknown, shift: (s: string) => string): unknown {
  if (typeof value === 'string') return shift(value);
  if (Array.isArray(value)) return value.map((v) => shiftObject(v, shift));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = shiftObject(v, shift);
    return out;
  }
  return value;
}
