// The retention scheduler as serve and worker start it: with `retention:` configured, the shared
// runtime prunes finished incidents older than `days` from the store it opened; without, it never does.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadServeConfig } from '../../src/cli/serve-command.js';
import { startServiceRuntime } from '../../src/cli/service-runtime.js';
import { createSqliteStore } from '../../src/store/index.js';
import { waitFor } from '../helpers/serve-child.js';

const io = { stdout: () => undefined, stderr: () => undefined, cwd: process.cwd(), env: {} };

/** A store file holding one incident finished 40 days ago and one finished now. */
async function storeWithHistory(): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), 'culprit-retention-rt-')), 'culprit.db');
  const now = { t: Date.now() - 40 * 86_400_000 };
  const store = createSqliteStore({ path: file, clock: () => new Date(now.t) });
  for (const id of ['old', 'new']) {
    if (id === 'new') now.t = Date.now();
    const at = new Date(now.t).toISOString();
    await store.create({ id, description: id, source: 'api', labels: {}, entities: [], createdAt: at });
    await store.fail((await store.claim('w', 60_000))!, { code: 'ERR_X', message: 'x' });
  }
  await store.close();
  return file;
}

describe('retention in the service runtime', () => {
  it('prunes what is older than `days` once started, and nothing when retention is off', async () => {
    for (const retention of [{ days: 30, intervalMinutes: 0.001, batchSize: 10 }, undefined]) {
      const file = await storeWithHistory();
      const config = await loadServeConfig({ store: file, plugin: ['./test/fixtures/slow-plugin.mjs'] }, io);
      const runtime = await startServiceRuntime(
        { ...config, logLevel: 'silent', ...(retention ? { retention } : {}) },
        io,
        'culprit worker',
      );
      runtime.startRetention();
      if (retention) {
        await waitFor(async () => ((await runtime.store.get('old')) ? undefined : true), 10_000);
      } else {
        await new Promise((r) => setTimeout(r, 300));
        expect((await runtime.store.get('old'))?.status).toBe('failed');
      }
      expect((await runtime.store.get('new'))?.status).toBe('failed');
      await runtime.close();
    }
  });
});
