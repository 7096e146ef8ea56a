// Lazy start: `culprit --help` and `culprit validate` load none of the server, store, metrics or
// LLM packages, and an investigation without an LLM configured never loads the OpenAI SDK.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const HEAVY = ['fastify', 'prom-client', 'better-sqlite3', 'openai', '@modelcontextprotocol/sdk', 'zod'];

/** The packages (under node_modules) a `culprit` run resolved, recorded by a module hook. */
function packagesLoaded(args: string[]): { status: number | null; packages: Set<string> } {
  const record = join(mkdtempSync(join(tmpdir(), 'culprit-lazy-')), 'modules.txt');
  const env: NodeJS.ProcessEnv = { ...process.env, CULPRIT_RECORD_MODULES: record };
  delete env.CULPRIT_LLM_MODEL;
  const run = spawnSync(
    process.execPath,
    ['--import', './test/helpers/record-modules.mjs', 'dist/src/cli/main.js', ...args],
    { env, encoding: 'utf8', timeout: 30_000 },
  );
  const urls = existsSync(record) ? readFileSync(record, 'utf8').split('\n') : [];
  const packages = new Set<string>();
  for (const url of urls) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
    if (m?.[1]) packages.add(m[1]);
  }
  return { status: run.status, packages };
}

describe('lazy start', () => {
  it.each([
    ['--help', ['--help']],
    ['validate', ['validate', 'knowledge-graph', 'rules']],
  ])('culprit %s loads none of fastify, prom-client, better-sqlite3, openai, the MCP SDK', (_name, args) => {
    expect(existsSync('dist/src/cli/main.js'), 'npm test builds dist/ first').toBe(true);
    const { status, packages } = packagesLoaded(args);
    expect(status).toBe(0);
    expect(packages.has('commander')).toBe(true); // the hook did record
    for (const name of HEAVY) expect(packages.has(name), name).toBe(false);
  });

  it('an offline investigation without an LLM configured does not load openai', () => {
    // offline: an evidence tape with nothing in it, so the answer is inconclusive (exit 3)
    const tape = join(mkdtempSync(join(tmpdir(), 'culprit-lazy-')), 'tape.json');
    writeFileSync(
      tape,
      JSON.stringify({
        version: 1,
        incident: { id: 'inc-lazy', description: 'cart is failing', createdAt: '2026-12-01T10:00:00Z' },
        scope: { named: [], nodes: [] },
        evidence: [],
        discovered: [],
      }),
    );
    const { status, packages } = packagesLoaded([
      'investigate',
      'cart is failing',
      '--entity',
      'cart',
      '--evidence',
      tape,
    ]);
    expect(status).toBe(3);
    expect(packages.has('json-rules-engine')).toBe(true);
    expect(packages.has('openai')).toBe(false);
  });
});
