// Loads a built-in plugin (plugins/<id>) as a third party's would be loaded: by module path, so the
// core never imports it. From source (tests, tsx) its .ts entry; from the build its dist entry.
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { createError } from '../errors/index.js';
import { packagePath } from '../schema/index.js';
import type { PluginDefinition } from '../sdk/index.js';

export async function loadBuiltinPlugin(
  id: 'kubernetes' | 'datadog' | 'slack',
): Promise<PluginDefinition<never>> {
  const fromSource = import.meta.url.endsWith('.ts');
  const path = fromSource
    ? packagePath('plugins', id, 'index.ts')
    : packagePath('dist', 'plugins', id, 'index.js');
  if (!existsSync(path)) throw createError('ERR_PLUGIN_NOT_FOUND', { module: path, cwd: packagePath() });
  const mod = (await import(pathToFileURL(path).href)) as { default: PluginDefinition<never> };
  return mod.default;
}
