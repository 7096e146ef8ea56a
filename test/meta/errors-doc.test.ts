// Keeps docs/errors.md and the error catalogue in step: a row per code, no row without a code.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { errorCatalogue } from '../../src/errors/index.js';

const doc = readFileSync(new URL('../../docs/errors.md', import.meta.url), 'utf8');
const rows = new Map<string, string[]>();
for (const line of doc.split('\n')) {
  const m = /^\|\s*`(ERR_[A-Z0-9_]+)`\s*\|(.*)\|\s*$/.exec(line);
  if (m)
    rows.set(
      m[1]!,
      m[2]!.split('|').map((c) => c.trim()),
    );
}

describe('docs/errors.md', () => {
  it('has a row for every code in the catalogue', () => {
    const missing = Object.keys(errorCatalogue).filter((code) => !rows.has(code));
    expect(missing).toEqual([]);
  });

  it('has no row for a code the catalogue does not define', () => {
    const stale = [...rows.keys()].filter((code) => !(code in errorCatalogue));
    expect(stale).toEqual([]);
  });

  it('shows the same HTTP status as the catalogue and fills every column', () => {
    for (const [code, cells] of rows) {
      const def = errorCatalogue[code as keyof typeof errorCatalogue] as { status?: number } | undefined;
      if (!def) continue;
      expect({ code, status: cells[0] }).toEqual({ code, status: String(def.status ?? 500) });
      expect(
        cells.slice(1).every((c) => c.length > 0),
        code,
      ).toBe(true);
    }
  });

  it('uses the ERR_<AREA>_<WHAT> shape', () => {
    for (const code of Object.keys(errorCatalogue)) expect(code).toMatch(/^ERR_[A-Z0-9]+(_[A-Z0-9]+)*$/);
  });
});
