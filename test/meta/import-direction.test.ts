// Enforces DESIGN.md's import direction: lower layers never import higher ones; library ownership
// (graphology, json-rules-engine, tsyringe, fastify, openai, k8s client) stays in its one area.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const LAYERS = [
  ['errors'],
  ['schema'],
  ['sdk'],
  ['topology', 'rules'],
  ['correlate'],
  ['plugins'],
  ['extract'],
  ['investigate'],
  ['store'],
  ['engine'],
  ['index'],
  ['report'],
  // Beside the server in DESIGN.md, one step below it because the /mcp route mounts it.
  ['mcp'],
  ['server', 'testing'],
  ['eval', 'agent'],
  ['cli'],
];
const layerOf = (area: string) => LAYERS.findIndex((l) => l.includes(area));

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (name === 'node_modules' || name === 'dist') return [];
    return statSync(p).isDirectory() ? files(p) : /\.(ts|js|mjs)$/.test(name) ? [p] : [];
  });
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs: string[] = [];
  for (const m of text.matchAll(
    /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm,
  )) {
    specs.push((m[1] ?? m[2] ?? m[3])!);
  }
  return specs;
}

function srcArea(file: string): string | undefined {
  const rel = relative(join(root, 'src'), file);
  if (rel.startsWith('..')) return undefined;
  const first = rel.split('/')[0]!;
  return first === 'index.ts' ? 'index' : first;
}

const srcFiles = files(join(root, 'src'));

describe('import direction (DESIGN.md)', () => {
  it('src/ layers only import the same or lower layers', () => {
    const violations: string[] = [];
    for (const file of srcFiles) {
      const from = srcArea(file)!;
      for (const spec of imports(file)) {
        if (!spec.startsWith('.')) continue;
        const target = srcArea(resolve(dirname(file), spec));
        if (!target || target === from) continue;
        const ok = layerOf(target) !== -1 && layerOf(from) !== -1 && layerOf(target) < layerOf(from);
        if (!ok) violations.push(`${relative(root, file)} → ${spec} (${from} may not import ${target})`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('each library is imported only by the area that owns it', () => {
    const owners: Record<string, string[]> = {
      graphology: ['topology'],
      'graphology-traversal': ['topology'],
      'json-rules-engine': ['rules'],
      tsyringe: ['engine'],
      fastify: ['server'],
      openai: ['extract'],
      '@kubernetes/client-node': [],
      '@slack/web-api': [],
      'better-sqlite3': ['store'],
      '@modelcontextprotocol/sdk': ['mcp'],
      zod: ['mcp'],
    };
    const violations: string[] = [];
    for (const file of srcFiles) {
      const area = srcArea(file)!;
      for (const spec of imports(file)) {
        const pkg = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
        const allowed = owners[pkg];
        if (allowed && !allowed.includes(area)) violations.push(`${relative(root, file)} imports ${pkg}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('built-in plugins import only culprit/sdk from Culprit, and each client library from one file', () => {
    const pluginsDir = join(root, 'plugins');
    const violations: string[] = [];
    const clientFiles = new Map<string, Set<string>>();
    for (const file of files(pluginsDir)) {
      const isTest = /\.test\.ts$|\/test\//.test(file);
      for (const spec of imports(file)) {
        if (spec.startsWith('.')) {
          const target = resolve(dirname(file), spec);
          if (!target.startsWith(pluginsDir))
            violations.push(`${relative(root, file)} reaches outside plugins/: ${spec}`);
          continue;
        }
        if (spec === 'culprit' || spec.startsWith('culprit/')) {
          if (spec !== 'culprit/sdk' && !(isTest && spec === 'culprit/testing')) {
            violations.push(`${relative(root, file)} imports ${spec}`);
          }
          continue;
        }
        if (!isTest && /^(@kubernetes|@slack|@datadog|openai)/.test(spec)) {
          const plugin = relative(pluginsDir, file).split('/')[0]!;
          const key = `${plugin}:${spec}`;
          clientFiles.set(key, (clientFiles.get(key) ?? new Set()).add(relative(root, file)));
        }
      }
    }
    for (const [key, set] of clientFiles)
      if (set.size > 1) violations.push(`${key} imported in ${[...set].join(', ')}`);
    expect(violations).toEqual([]);
  });

  it('the core never imports a built-in plugin', () => {
    const violations = srcFiles.filter((f) =>
      imports(f).some((s) => /(^|\/)plugins\/(kubernetes|slack|datadog)/.test(s) && !s.startsWith('./')),
    );
    expect(violations.map((f) => relative(root, f))).toEqual([]);
  });
});
