// `culprit snapshot` records a live cluster into a scenario folder (cluster/*.json Lists, bounded
// logs/, a scenario.yaml skeleton) through the Kubernetes plugin's read-only client, so a real
// incident can be kept as a regression case. Secret-looking values are scrubbed before anything is
// written; the plugin never reads Secrets or ConfigMaps.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { createError, isCulpritError } from '../errors/index.js';
import { defaultKubeconfig, type CliIo } from './io.js';
import { loadBuiltinPluginModule } from './builtin-plugin.js';

/** What the built-in Kubernetes plugin module exports for snapshots (plugins/kubernetes/snapshot.ts). */
interface SnapshotModule {
  recordClusterSnapshot(options: {
    kubeconfigPath?: string;
    context?: string;
    namespaces?: string[];
    tailLines?: number;
    limitBytes?: number;
    sinceSeconds?: number;
  }): Promise<{
    lists: { file: string; list: { items: Record<string, unknown>[] } & Record<string, unknown> }[];
    logs: { path: string; text: string }[];
    skipped: string[];
  }>;
}

export interface SnapshotFlags {
  kubeconfig?: string;
  context?: string;
  namespace?: string[];
  out: string;
  since?: string;
  tailLines?: string;
  limitBytes?: string;
  topology?: string;
  at?: string;
}

export function registerSnapshotCommand(program: Command, io: CliIo, setExit: (n: number) => void): void {
  program
    .command('snapshot')
    .description(
      'record a cluster (Lists of pods, events, workloads, services, nodes… and bounded container logs) ' +
        'into a scenario folder that culprit eval and the fake API server replay; read-only, secrets scrubbed',
    )
    .requiredOption('--out <dir>', 'the scenario folder to write (must not exist, or be empty)')
    .option('--kubeconfig <path>', 'kubeconfig file (default: $KUBECONFIG or ~/.kube/config)')
    .option('--context <name>', 'kubeconfig context (default: the current context)')
    .option(
      '--namespace <ns...>',
      'only these namespaces, repeatable (default: all but kube-system, kube-public, kube-node-lease)',
    )
    .option('--since <duration>', 'only log lines of the last 30s / 20m / 2h / 1d (default: no limit)')
    .option('--tail-lines <n>', 'lines per container log (default 500)')
    .option('--limit-bytes <n>', 'bytes per container log (default 262144)')
    .option('--topology <path>', 'topology file, written into scenario.yaml (relative to --out)')
    .option('--at <iso-time>', 'the incident time written into scenario.yaml (default: now)')
    .action(async (flags: SnapshotFlags) => setExit(await runSnapshot(flags, io)));
}

export async function runSnapshot(given: SnapshotFlags, io: CliIo): Promise<number> {
  // culprit.yaml's Kubernetes plugin entry names the cluster when the flags do not (loaded when run).
  const { loadCulpritConfig, withConfiguredCluster } = await import('./config-file.js');
  const flags = withConfiguredCluster(given, await loadCulpritConfig(io), io);
  const now = flags.at === undefined ? new Date() : new Date(flags.at);
  if (!Number.isFinite(now.getTime()))
    throw createError('ERR_INVALID_ARGUMENT', { name: '--at', reason: `"${flags.at}" is not a time` });
  const out = resolve(io.cwd, flags.out);
  if (existsSync(out) && readdirSync(out).length > 0)
    throw createError('ERR_INVALID_ARGUMENT', {
      name: '--out',
      reason: `${flags.out} exists and is not empty`,
    });
  const tailLines = positiveInt('--tail-lines', flags.tailLines);
  const limitBytes = positiveInt('--limit-bytes', flags.limitBytes);
  const sinceSeconds = flags.since === undefined ? undefined : durationSeconds(flags.since);
  let kubeconfigPath = defaultKubeconfig(io);
  if (flags.kubeconfig) {
    kubeconfigPath = resolve(io.cwd, flags.kubeconfig);
    if (!existsSync(kubeconfigPath)) throw createError('ERR_FILE_NOT_FOUND', { file: flags.kubeconfig });
  }

  const mod = await loadBuiltinPluginModule<SnapshotModule>('kubernetes', ['recordClusterSnapshot']);
  let recorded: Awaited<ReturnType<SnapshotModule['recordClusterSnapshot']>>;
  try {
    recorded = await mod.recordClusterSnapshot({
      ...(kubeconfigPath ? { kubeconfigPath } : {}),
      ...(flags.context ? { context: flags.context } : {}),
      ...(flags.namespace?.length ? { namespaces: flags.namespace } : {}),
      ...(tailLines ? { tailLines } : {}),
      ...(limitBytes ? { limitBytes } : {}),
      ...(sinceSeconds ? { sinceSeconds } : {}),
    });
  } catch (err) {
    if (isCulpritError(err) && err.code.startsWith('ERR_SNAPSHOT_')) throw err;
    const message = err instanceof Error ? err.message : String(err);
    const reason =
      flags.context && /no active cluster/i.test(message)
        ? `context "${flags.context}" is not in the kubeconfig, or names no cluster`
        : message;
    throw createError('ERR_SNAPSHOT_FAILED', { reason }, { cause: err });
  }

  const scrub = createScrubber((await import('../sdk/index.js')).redactCredentials);
  const written: { path: string; bytes: number; count?: number }[] = [];
  const write = (path: string, text: string, count?: number) => {
    const file = join(out, path);
    try {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
    } catch (err) {
      throw createError(
        'ERR_SNAPSHOT_FAILED',
        { reason: `cannot write ${file} (${(err as NodeJS.ErrnoException).code ?? 'error'})` },
        { cause: err },
      );
    }
    written.push({ path, bytes: Buffer.byteLength(text), ...(count !== undefined ? { count } : {}) });
  };
  for (const { file, list } of recorded.lists) {
    const clean = { ...list, items: list.items.map((o) => scrub.object(o) as Record<string, unknown>) };
    write(join('cluster', file), `${JSON.stringify(clean, null, 2)}\n`, list.items.length);
  }
  for (const log of recorded.logs) write(join('logs', log.path), scrub.text(log.text));
  write('scenario.yaml', scenarioSkeleton(out, now, flags.topology));

  io.stdout(report(relativeTo(io.cwd, out), written, recorded.skipped, scrub.redactions()));
  return 0;
}

