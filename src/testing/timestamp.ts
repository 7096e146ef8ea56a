// Timestamps as snapshots hold them: RFC 3339 values in objects, and the stamp a runtime writes at the
// start of a log line (RFC 3339, or its space-separated/comma-fraction/zone-less variants, optionally
// in brackets). Shifting keeps each stamp's own layout, so a replayed log reads as the runtime wrote it.

const STAMP = /^(\d{4})-(\d{2})-(\d{2})([T ])(\d{2}):(\d{2}):(\d{2})(?:([.,])(\d+))?(Z|[+-]\d{2}:?\d{2})?$/i;
const LINE_START =
  /^(\[?)(\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?)(?=[\s\]|,;]|$)/gim;

interface Parts {
  wallMs: number;
  sep: string;
  fracSep: string;
  fraction: string;
  zone: string;
}

function parse(text: string): Parts | undefined {
  const m = STAMP.exec(text);
  if (!m) return undefined;
  const [, y, mo, d, sep, h, mi, s, fracSep = '', fraction = '', zone = ''] = m;
  const wallMs =
    Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)) +
    Number(fraction.slice(0, 3).padEnd(3, '0'));
  if (!Number.isFinite(wallMs)) return undefined;
  return { wallMs, sep: sep!, fracSep, fraction, zone };
}

function offsetMs(zone: string): number {
  if (zone === '' || zone.toUpperCase() === 'Z') return 0;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone)!;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) * 60_000;
}

/** The instant a stamp names (zone-less stamps are taken as UTC), or undefined if it is not one. */
export function stampTime(text: string): number | undefined {
  const p = parse(text);
  return p && p.wallMs - offsetMs(p.zone);
}

/**
 * The same stamp moved by deltaMs, in its own layout (separator, fraction separator, zone); the
 * fraction keeps its digits, and gains the milliseconds the shift adds when it had fewer.
 */
export function shiftTimestamp(text: string, deltaMs: number): string {
  const p = parse(text);
  if (!p || deltaMs === 0) return text;
  const total = p.wallMs + deltaMs;
  const seconds = Math.floor(total / 1000) * 1000;
  const ms = String(total - seconds).padStart(3, '0');
  const digits = Math.max(p.fraction.length, ms.replace(/0+$/, '').length);
  const fraction =
    digits === 0
      ? ''
      : `${p.fracSep || '.'}${(ms + p.fraction.slice(3)).padEnd(digits, '0').slice(0, digits)}`;
  const iso = new Date(seconds).toISOString();
  return `${iso.slice(0, 10)}${p.sep}${iso.slice(11, 19)}${fraction}${p.zone}`;
}

/** Shifts the stamp that starts each line, when it has one. */
export function shiftLogLines(text: string, deltaMs: number): string {
  return text.replace(
    LINE_START,
    (_, bracket: string, stamp: string) => bracket + shiftTimestamp(stamp, deltaMs),
  );
}

/** The instant of the stamp that starts a line, when it has one. */
export function lineTime(line: string): number | undefined {
  LINE_START.lastIndex = 0;
  const m = LINE_START.exec(line);
  LINE_START.lastIndex = 0;
  return m ? stampTime(m[2]!) : undefined;
}

/** Go's time.RFC3339Nano in UTC (trailing zeros of the fraction dropped), as kubelet prefixes lines. */
export function rfc3339Nano(ms: number): string {
  return new Date(ms).toISOString().replace(/\.?0+Z$/, 'Z');
}
