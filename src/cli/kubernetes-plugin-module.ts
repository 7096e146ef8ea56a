// Loads the built-in Kubernetes plugin module for the commands that read a cluster directly
// (topology discover/drift, snapshot): from the build when it has the exports asked for, else from
// source (under vitest/tsx). Loaded by path so the core never imports a plugin.
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { createError } from '../errors/index.js';
import { packagePath } from '../schema/package-root.js';

export async function loadKubernetesPluginModule<T>(functions: readonly string[]): Promise<T> {
  const candidates = [
    packagePath('dist', 'plugins', 'kubernetes', 'index.js'),
    packagePath('plugins', 'kubernetes', 'index.ts'),
  ].filter((p) => existsSync(p));
  if (candidates.length === 0) {
    throw createError('ERR_PLUGIN_NOT_FOUND', {
      module: packagePath('dist', 'plugins', 'kubernetes', 'index.js'),
      cwd: packagePath(),
    });
  }
  for (const path of candidates) {
    const mod = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
    if (functions.every((f) => typeof mod[f] === 'function')) return mod as T;
  }
  throw createError('ERR_PLUGIN_INVALID_MODULE', { module: candidates.join(', ') });
}
