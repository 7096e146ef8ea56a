// Every numbered example in examples/ runs as a user would run it, so the README never lies.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const examples = readdirSync('examples')
  .filter((f) => /^\d{2}-.+\.ts$/.test(f))
  .sort();

describe('examples', () => {
  it('there is at least one', () => expect(examples.length).toBeGreaterThan(0));
  it.each(examples)('%s runs', (file) => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', `examples/${file}`], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(out.length).toBeGreaterThan(0);
    if (file.startsWith('01-'))
      expect(out).toMatch(/Most likely root cause:\n1\. \*redis-cart\* — oom-killed \(high/);
  });
});
