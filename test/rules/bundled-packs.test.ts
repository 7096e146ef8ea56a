// The bundled packs through the exported RulePackTester, exactly as a pack author would run theirs;
// plus the rule/test/doc triple for every built-in rule.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RulePackTester } from '../../src/testing/index.js';

RulePackTester.describe = describe;
RulePackTester.it = it;
const tester = new RulePackTester();
for (const name of readdirSync('rules').sort()) tester.run(await tester.load(join('rules', name)));

describe('every built-in rule has its rule, test and doc', () => {
  for (const pack of readdirSync('rules')) {
    it(pack, () => {
      const ids = (dir: string, ext: string) =>
        existsSync(join('rules', pack, dir))
          ? readdirSync(join('rules', pack, dir))
              .filter((f) => f.endsWith(ext))
              .map((f) => f.slice(0, -ext.length))
              .sort()
          : [];
      const rules = ids('rules', '.yaml');
      expect(rules.length).toBeGreaterThan(0);
      expect(ids('tests', '.yaml')).toEqual(rules);
      expect(ids('docs', '.md')).toEqual(rules);
    });
  }
});
