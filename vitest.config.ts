import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';

const src = (p: string) => fileURLToPath(new URL(`./src/${p}`, import.meta.url));

// Tests that need a real PostgreSQL server form their own project: its globalSetup starts one server
// per run (or uses CULPRIT_TEST_PG_URL), and only runs when one of these files is selected.
const postgresTests = ['test/**/*postgres*.test.ts'];

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
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'default',
          include: ['test/**/*.test.ts', 'plugins/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...postgresTests],
        },
      },
      {
        extends: true,
        test: { name: 'postgres', include: postgresTests, globalSetup: ['test/helpers/postgres.ts'] },
      },
    ],
  },
});
