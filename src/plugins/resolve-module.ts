// Resolves a plugin module the way the user's project would: a path relative to `cwd`, or a package
// name found in node_modules above `cwd` (ESM `exports` honoured) — never from Culprit's own install.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';

type Exports = string | { [key: string]: Exports } | null;

export function resolvePluginModule(spec: string, cwd: string): string | undefined {
  if (spec.startsWith('.') || isAbsolute(spec)) {
    const path = resolve(cwd, spec);
    return existsSync(path) ? path : undefined;
  }
  const parts = spec.split('/');
  const name = spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
  const subpath = `.${spec.slice(name.length)}`;
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    // A package may load its own exports by name (Node's self-reference).
    const own = join(dir, 'package.json');
    if (existsSync(own)) {
      const pkg = JSON.parse(readFileSync(own, 'utf8')) as { name?: string; exports?: Exports };
      if (pkg.name === name && pkg.exports !== undefined) {
        const target = fromExports(pkg.exports, subpath);
        return target && existsSync(join(dir, target)) ? join(dir, target) : undefined;
      }
    }
    const pkgDir = join(dir, 'node_modules', name);
    const manifest = join(pkgDir, 'package.json');
    if (existsSync(manifest)) {
      const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { exports?: Exports; main?: string };
      const target =
        pkg.exports !== undefined
          ? fromExports(pkg.exports, subpath)
          : subpath === '.'
            ? (pkg.main ?? 'index.js')
            : subpath;
      return target && existsSync(join(pkgDir, target)) ? join(pkgDir, target) : undefined;
    }
    if (dirname(dir) === dir) return undefined;
  }
}

function fromExports(exports: Exports, subpath: string): string | undefined {
  if (typeof exports === 'string') return subpath === '.' ? exports : undefined;
  if (!exports) return undefined;
  const keys = Object.keys(exports);
  if (!keys.some((k) => k.startsWith('.'))) return subpath === '.' ? pickCondition(exports) : undefined;
  if (exports[subpath] !== undefined) return pickCondition(exports[subpath]!);
  // Subpath patterns ("./plugins/*"): the longest matching prefix wins, as in Node.
  let best: { key: string; match: string } | undefined;
  for (const key of keys) {
    const star = key.indexOf('*');
    if (star < 0) continue;
    const [prefix, suffix] = [key.slice(0, star), key.slice(star + 1)];
    if (subpath.startsWith(prefix) && subpath.endsWith(suffix) && subpath.length >= key.length - 1) {
      if (!best || prefix.length > best.key.indexOf('*'))
        best = { key, match: subpath.slice(prefix.length, subpath.length - suffix.length) };
    }
  }
  if (!best) return undefined;
  return pickCondition(exports[best.key]!)?.replaceAll('*', best.match);
}

function pickCondition(entry: Exports): string | undefined {
  if (typeof entry === 'string') return entry;
  if (!entry) return undefined;
  for (const condition of ['import', 'node', 'default']) {
    const found = entry[condition] !== undefined ? pickCondition(entry[condition]!) : undefined;
    if (found) return found;
  }
  return undefined;
}
