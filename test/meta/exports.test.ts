// The public export lists of culprit, culprit/sdk and culprit/testing are under snapshot: any change
// to what users can import is deliberate and reviewed.
import { describe, expect, it } from 'vitest';

describe('public exports', () => {
  it('culprit', async () => {
    expect(Object.keys(await import('../../src/index.js')).sort()).toMatchSnapshot();
  });
  it('culprit/sdk', async () => {
    expect(Object.keys(await import('../../src/sdk/index.js')).sort()).toMatchSnapshot();
  });
  it('culprit/testing', async () => {
    expect(Object.keys(await import('../../src/testing/index.js')).sort()).toMatchSnapshot();
  });
  it('package.json exports the documented entry points', async () => {
    const pkg = (await import('../../package.json', { with: { type: 'json' } })).default as {
      exports: Record<string, unknown>;
      bin: Record<string, string>;
    };
    expect(Object.keys(pkg.exports).sort()).toEqual([
      '.',
      './package.json',
      './plugins/*',
      './schemas/*',
      './sdk',
      './server',
      './testing',
    ]);
    expect(pkg.bin.culprit).toBe('./dist/src/cli/main.js');
  });
});
