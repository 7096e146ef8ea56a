// Which store `culprit serve` opens: --store, else CULPRIT_STORE_URL, else `store:` in culprit.yaml,
// else culprit.db in the data directory; PostgreSQL settings from `storeOptions` are schema-checked.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadServeConfig } from '../../src/cli/serve-command.js';

const cwd = mkdtempSync(join(tmpdir(), 'culprit-store-sel-'));
const io = (env: Record<string, string> = {}) => ({
  stdout: () => undefined,
  stderr: () => undefined,
  cwd,
  env,
});

describe('culprit serve store selection', () => {
  it('defaults to SQLite in the data directory; a relative file is resolved against the cwd', async () => {
    expect((await loadServeConfig({ data: 'd' }, io())).store).toBe(join(cwd, 'd', 'culprit.db'));
    expect((await loadServeConfig({ store: 'x/other.db' }, io())).store).toBe(join(cwd, 'x', 'other.db'));
  });

  it('--store beats CULPRIT_STORE_URL, which beats the file; postgres URLs are kept as given', async () => {
    const file = join(cwd, 'culprit.yaml');
    writeFileSync(
      file,
      'store: postgres://file@db/culprit\nstoreOptions:\n  poolSize: 20\n  statementTimeoutMs: 5000\n',
    );
    const fromFile = await loadServeConfig({ config: file }, io());
    expect(fromFile).toMatchObject({
      store: 'postgres://file@db/culprit',
      storeOptions: { poolSize: 20, statementTimeoutMs: 5000 },
    });
    const fromEnv = await loadServeConfig(
      { config: file },
      io({ CULPRIT_STORE_URL: 'postgresql://env@db/c' }),
    );
    expect(fromEnv.store).toBe('postgresql://env@db/c');
    const fromFlag = await loadServeConfig(
      { config: file, store: 'postgres://flag@db/c' },
      io({ CULPRIT_STORE_URL: 'postgresql://env@db/c' }),
    );
    expect(fromFlag.store).toBe('postgres://flag@db/c');
  });

  it('rejects unknown or invalid storeOptions with a coded error', async () => {
    const file = join(cwd, 'bad.yaml');
    writeFileSync(file, 'storeOptions:\n  poolSize: 0\n');
    await expect(loadServeConfig({ config: file }, io())).rejects.toMatchObject({
      code: expect.stringMatching(/^ERR_/),
    });
  });
});
