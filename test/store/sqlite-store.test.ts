// The store contract (test/store/store-contract.ts) on the embedded SQLite store, one file per test.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSqliteStore } from '../../src/store/index.js';
import { describeStoreContract } from './store-contract.js';

describeStoreContract('SQLite', {
  location: async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'culprit-store-')), 'culprit.db');
    return { open: async (options) => createSqliteStore({ path, ...options }) };
  },
});
