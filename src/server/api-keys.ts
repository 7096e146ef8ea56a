// API keys with scopes, compared in constant time (hash-then-timingSafeEqual so key lengths don't
// leak). Keys never appear in logs or errors; only a key's name does.
import { createHash, timingSafeEqual } from 'node:crypto';

export type Scope = 'incidents:read' | 'incidents:write' | 'admin';

export interface ApiKey {
  name: string;
  key: string;
  scopes: Scope[];
}

export interface KeyRing {
  /** No keys configured: the API is open (for local use); say so at start-up. */
  readonly open: boolean;
  find(presented: string | undefined): ApiKey | undefined;
}

const digest = (s: string) => createHash('sha256').update(s).digest();

export function createKeyRing(keys: readonly ApiKey[]): KeyRing {
  const hashed = keys.map((k) => ({ key: k, digest: digest(k.key) }));
  // Keys already verified, by their exact text: a caller sends the same key with every request, and
  // hashing it each time was 4% of a GET. Only configured keys can enter, so the map is bounded by
  // them and a miss (any wrong key) always takes the constant-time path.
  const verified = new Map<string, ApiKey>();
  return {
    open: keys.length === 0,
    find(presented) {
      if (!presented) return undefined;
      const known = verified.get(presented);
      if (known) return known;
      const d = digest(presented);
      let found: ApiKey | undefined;
      for (const h of hashed) if (timingSafeEqual(d, h.digest)) found = h.key;
      if (found) verified.set(presented, found);
      return found;
    },
  };
}

/** `name:key:scope1,scope2` (the format of --api-key and CULPRIT_API_KEYS, `;`-separated). */
export function parseApiKeys(specs: readonly string[]): ApiKey[] {
  return specs.flatMap((spec) =>
    spec
      .split(';')
      .filter(Boolean)
      .map((one) => {
        // Scopes contain ':' themselves (incidents:read), so only the first two separators split.
        const [name, key, ...rest] = one.split(':');
        const scopes = rest.length > 0 ? rest.join(':') : undefined;
        if (!name || !key || key.length < 16)
          throw new Error(
            `API key "${name ?? '?'}" must be name:key:scopes with a key of at least 16 characters`,
          );
        const list = (scopes ?? 'incidents:read,incidents:write').split(',').map((s) => s.trim()) as Scope[];
        for (const s of list)
          if (!['incidents:read', 'incidents:write', 'admin'].includes(s))
            throw new Error(`unknown scope ${s}`);
        return { name, key, scopes: list };
      }),
  );
}
