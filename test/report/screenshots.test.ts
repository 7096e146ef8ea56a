// Keeps `npm run screenshots` honest: the script runs end to end (demo cluster, `investigate --format
// html`, `serve` with an incident, Debian's chromium) into a temporary folder and writes three PNGs
// that are real pictures of a page, not blank or tiny. Needs the built CLI (`pretest` builds it).
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const CHROMIUM = process.env.CULPRIT_CHROMIUM ?? '/usr/bin/chromium';
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const out = mkdtempSync(join(tmpdir(), 'culprit-shots-'));

afterAll(() => rmSync(out, { recursive: true, force: true }));

/** Width and height from the IHDR chunk, which a PNG must start with. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('npm run screenshots', () => {
  it('writes the report, landing and incident pictures', { timeout: 120_000 }, async (ctx) => {
    expect(existsSync(join(ROOT, 'dist', 'src', 'cli', 'main.js')), 'npm test builds dist/ first').toBe(true);
    if (!existsSync(CHROMIUM)) {
      if (process.env.CI) throw new Error(`no chromium at ${CHROMIUM}: .ci/run should have installed it`);
      ctx.skip(`no chromium at ${CHROMIUM} (apt-get install -y chromium)`);
    }
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [join(ROOT, 'scripts', 'screenshots.mjs'), out],
      { cwd: ROOT, timeout: 110_000 },
    );
    const names = ['report.png', 'landing.png', 'incident.png'];
    expect(stdout.trim().split('\n')).toEqual(names.map((n) => join(out, n)));
    for (const name of names) {
      const png = readFileSync(join(out, name));
      const { width, height } = pngSize(png);
      expect(width, name).toBeGreaterThanOrEqual(1000);
      expect(height, name).toBeGreaterThanOrEqual(600);
      // A blank page compresses to a few kB; text, tables and the topology picture do not.
      expect(png.length, name).toBeGreaterThan(15_000);
    }
    // The report is a full page: the picture, the causes, the timeline.
    expect(pngSize(readFileSync(join(out, 'report.png'))).height).toBeGreaterThan(1200);
  });
});
