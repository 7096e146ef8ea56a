// Loads a built-in plugin (plugins/<id>) as a third party's would be loaded: by module path found
// relative to Culprit's own install (never the cwd), so the core never imports it and a global or
// project install finds it. From source (tests, tsx) its .ts entry first; from the build its dist entry.
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { createError } from '../errors/index.js';
import { packagePath } from '../schema/package-root.js';
import type { PluginDefinition } from '../sdk/index.js';

export const BUILTIN_PLUGINS = ['kubernetes', 'datadog', 'slack'] as const;
export type BuiltinPluginId = (typeof BUILTIN_PLUGINS)[number];

/** The entry files of a built-in plugin that exist in this install, the running flavour first. */
function builtinEntries(id: BuiltinPluginId): string[] {
  const built = packagePath('dist', 'plugins', id, 'index.js');
  const source = packagePath('plugins', id, 'index.ts');
  // Running from .ts (vitest, tsx): the source plugin shares the source sdk (one PluginError class).
  const order = import.meta.url.endsWith('.ts') ? [source, built] : [built];
  return order.filter((p) => existsSync(p));
}

/** The absolute path of a built-in plugin's entry in this install. */
export function builtinPluginPath(id: BuiltinPluginId): string {
  const [path] = builtinEntries(id);
  if (!path) {
    throw createError('ERR_PLUGIN_NOT_FOUND', {
      module: packagePath('dist', 'plugins', id, 'index.js'),
      cwd: packagePath(),
    });
  }
  return path;
}

/** The module of a built-in plugin, from the first entry that has every export asked for. */
export async function loadBuiltinPluginModule<T>(
  id: BuiltinPluginId,
  exportsNeeded: readonly string[] = ['default'],
): Promise<T> {
  const candidates = builtinEntries(id);
  if (candidates.length === 0) builtinPluginPath(id);
  for (const path of candidates) {
    const mod = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
    if (exportsNeeded.every((f) => mod[f] !== undefined && mod[f] !== null)) return mod as T;
  }
  throw createError('ERR_PLUGIN_INVALID_MODULE', { module: candidates.join(', ') });
}

export async function loadBuiltinPlugin(id: BuiltinPluginId): Promise<PluginDefinition<never>> {
  const mod = await loadBuiltinPluginModule<{ default: PluginDefinition<never> }>(id);
  return mod.default;
}

/**
 * A plugin spec naming a built-in by package name (`culprit/plugins/<id>`, as culprit.yaml does)
 * points at this install's entry, so it loads from any project, installed globally or not.
 */
export function withBuiltinPaths<S extends { module?: string }>(specs: readonly S[]): S[] {
  return specs.map((spec) => {
    const match = /^culprit\/plugins\/([a-z]+)$/.exec(spec.module ?? '');
    const id = match?.[1] as BuiltinPluginId | undefined;
    return id && BUILTIN_PLUGINS.includes(id) ? { ...spec, module: builtinPluginPath(id) } : spec;
  });
}
