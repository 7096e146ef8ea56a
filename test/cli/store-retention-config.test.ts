// culprit.yaml's `store` and `retention` as serve and worker read them: where the store is (flag,
// then CULPRIT_STORE_URL, then the file, then <data>/culprit.db) and retention's defaults (off when absent).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadServeConfig } from '../../src/cli/serve-command.js';
import { openStore } from '../../src/cli/service-runtime.js';

const io = (cwd: string, env: Record<string, string> = {}) => ({
  stdout: () => undefined,
  stderr: () => undefined,
  cwd,
  env,
});

const configFile = (text: string) => {
  const dir = mkdtempSync(join(tmpdir(), 'culprit-storeconf-'));
  writeFileSync(join(dir, 'culprit.yaml'), text);
  return dir;
};

describe('store and retention configuration', () => {
  it('store: --store, then CULPRIT_STORE_URL, then `store:`, then <data>/culprit.db; paths from the cwd', async () => {
    const dir = configFile('data: d\nstore: from-file.db\n');
    const env = { CULPRIT_STORE_URL: 'postgres://db.internal/culprit' };
    expect((await loadServeConfig({ store: 'flag.db' }, io(dir, env))).store).toBe(join(dir, 'flag.db'));
    expect((await loadServeConfig({}, io(dir, env))).store).toBe('postgres://db.internal/culprit');
    expect((await loadServeConfig({}, io(dir))).store).toBe(join(dir, 'from-file.db'));
    const plain = configFile('data: d\n');
    expect((await loadServeConfig({}, io(plain))).store).toBe(join(plain, 'd', 'culprit.db'));
  });

  it('retention is off when absent; `retention: {}` takes 30 days, hourly, 500 per batch', async () => {
    expect((await loadServeConfig({}, io(configFile('port: 1\n')))).retention).toBeUndefined();
    expect((await loadServeConfig({}, io(configFile('retention: {}\n')))).retention).toEqual({
      days: 30,
      intervalMinutes: 60,
      batchSize: 500,
    });
    expect(
      (await loadServeConfig({}, io(configFile('retention: { days: 0.5, batchSize: 10 }\n')))).retention,
    ).toEqual({ days: 0.5, intervalMinutes: 60, batchSize: 10 });
    await expect(loadServeConfig({}, io(configFile('retention: { days: 0 }\n')))).rejects.toMatchObject({
      code: 'ERR_SCHEMA_INVALID',
    });
  });

  it('workers: 0 (API only) is a valid culprit.yaml', async () => {
    expect((await loadServeConfig({}, io(configFile('workers: 0\n')))).workers).toBe(0);
  });

  it('a store URL this build cannot open is a coded error', async () => {
    await expect(openStore({ store: 'mysql://db/culprit' })).rejects.toMatchObject({
      code: 'ERR_INVALID_ARGUMENT',
    });
  });
});
