// The key ring: a presented key is found only when it is exactly a configured key, the first time
// (constant-time path) and every later time (the verified-key cache), whatever was presented between.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createKeyRing, type ApiKey } from '../../src/server/api-keys.js';

const keys: ApiKey[] = [
  { name: 'alice', key: 'alice-key-0123456789', scopes: ['incidents:read'] },
  { name: 'bob', key: 'bob-key-0123456789abc', scopes: ['admin'] },
];

describe('key ring', () => {
  it('finds exactly the configured keys, in any sequence of presentations', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.constantFrom(...keys.map((k) => k.key)),
            fc.constantFrom(...keys.map((k) => k.key)).map((k) => k.slice(0, -1)),
            fc.constantFrom(...keys.map((k) => k.key)).map((k) => `${k}x`),
            fc.string(),
          ),
          { maxLength: 30 },
        ),
        (presented) => {
          const ring = createKeyRing(keys);
          for (const p of presented) expect(ring.find(p)?.name).toBe(keys.find((k) => k.key === p)?.name);
        },
      ),
    );
  });

  it('an empty ring is open and finds nothing', () => {
    const ring = createKeyRing([]);
    expect(ring.open).toBe(true);
    expect(ring.find('alice-key-0123456789')).toBeUndefined();
  });
});
