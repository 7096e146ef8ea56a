// Finds the installed package's root (where schemas/, rules/ and knowledge-graph/ live), both when
// running from src/ under vitest/tsx and from dist/ after a build or an npm install.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

export function packageRoot(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      const name = (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name;
      if (name === 'culprit') return (cached = dir);
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('culprit package root not found');
    dir = parent;
  }
}

export function packagePath(...segments: string[]): string {
  return join(packageRoot(), ...segments);
}
