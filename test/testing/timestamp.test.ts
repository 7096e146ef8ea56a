// Stamps in snapshots: shifting keeps each stamp's layout; a log line's stamp gives its time.
import { describe, expect, it } from 'vitest';
import { lineTime, rfc3339Nano, shiftLogLines, shiftTimestamp } from '../../src/testing/timestamp.js';

describe('shiftTimestamp', () => {
  it('keeps the fraction digits and the zone, adds milliseconds only when the shift has them', () => {
    expect(shiftTimestamp('2026-03-14T14:00:00Z', 1000)).toBe('2026-03-14T14:00:01Z');
    expect(shiftTimestamp('2026-03-14T14:00:00.999999999Z', 2)).toBe('2026-03-14T14:00:01.001999999Z');
    expect(shiftTimestamp('2026-03-14T14:00:00Z', 1500)).toBe('2026-03-14T14:00:01.5Z');
    expect(shiftTimestamp('2026-03-14T14:00:00Z', 1234)).toBe('2026-03-14T14:00:01.234Z');
    expect(shiftTimestamp('2026-03-14T23:30:00+02:00', 3_600_000)).toBe('2026-03-15T00:30:00+02:00');
    expect(shiftTimestamp('2026-03-14 14:00:00,123', -86_400_000)).toBe('2026-03-13 14:00:00,123');
  });

  it('leaves what is not a stamp alone', () => {
    expect(shiftTimestamp('not a time', 1000)).toBe('not a time');
    expect(shiftTimestamp('2026-03-14', 1000)).toBe('2026-03-14');
    expect(shiftTimestamp('v2026-03-14T14:00:00Z', 1000)).toBe('v2026-03-14T14:00:00Z');
  });
});

describe('log lines', () => {
  it('shifts the stamp at the start of each line only, in brackets too', () => {
    const text = [
      '2026-03-14T14:00:00.123Z INFO started at 2026-03-14T14:00:00Z',
      '[2026-03-14 14:00:01] ERROR boom',
      '\tat com.shop.Cart.get(Cart.java:42)',
      '2026-03-14 14:00:02,500 WARN x',
    ].join('\n');
    expect(shiftLogLines(text, 60_000).split('\n')).toEqual([
      '2026-03-14T14:01:00.123Z INFO started at 2026-03-14T14:00:00Z',
      '[2026-03-14 14:01:01] ERROR boom',
      '\tat com.shop.Cart.get(Cart.java:42)',
      '2026-03-14 14:01:02,500 WARN x',
    ]);
  });

  it('lineTime reads the leading stamp; rfc3339Nano writes as kubelet does', () => {
    expect(lineTime('2026-03-14T14:00:00.5+01:00 x')).toBe(Date.parse('2026-03-14T13:00:00.5Z'));
    expect(lineTime('[2026-03-14 14:00:01] x')).toBe(Date.parse('2026-03-14T14:00:01Z'));
    expect(lineTime('  at x')).toBeUndefined();
    expect(rfc3339Nano(Date.parse('2026-03-14T14:00:00.000Z'))).toBe('2026-03-14T14:00:00Z');
    expect(rfc3339Nano(Date.parse('2026-03-14T14:00:00.120Z'))).toBe('2026-03-14T14:00:00.12Z');
  });
});
