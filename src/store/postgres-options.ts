// Settings of the PostgreSQL store: from its options, or from query parameters of the store URL
// (`?poolSize=20&statementTimeoutMs=5000&schema=culprit`), which are taken off before `pg` sees it.
// It also gives the URL without its password, the only form that may reach errors and logs.
import { createError } from '../errors/index.js';

export interface PostgresStoreOptions {
  /** postgres://user:password@host:port/database[?poolSize=…&statementTimeoutMs=…&schema=…] */
  url: string;
  /** Schema holding the tables (created if missing; default `public`). Stores in other schemas share nothing. */
  schema?: string;
  /** Connections per process (default 10). */
  poolSize?: number;
  /** Any statement running longer is cancelled and the call fails with ERR_STORE_BUSY (default 30000). */
  statementTimeoutMs?: number;
  /** How long to wait for a connection from the server or the pool (default 10000). */
  connectTimeoutMs?: number;
  /** Attempts before a job is failed for good (default 3). */
  maxAttempts?: number;
  /** API accepts arriving together are written by one statement, at most this many (default 64; 1 = off). */
  groupCommitMaxItems?: number;
  clock?: () => Date;
}

export interface PostgresSettings {
  connectionString: string;
  schema: string;
  poolSize: number;
  statementTimeoutMs: number;
  connectTimeoutMs: number;
  groupCommitMaxItems: number;
  applicationName: string;
}

const URL_OPTIONS = ['poolSize', 'statementTimeoutMs', 'connectTimeoutMs', 'schema'] as const;

export function isPostgresUrl(spec: string): boolean {
  return /^postgres(ql)?:\/\//i.test(spec);
}

export function parsePostgresUrl(options: PostgresStoreOptions): PostgresSettings {
  let url: URL;
  try {
    url = new URL(options.url);
  } catch {
    throw createError('ERR_INVALID_ARGUMENT', { name: 'store', reason: 'not a valid postgres:// URL' });
  }
  const fromUrl: Record<string, string> = {};
  for (const key of URL_OPTIONS) {
    const value = url.searchParams.get(key);
    if (value !== null) fromUrl[key] = value;
    url.searchParams.delete(key);
  }
  const int = (name: string, value: number | string | undefined, fallback: number, min: number) => {
    if (value === undefined) return fallback;
    const n = Number(value);
    if (!Number.isInteger(n) || n < min)
      throw createError('ERR_INVALID_ARGUMENT', { name, reason: `must be an integer ≥ ${min}` });
    return n;
  };
  const schema = options.schema ?? fromUrl.schema ?? 'public';
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,47}$/.test(schema))
    throw createError('ERR_INVALID_ARGUMENT', { name: 'schema', reason: 'must be a plain SQL identifier' });
  return {
    connectionString: url.toString(),
    schema,
    poolSize: int('poolSize', options.poolSize ?? fromUrl.poolSize, 10, 1),
    statementTimeoutMs: int(
      'statementTimeoutMs',
      options.statementTimeoutMs ?? fromUrl.statementTimeoutMs,
      30_000,
      0,
    ),
    connectTimeoutMs: int(
      'connectTimeoutMs',
      options.connectTimeoutMs ?? fromUrl.connectTimeoutMs,
      10_000,
      0,
    ),
    groupCommitMaxItems: int('groupCommitMaxItems', options.groupCommitMaxItems, 64, 1),
    applicationName: 'culprit',
  };
}

/** host:port/database, without user or password. */
export function redactPostgresUrl(connectionString: string): string {
  try {
    const url = new URL(connectionString);
    return `postgres://${url.host}${url.pathname}`;
  } catch {
    return 'postgres://…';
  }
}
