// Picks the store a process runs on from one string: a postgres:// URL opens the PostgreSQL store
// (loading `pg` only then), anything else is the SQLite file path. SQLite stays the default.
import type { IncidentStore } from './incident-store.js';
import { isPostgresUrl } from './postgres-options.js';
import { createSqliteStore } from './sqlite-store.js';

export interface OpenStoreOptions {
  /** postgres://… or a SQLite file path. */
  store: string;
  /** PostgreSQL settings that the URL's query parameters do not give. */
  postgres?: { poolSize?: number; statementTimeoutMs?: number; connectTimeoutMs?: number; schema?: string };
}

export async function openIncidentStore(options: OpenStoreOptions): Promise<IncidentStore> {
  if (!isPostgresUrl(options.store)) return createSqliteStore({ path: options.store });
  const { createPostgresStore } = await import('./postgres-store.js');
  return createPostgresStore({ ...options.postgres, url: options.store });
}
