// `openai` is an optional peer: nothing imports it until an LLM call, and a configured LLM without the
// package fails with ERR_EXTRACT_LLM_NOT_INSTALLED. "Not installed" is made real in a child Node
// whose module resolution hook refuses `openai` (no module mocking of the SDK).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const HOOKS = `export async function resolve(specifier, context, next) {
  if (specifier === 'openai' || specifier.startsWith('openai/')) {
    const err = new Error('Cannot find package openai');
    err.code = 'ERR_MODULE_NOT_FOUND';
    throw err;
  }
  return next(specifier, context);
}`;
const REGISTER = `import { register } from 'node:module';
register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(HOOKS)}));`;

function runWithoutOpenAi(script: string) {
  const chat = pathToFileURL(join(ROOT, 'dist', 'src', 'extract', 'openai-chat.js')).href;
  const index = pathToFileURL(join(ROOT, 'dist', 'src', 'index.js')).href;
  const run = spawnSync(
    process.execPath,
    [
      '--import',
      `data:text/javascript,${encodeURIComponent(REGISTER)}`,
      '--input-type=module',
      '-e',
      script.replaceAll('$CHAT', chat).replaceAll('$INDEX', index),
    ],
    { encoding: 'utf8', timeout: 30_000 },
  );
  expect(run.status, run.stderr).toBe(0);
  return run.stdout.trim();
}

describe('openai is optional', () => {
  it('the library loads without it', () => {
    expect(runWithoutOpenAi(`await import('$INDEX'); console.log('loaded');`)).toBe('loaded');
  });

  it('a configured LLM without the package fails with ERR_EXTRACT_LLM_NOT_INSTALLED', () => {
    const out = runWithoutOpenAi(`
      const { createOpenAiChat } = await import('$CHAT');
      const chat = createOpenAiChat({ model: 'gpt-4o-mini', apiKey: 'k', baseURL: 'http://127.0.0.1:9' });
      try { await chat.complete([{ role: 'user', content: 'hi' }]); console.log('no error'); }
      catch (err) { console.log(err.code); }`);
    expect(out).toBe('ERR_EXTRACT_LLM_NOT_INSTALLED');
  });
});
