// The HTML report and the service's pages in a real headless browser (Debian's chromium through
// playwright-core): the picture renders with the cause node highlighted, nothing is logged to the
// console, and no request leaves the page's origin. The investigation is real: the demo cluster
// served by the fake Kubernetes API, read by the built-in plugin.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBuiltinPlugin } from '../../src/cli/builtin-plugin.js';
import { createEngine, type Engine } from '../../src/engine/index.js';
import { formatReportHtml, formatReportMermaid } from '../../src/report/index.js';
import { createServer, type CulpritServer } from '../../src/server/index.js';
import { createSqliteStore } from '../../src/store/index.js';
import { startFakeKubernetes, type FakeKubernetes } from '../../src/testing/fake-kubernetes.js';
import { buildShopCluster } from '../../src/testing/shop-cluster.js';
import type { Report } from '../../src/sdk/index.js';

type CssWindow = { getComputedStyle: (el: unknown) => { stroke: string } };

const CHROMIUM = process.env.CULPRIT_CHROMIUM ?? '/usr/bin/chromium';
const tmp = mkdtempSync(join(tmpdir(), 'culprit-report-html-'));
let browser: Browser | undefined;
let kube: FakeKubernetes;
let engine: Engine;
let server: CulpritServer;
let url: string;

beforeAll(async () => {
  const now = new Date();
  const cluster = buildShopCluster({ fault: 'oom-killed', now });
  kube = await startFakeKubernetes(cluster.objects, cluster.logs);
  engine = await createEngine({
    topology: 'knowledge-graph',
    rules: 'rules',
    plugins: [
      {
        plugin: await loadBuiltinPlugin('kubernetes'),
        config: { kubeconfig: kube.kubeconfig, requestTimeoutMs: 3000 },
      },
    ],
  });
  server = await createServer({
    engine,
    store: createSqliteStore({ path: join(tmp, 'db.sqlite') }),
    logLevel: 'silent',
  });
  url = await server.app.listen({ host: '127.0.0.1', port: 0 });
  if (existsSync(CHROMIUM))
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close({ timeoutMs: 2_000 });
  await engine?.close();
  await kube?.close();
  rmSync(tmp, { recursive: true, force: true });
});

/** Opens a page and records what a broken page would show: console output and foreign requests. */
async function open(target: string): Promise<{ page: Page; messages: string[]; requests: string[] }> {
  const page = await browser!.newPage();
  const messages: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(target, { waitUntil: 'load' });
  return { page, messages, requests };
}

function needBrowser(ctx: { skip: (note: string) => void }): boolean {
  if (browser) return true;
  if (process.env.CI) throw new Error(`no chromium at ${CHROMIUM}: .ci/run should have installed it`);
  ctx.skip(`no chromium at ${CHROMIUM} (apt-get install -y chromium)`);
  return false;
}

async function expectReportPage(page: Page) {
  const svg = page.locator('svg#topology');
  const box = await svg.boundingBox();
  expect(box?.width).toBeGreaterThan(300);
  expect(await svg.locator('g.node.cause').count()).toBe(1);
  expect(await svg.locator('g.node.cause').getAttribute('data-node')).toBe('redis-cart');
  // The cause is drawn differently from a plain component.
  const stroke = (sel: string) =>
    svg
      .locator(`${sel} rect`)
      .first()
      .evaluate((el) => (globalThis as unknown as CssWindow).getComputedStyle(el).stroke);
  expect(await stroke('g.node.cause')).not.toBe(await stroke('g.node:not(.cause):not(.path):not(.symptom)'));
  expect(await svg.locator('g.node.symptom').count()).toBeGreaterThan(0);
  expect(await svg.locator('path.edge.on-path').count()).toBeGreaterThan(0);
  const first = page.locator('table#causes tbody tr').first();
  expect(await first.getAttribute('data-node')).toBe('redis-cart');
  expect(await first.getAttribute('data-cause')).toBe('oom-killed');
  expect((await first.locator('.fill').boundingBox())?.width).toBeGreaterThan(0);
  expect(await page.locator('ul#remediation li').count()).toBeGreaterThan(0);
  // Commands to look closer name the resources as the cluster does.
  expect(await page.locator('ul#commands').innerText()).toMatch(
    /kubectl -n shop describe statefulset\/redis-cart/,
  );
  expect(await page.locator('table#timeline tbody tr').count()).toBeGreaterThan(0);
}

describe('the HTML report', () => {
  let report: Report;
  it(
    '`investigate --format html` output renders on its own, from a file',
    { timeout: 60_000 },
    async (ctx) => {
      const result = await engine.investigate({ description: 'checkout is failing', source: 'cli' });
      report = result.report;
      if (!needBrowser(ctx)) return;
      const file = join(tmp, 'report.html');
      writeFileSync(
        file,
        formatReportHtml(report, {
          graph: engine.graph,
          incident: result.incident,
          evidence: result.tape.evidence,
        }),
      );
      const { page, messages, requests } = await open(pathToFileURL(file).href);
      await expectReportPage(page);
      expect(messages).toEqual([]);
      expect(requests).toEqual([pathToFileURL(file).href]);
      await page.close();
    },
  );

  it('escapes names from the cluster in HTML and Mermaid', () => {
    const hostile = '<script>alert(1)</script>';
    const tampered: Report = {
      ...report,
      hypotheses: report.hypotheses.map((h, i) => (i === 0 ? { ...h, node: hostile, path: [hostile] } : h)),
    };
    const html = formatReportHtml(tampered, { graph: engine.graph });
    expect(html).not.toContain(hostile);
    expect(html).toContain('&lt;script&gt;');
    expect(formatReportMermaid(tampered, engine.graph)).not.toMatch(/<script>/);
  });
});

describe('the service pages', () => {
  it('/ lists recent incidents and /incidents/<id> shows the report', { timeout: 60_000 }, async (ctx) => {
    const res = await fetch(`${url}/api/v1/incidents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ description: 'checkout is failing' }),
    });
    expect(res.status).toBe(202);
    const { incident_id: id } = (await res.json()) as { incident_id: string };
    for (let i = 0; i < 300; i++) {
      const r = (await (await fetch(`${url}/api/v1/incidents/${id}`)).json()) as { status: string };
      if (r.status === 'completed' || r.status === 'failed') break;
      await new Promise((done) => setTimeout(done, 100));
    }
    const missing = await fetch(`${url}/incidents/no-such-incident`);
    expect(missing.status).toBe(404);
    if (!needBrowser(ctx)) return;

    const landing = await open(`${url}/`);
    const link = landing.page.locator(`table#incidents a[href="/incidents/${id}"]`);
    expect(await link.count()).toBe(1);
    await link.click();
    await landing.page.waitForURL(`${url}/incidents/${id}`);
    await expectReportPage(landing.page);
    expect(landing.messages).toEqual([]);
    expect(landing.requests.every((r) => r.startsWith(`${url}/`))).toBe(true);
    await landing.page.close();
  });
});
