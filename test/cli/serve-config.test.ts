import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadServeConfig } from '../../src/cli/serve-command.js';

const io = (env: Record<string, string> = {}) => ({
  stdout: () => undefined,
  stderr: () => undefined,
  cwd: process.cwd(),
  env,
});

describe('culprit serve configuration', () => {
  it('applies defaults, file values, flags and environment secrets', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'culprit-conf-'));
    const file = join(dir, 'culprit.yaml');
    writeFileSync(
      file,
      'port: 9090\nworkers: 3\nwebhooks:\n  datadog:\n    secret: from-the-file-0123456789\n',
    );
    const config = await loadServeConfig(
      { config: file, port: '0', apiKey: ['ops:0123456789abcdef0123:incidents:read'] },
      io({ CULPRIT_WEBHOOK_SECRET_PAGERDUTY: 'pd-from-env-0123456789' }),
    );
    expect(config).toMatchObject({ port: 0, workers: 3, host: '127.0.0.1', leaseMs: 30000 });
    expect(config.webhooks).toEqual({
      datadog: { secret: 'from-the-file-0123456789' },
      pagerduty: { secret: 'pd-from-env-0123456789' },
    });
    expect(config.apiKeys).toEqual([
      { name: 'ops', key: '0123456789abcdef0123', scopes: ['incidents:read'] },
    ]);
  });

  it('rejects an invalid file with a located, coded error that does not echo secrets', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'culprit-conf-'));
    const file = join(dir, 'culprit.yaml');
    writeFileSync(file, 'port: 8080\napiKeys:\n  - name: ops\n    key: short-secret\n');
    const err = (await loadServeConfig({ config: file }, io()).catch((e: unknown) => e)) as {
      code: string;
      message: string;
    };
    expect(err.code).toBe('ERR_SCHEMA_INVALID');
    expect(err.message).toMatch(/culprit\.yaml:4:10 /);
    expect(err.message).not.toContain('short-secret');
  });

  it('rejects a malformed --api-key', async () => {
    await expect(loadServeConfig({ apiKey: ['nokey'] }, io())).rejects.toMatchObject({
      code: 'ERR_INVALID_ARGUMENT',
    });
  });

  it('server limits: defaults from the schema, file values on top', async () => {
    expect((await loadServeConfig({}, io())).server).toEqual({
      maxInFlight: 256,
      maxSubscribers: 500,
      maxConnections: 1024,
      timeouts: { headersMs: 10000, requestMs: 30000, idleMs: 60000, keepAliveMs: 72000 },
      pressure: {
        maxEventLoopDelayMs: 1000,
        maxEventLoopUtilization: 0,
        maxHeapUsedBytes: 0,
        maxRssBytes: 0,
      },
      publicOps: [],
    });
    const dir = mkdtempSync(join(tmpdir(), 'culprit-conf-'));
    const file = join(dir, 'culprit.yaml');
    writeFileSync(
      file,
      'server:\n  maxConnections: 50\n  timeouts:\n    requestMs: 5000\n  publicOps: [metrics]\n',
    );
    expect((await loadServeConfig({ config: file }, io())).server).toMatchObject({
      maxConnections: 50,
      timeouts: { headersMs: 10000, requestMs: 5000 },
      publicOps: ['metrics'],
    });
  });
});
