// The HTML eval report in a real headless browser (Debian's chromium through playwright-core): the
// tables and the reliability plot render, nothing is logged to the console, no request leaves the page.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  formatEvalHtml,
  scoreOutcomes,
  type EvalReport,
  type ScenarioOutcome,
} from '../../src/eval/index.js';

const CHROMIUM = process.env.CULPRIT_CHROMIUM ?? '/usr/bin/chromium';
const tmp = mkdtempSync(join(tmpdir(), 'culprit-eval-html-'));

// A small scored run with every kind of row: right, wrong, no-fault, an error, and HTML to escape.
const base = {
  system: 'shop',
  traits: ['typo'],
  difficulty: 'easy' as const,
  alsoAcceptable: [],
  conclusive: true,
  durationMs: 120,
};
const outcomes: ScenarioOutcome[] = [
  {
    ...base,
    id: 'shop/right',
    split: 'dev',
    noFault: false,
    expected: { component: 'cart', cause: 'oom-killed' },
    hypotheses: [{ node: 'cart', cause: 'oom-killed', confidence: 0.9, band: 'high' }],
  },
  {
    ...base,
    id: 'shop/wrong',
    split: 'test',
    noFault: false,
    expected: { component: 'cart', cause: 'crash-loop' },
    hypotheses: [{ node: '<script>alert(1)</script>', cause: 'oom-killed', confidence: 0.6, band: 'medium' }],
  },
  {
    ...base,
    id: 'shop/quiet',
    split: 'test',
    noFault: true,
    traits: ['no-fault'],
    conclusive: false,
    hypotheses: [{ node: 'cart', cause: 'oom-killed', confidence: 0.3, band: 'low' }],
  },
  {
    ...base,
    id: 'shop/broken',
    split: 'dev',
    noFault: false,
    expected: { component: 'cart', cause: 'image-pull' },
    hypotheses: [],
    conclusive: false,
    error: { code: 'ERR_EVAL_SCENARIO_FAILED', message: 'x' },
  },
];
const report: EvalReport = {
  corpus: ['test/fixtures/eval-corpus'],
  split: 'all',
  rulePacks: [{ name: 'kubernetes', version: '1.0.0' }],
  generatedAt: '2026-11-22T14:30:00.000Z',
  wallMs: 1234,
  score: scoreOutcomes(outcomes),
  thresholds: [{ split: 'dev', metric: 'ac1', value: 0.5, threshold: 0.6, source: 'flags', ok: false }],
};

let browser: Browser | undefined;
beforeAll(async () => {
  if (!existsSync(CHROMIUM)) return;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
});
afterAll(async () => {
  await browser?.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('the HTML eval report in headless chromium', () => {
  it('renders the tables and the plot, with no console message and no request leaving the page', async (ctx) => {
    if (!browser) {
      // .ci/run installs chromium, so CI never skips; a developer machine without it skips, saying why.
      if (process.env.CI) throw new Error(`no chromium at ${CHROMIUM}: .ci/run should have installed it`);
      ctx.skip(`no chromium at ${CHROMIUM} (apt-get install -y chromium)`);
      return;
    }
    const file = join(tmp, 'eval.html');
    writeFileSync(file, formatEvalHtml(report));
    const page = await browser.newPage();
    const messages: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });

    const rows = async (id: string) => page.locator(`table#${id} tbody tr`).count();
    expect(await rows('summary')).toBe(3); // all, dev, test
    expect(await rows('reliability')).toBe(3); // high, medium, low
    expect(await rows('by-cause')).toBe(4);
    expect(await rows('by-trait')).toBe(2);
    expect(await rows('by-system')).toBe(1);
    expect(await rows('scenarios')).toBe(4);
    expect(await page.locator('table#thresholds tr.fail').count()).toBe(1);
    const summaryAll = await page.locator('table#summary tbody tr').first().locator('th, td').allInnerTexts();
    expect(summaryAll.slice(0, 4)).toEqual(['all', '4', '3', '33.3%']);

    const plot = page.locator('svg#reliability-plot');
    const box = await plot.boundingBox();
    expect(box?.width).toBeGreaterThan(200);
    expect(box?.height).toBeGreaterThan(200);
    expect(await plot.locator('circle.bin').count()).toBe(3); // bins 0.3, 0.6, 0.9
    expect(await plot.locator('rect.band').count()).toBe(3);
    expect(await plot.locator('line.diagonal').count()).toBe(1);
    // A node name from a cluster is shown as text, never run.
    expect(await page.locator('table#scenarios').innerText()).toContain('<script>alert(1)</script>');

    expect(messages).toEqual([]);
    expect(requests).toEqual([pathToFileURL(file).href]);
    await page.close();
  });
});
