import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (p: string) => fileURLToPath(new URL(`./src/${p}`, import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^culprit\/sdk$/, replacement: src('sdk/index.ts') },
      { find: /^culprit\/testing$/, replacement: src('testing/index.ts') },
      { find: /^culprit\/server$/, replacement: src('server/index.ts') },
      { find: /^culprit$/, replacement: src('index.ts') },
    ],
  },
  test: {
    include: ['test/**/*.test.ts', 'plugins/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
