// The slowdown of a caller's timed calls (kubernetes.slowcalls): Envoy outbound lines read per dependency,
// the change after which calls stayed many times slower found, and a slowdown that is over left alone.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { loadTestGraph } from 'culprit/testing';
import { describe, expect, it } from 'vitest';
import { outboundCalls, slowCallEvidence, slowdown, type TimedCall } from '../slow-calls.js';

const T0 = Date.parse('2025-06-17T08:50:00Z');
const series = (ms: number[]): TimedCall[] => ms.map((m, i) => [T0 + i * 30_000, m]);

describe('slowdown', () => {
  it('finds the first slow call of a step, with the medians on each side', () => {
    const calls = series([...Array(40).fill(190), ...Array(20).fill(2500)]);
    expect(slowdown(calls)).toEqual({ calls: 20, medianMs: 2500, baselineMs: 190, since: T0 + 40 * 30_000 });
  });
  it('a slowdown that is over (the latest calls fast again) is no finding', () => {
    expect(
      slowdown(series([...Array(20).fill(190), ...Array(20).fill(2500), ...Array(6).fill(200)])),
    ).toBeUndefined();
  });
  it('slow all along is no change; a fast service twice as slow is no slowdown', () => {
    expect(slowdown(series(Array(30).fill(2500)))).toBeUndefined();
    expect(slowdown(series([...Array(20).fill(300), ...Array(20).fill(900)]))).toBeUndefined();
  });
  it('too few calls to tell', () => {
    expect(slowdown(series([190, 190, 190, 190, 2500, 2500, 2500, 2500, 2500]))).toBeUndefined();
  });
  it('property: calls within a 4× band never make a slowdown', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2000 }),
        fc.array(fc.double({ min: 1, max: 4, noNaN: true }), { minLength: 10, maxLength: 80 }),
        (base, f) => {
          expect(slowdown(series(f.map((x) => Math.round(base * x))))).toBeUndefined();
        },
      ),
    );
  });
  it('property: a step to ≥ 5× and ≥ 1 s is found where it began', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 5, max: 60 }),
        fc.integer({ min: 5, max: 60 }),
        fc.integer({ min: 0, max: 5000 }),
        (before, k, after, extra) => {
          const slow = Math.max(1000, 5 * before) + extra;
          const s = slowdown(series([...Array(k).fill(before), ...Array(after).fill(slow)]));
          expect(s).toEqual({ calls: after, medianMs: slow, baselineMs: before, since: T0 + k * 30_000 });
        },
      ),
    );
  });
});

describe('outboundCalls and kubernetes.slowcalls', () => {
  const dir = mkdtempSync(join(tmpdir(), 'culprit-slowcalls-'));
  const file = join(dir, 'topology.json');
  writeFileSync(
    file,
    JSON.stringify({
      apiVersion: 'culprit/v1',
      kind: 'Topology',
      metadata: { name: 'bookinfo' },
      components: [
        {
          id: 'details',
          kind: 'service',
          addresses: ['details:9080'],
          kubernetes: { namespace: 'bookinfo' },
          dependsOn: ['google-books'],
        },
        { id: 'google-books', kind: 'external', addresses: ['www.googleapis.com:443'] },
      ],
    }),
  );
  const line = (at: string, ms: number, status = 200) =>
    `[${at}] "GET /books/v1/volumes?q=isbn:0486424618 HTTP/1.1" ${status} - via_upstream - "-" 0 2217 ${ms} ${ms - 2} "-" "Ruby" "19b18c49" "www.googleapis.com" "142.251.40.103:443" outbound|443||www.googleapis.com 192.168.40.91:43269 142.250.190.74:80 192.168.40.91:49702 - www.googleapis.com:80`;
  const at = (i: number) => new Date(T0 + i * 60_000).toISOString();
  it('reads the duration of each outbound call, per dependency, up to the window end only', async () => {
    const g = await loadTestGraph(file);
    const text = [
      line(at(0), 180),
      line(at(1), 3088),
      '[2025-06-17T08:52:00.000Z] "GET /details/0 HTTP/1.1" 200 - via_upstream - "-" 0 0 3186 3185 "-" "python-requests/2.32.3" "96ea" "details:9080" "192.168.40.91:9080" inbound|9080|| 127.0.0.6:53399 192.168.40.91:9080 192.168.40.117:54302 outbound_.9080_._.details.bookinfo.svc.cluster.local default',
      line(at(30), 2000),
    ].join('\n');
    const calls = outboundCalls([text], 'details', g, { ips: new Map() }, { to: T0 + 10 * 60_000 });
    expect([...calls]).toEqual([
      [
        'google-books',
        [
          [T0, 180],
          [T0 + 60_000, 3088],
        ],
      ],
    ]);
  });
  it('an external dependency whose calls slowed down gets kubernetes.slowcalls', async () => {
    const g = await loadTestGraph(file);
    const text = Array.from({ length: 30 }, (_, i) => line(at(i), i < 20 ? 190 : 2900)).join('\n');
    const calls = outboundCalls([text], 'details', g, { ips: new Map() });
    expect(Object.fromEntries(slowCallEvidence(new Map([['details', calls]]), g))).toEqual({
      'google-books': {
        callers: ['details'],
        slowCallers: 1,
        calls: 10,
        medianMs: 2900,
        baselineMs: 190,
        since: at(20),
        external: true,
      },
    });
  });
});
