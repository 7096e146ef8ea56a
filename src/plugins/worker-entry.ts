// Where a plugin worker's code lives: plugin-worker.js beside this module once compiled; when the
// host runs from TypeScript sources (the test suite), a bundle of plugin-worker.ts built once.
import { createHash } from 'node:crypto';
import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

let bundled: Promise<URL> | undefined;

export function pluginWorkerEntry(): Promise<URL> {
  if (!import.meta.url.endsWith('.ts'))
    return Promise.resolve(new URL('./plugin-worker.js', import.meta.url));
  bundled ??= bundleFromSources();
  return bundled;
}

interface Esbuild {
  build(options: Record<string, unknown>): Promise<{ outputFiles: { text: string }[] }>;
}

// Only reachable from sources: esbuild comes with the dev tooling (tsx, vite), never at run time.
async function bundleFromSources(): Promise<URL> {
  const esbuild = (await import('esbuild' as string)) as Esbuild;
  const result = await esbuild.build({
    entryPoints: [fileURLToPath(new URL('./plugin-worker.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
  });
  const text = result.outputFiles[0]!.text;
  const file = join(
    tmpdir(),
    `culprit-plugin-worker-${createHash('sha256').update(text).digest('hex').slice(0, 16)}.mjs`,
  );
  if (!existsSync(file)) {
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, text);
    renameSync(partial, file);
  }
  return pathToFileURL(file);
}