function positiveInt(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1)
    throw createError('ERR_INVALID_ARGUMENT', { name, reason: `"${value}" is not a positive integer` });
  return Number(value);
}

function durationSeconds(text: string): number {
  const m = /^(\d+)(s|m|h|d)$/.exec(text.trim());
  if (!m || Number(m[1]) < 1)
    throw createError('ERR_INVALID_ARGUMENT', {
      name: '--since',
      reason: `"${text}" is not like 30s, 20m, 2h or 1d`,
    });
  return Number(m[1]) * { s: 1, m: 60, h: 3600, d: 86400 }[m[2] as 's' | 'm' | 'h' | 'd'];
}

// ---------------------------------------------------------------------------------------------
// Scrubbing: env values under secret-ish names, credential-shaped strings anywhere (redactCredentials,
// URL passwords), and the annotations that copy a whole manifest (last-applied-configuration).

const SECRET_NAME =
  /pass(word|wd)?|pwd|secret|token|api[-_]?key|access[-_]?key|private[-_]?key|credential|auth|cert|dsn|conn(ection)?[-_]?str/i;
const URL_PASSWORD = /\b([a-z][a-z0-9+.-]*:\/\/[^\s:/@]+:)[^\s@/]+@/gi;
const DROPPED_ANNOTATIONS = ['kubectl.kubernetes.io/last-applied-configuration'];

function createScrubber(redactCredentials: (text: string) => string) {
  let redactions = 0;
  const text = (value: string): string => {
    const out = redactCredentials(value).replace(URL_PASSWORD, '$1[redacted]@');
    if (out !== value) redactions++;
    return out;
  };
  const object = (value: unknown): unknown => {
    if (typeof value === 'string') return text(value);
    if (Array.isArray(value)) return value.map(object);
    if (!value || typeof value !== 'object') return value;
    const o = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(o)) {
      if (k === 'managedFields') continue;
      if (k === 'annotations' && v && typeof v === 'object') {
        out[k] = object(
          Object.fromEntries(Object.entries(v).filter(([a]) => !DROPPED_ANNOTATIONS.includes(a))),
        );
        continue;
      }
      // An env entry ({name, value}) whose name says it holds a secret.
      if (k === 'value' && typeof v === 'string' && typeof o.name === 'string' && SECRET_NAME.test(o.name)) {
        out[k] = '[redacted]';
        redactions++;
        continue;
      }
      out[k] = object(v);
    }
    return out;
  };
  return { text, object, redactions: () => redactions };
}

function scenarioSkeleton(out: string, now: Date, topology: string | undefined): string {
  const name =
    basename(out)
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'recorded';
  return [
    `# Recorded by culprit snapshot at ${now.toISOString()}. Fill in the description, the expected`,
    '# cause (or noFault: true), difficulty and traits; see docs/scenarios.md.',
    `id: recorded/${name}`,
    'system: recorded',
    'split: dev',
    'description: "TODO: what the on-call engineer typed"',
    `incidentTime: "${now.toISOString().replace('.000Z', 'Z')}"`,
    `topology: ${JSON.stringify(topology ?? 'TODO: path of the topology, relative to this folder')}`,
    '# expected: { component: TODO, cause: TODO }',
    'difficulty: medium',
    'traits: []',
    '',
  ].join('\n');
}

function report(
  out: string,
  written: { path: string; bytes: number; count?: number }[],
  skipped: string[],
  redactions: number,
): string {
  const lists = written.filter((w) => w.path.startsWith('cluster'));
  const logs = written.filter((w) => w.path.startsWith('logs'));
  const total = written.reduce((n, w) => n + w.bytes, 0);
  const lines = [`Wrote a cluster snapshot to ${out}:`];
  for (const w of lists)
    lines.push(`  ${w.path.padEnd(40)} ${String(w.count).padStart(5)} objects  ${w.bytes} bytes`);
  lines.push(
    `  ${'logs/'.padEnd(40)} ${String(logs.length).padStart(5)} files    ${logs.reduce((n, w) => n + w.bytes, 0)} bytes`,
  );
  lines.push(`  ${'scenario.yaml'.padEnd(40)}   skeleton — fill in description and expected`);
  lines.push(`${written.length} files, ${total} bytes; ${redactions} secret-looking value(s) redacted.`);
  if (skipped.length) lines.push(`Not recorded (${skipped.length}):`, ...skipped.map((s) => `  ${s}`));
  return `${lines.join('\n')}\n`;
}

function relativeTo(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') ? rel : path;
}
