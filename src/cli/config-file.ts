// Finds and reads culprit.yaml for every command: --config, else $CULPRIT_CONFIG, else ./culprit.yaml.
// Validated against schemas/serve-config.schema.json; commands take what concerns them from it
// (README "culprit.yaml": topology, rules, plugins, the cluster of the Kubernetes plugin entry).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createError } from '../errors/index.js';
import { getValidator, problemsError, readYamlFile, schemaProblems } from '../schema/index.js';
import type { CliIo } from './io.js';

export const CONFIG_FILE_NAME = 'culprit.yaml';

/** The config file a command uses, or undefined when there is none (an explicit one must exist). */
export function findConfigFile(io: CliIo, explicit?: string): string | undefined {
  const named = explicit ?? io.env.CULPRIT_CONFIG;
  if (named) {
    const path = resolve(io.cwd, named);
    if (!existsSync(path)) throw createError('ERR_FILE_NOT_FOUND', { file: named });
    return path;
  }
  const local = resolve(io.cwd, CONFIG_FILE_NAME);
  return existsSync(local) ? local : undefined;
}

/** The parts of culprit.yaml that commands other than `serve` read. */
export interface CulpritConfig {
  topology: string[];
  rules?: string[];
  plugins: { module: string; config?: Record<string, unknown> }[];
}

/** The culprit.yaml a command finds (--config, $CULPRIT_CONFIG, ./culprit.yaml), checked; defaults without one. */
export async function loadCulpritConfig(io: CliIo, explicit?: string): Promise<CulpritConfig> {
  return readCulpritConfig(findConfigFile(io, explicit));
}

export const BUILTIN_KUBERNETES = 'culprit/plugins/kubernetes';

/** A cluster as kubectl finds it: a kubeconfig (and context), or the pod's service account. */
export interface ClusterTarget {
  kubeconfigPath?: string;
  context?: string;
  namespaces?: string[];
  inCluster?: boolean;
}

/** The cluster a Kubernetes plugin entry's config names (paths relative to the working directory). */
export function clusterOf(config: Record<string, unknown>, io: CliIo): ClusterTarget {
  const path = typeof config.kubeconfigPath === 'string' ? resolve(io.cwd, config.kubeconfigPath) : undefined;
  return {
    ...(path ? { kubeconfigPath: path } : {}),
    ...(typeof config.context === 'string' ? { context: config.context } : {}),
    ...(Array.isArray(config.namespaces) ? { namespaces: config.namespaces as string[] } : {}),
    ...(config.inCluster === true ? { inCluster: true } : {}),
  };
}

/**
 * Cluster flags (--kubeconfig, --context, --namespace) with what culprit.yaml's Kubernetes plugin
 * entry says filled in where a flag is absent: `topology` and `snapshot` read the cluster serve reads.
 */
export function withConfiguredCluster<
  F extends { kubeconfig?: string; context?: string; namespace?: string[] },
>(flags: F, config: CulpritConfig, io: CliIo): F {
  const entry = config.plugins.find((p) => p.module === BUILTIN_KUBERNETES);
  if (!entry) return flags;
  const cluster = clusterOf(entry.config ?? {}, io);
  return {
    ...flags,
    ...(!flags.kubeconfig && cluster.kubeconfigPath ? { kubeconfig: cluster.kubeconfigPath } : {}),
    ...(!flags.context && cluster.context ? { context: cluster.context } : {}),
    ...(!flags.namespace?.length && cluster.namespaces?.length ? { namespace: cluster.namespaces } : {}),
  };
}

/** Reads and checks a config file (defaults from the schema), or the defaults when there is none. */
export async function readCulpritConfig<T extends object = CulpritConfig>(
  file: string | undefined,
): Promise<T> {
  const validate = getValidator<T>('serve-config.schema.json');
  if (!file) {
    const data = {};
    if (!validate(data)) throw createError('ERR_INTERNAL', { reason: 'default config does not validate' });
    return data as T;
  }
  const source = await readYamlFile(file);
  const data = source.data ?? {};
  if (!validate(data)) throw problemsError(schemaProblems(validate.errors, source.file, source));
  return data as T;
}
