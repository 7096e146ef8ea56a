// The build-time cache of shipped YAML: only exact, problem-free values go in, a hit reads the same
// value the parser gives, an edited file misses, and positions still come from the text.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { packagePath } from '../../src/schema/index.js';
import { cachedYamlJson, yamlCacheContent } from '../../src/schema/yaml-cache.js';
import { parseYaml } from '../../src/schema/yaml-document.js';

describe('shipped YAML cache', () => {
  it('keeps only values that parsed without problems and that JSON carries exactly', () => {
    const texts = ['a: 1\n', 'b: [x, y]\n', 'c: .inf\n', 'd: &x 1\ne: *x\n'];
    const content = JSON.parse(
      yamlCacheContent(texts, (t) => {
        const r = parseYaml(t, 't.yaml');
        return r.problems.length === 0 ? r.source!.data : undefined;
      }),
    ) as { version: number; entries: Record<string, string> };
    expect(Object.values(content.entries).sort()).toEqual(['{"a":1}', '{"b":["x","y"]}']);
  });

  it('the build cached every shipped rule file; a hit gives what the parser gives, with positions', () => {
    const file = packagePath('rules', 'core', 'pack.yaml');
    const text = readFileSync(file, 'utf8');
    expect(cachedYamlJson(text), 'run npm run build: dist/yaml-cache.json is missing or stale').toBeDefined();
    const { source } = parseYaml(text, file);
    expect(source?.data).toEqual(parse(text));
    const line = text.split('\n').findIndex((l) => l.startsWith('name:')) + 1;
    expect(source?.locate('/name')).toEqual({ line, col: 7 });
  });

  it('an edited file is not served from the cache', () => {
    const text = readFileSync(packagePath('rules', 'core', 'pack.yaml'), 'utf8');
    expect(cachedYamlJson(`${text}# edited\n`)).toBeUndefined();
  });
});
