#!/usr/bin/env node
// `npm run screenshots [-- <dir>]`: pictures of what people look at, for the README (docs/screenshots/):
// the HTML report of `culprit investigate` against the demo cluster, and the service's `/` and
// `/incidents/<id>` pages. Only the built CLI and loopback; chromium is Debian's (playwright-core).
import { execFile, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'dist', 'src', 'cli', 'main.js');
const CHROMIUM = process.env.CULPRIT_CHROMIUM ?? '/usr/bin/chromium';
const DESCRIPTION = 'checkout is failing';
const VIEWPORT = { width: 1280, height: 860 };
// Node 20's global fetch (the lint config's Node globals predate it).
const { fetch } = globalThis;

/** Starts a long-running `culprit` command; resolves with the first stdout line matching `pattern`. */
function start(args, cwd, pattern) {
  const child = spawn(process.execPath, [CLI, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  const line = new Promise((done, fail) => {
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const m = pattern.exec(out);
      if (m) done(m[1]);
    });
    child.stderr.on('data', (chunk) => (err += chunk));
    child.on('exit', (code) => fail(new Error(`culprit ${args[0]} exited (${code}): ${err.trim()}`)));
  });
  return { child, line };
}

function stop(child) {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((done) => {
    child.once('exit', done);
    child.kill('SIGTERM');
  });
}

async function completedIncident(base) {
  const res = await fetch(`${base}/api/v1/incidents`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ description: DESCRIPTION }),
  });
  if (res.status !== 202) throw new Error(`POST /api/v1/incidents: ${res.status} ${await res.text()}`);
  const { incident_id: id } = await res.json();
  for (let i = 0; i < 300; i++) {
    const { status } = await (await fetch(`${base}/api/v1/incidents/${id}`)).json();
    if (status === 'completed') return id;
    if (status === 'failed') throw new Error(`incident ${id} failed`);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`incident ${id} did not complete`);
}

export async function takeScreenshots(outDir) {
  mkdirSync(outDir, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'culprit-screenshots-'));
  const running = [];
  let browser;
  try {
    const cluster = start(['demo', '--serve-cluster'], work, /^(.+)\n/);
    running.push(cluster.child);
    const kubeconfig = await cluster.line;

    const { stdout: html } = await promisify(execFile)(
      process.execPath,
      [CLI, 'investigate', '--kubeconfig', kubeconfig, '--format', 'html', '--quiet', DESCRIPTION],
      { cwd: work, maxBuffer: 32 * 1024 * 1024 },
    );
    const reportFile = join(work, 'report.html');
    writeFileSync(reportFile, html);

    // The service reads the same cluster through culprit.yaml, as a deployment would.
    writeFileSync(
      join(work, 'culprit.yaml'),
      [
        'data: ./data',
        'logLevel: warn',
        'plugins:',
        '  - module: culprit/plugins/kubernetes',
        `    config: { kubeconfigPath: ${JSON.stringify(kubeconfig)} }`,
        '',
      ].join('\n'),
    );
    const serve = start(['serve', '--port', '0'], work, /culprit listening on (\S+)/);
    running.push(serve.child);
    const base = await serve.line;
    const id = await completedIncident(base);

    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    const page = await browser.newPage({ viewport: VIEWPORT });
    const shots = [
      ['report.png', pathToFileURL(reportFile).href, true],
      ['landing.png', `${base}/`, false],
      ['incident.png', `${base}/incidents/${encodeURIComponent(id)}`, false],
    ];
    const written = [];
    for (const [name, url, fullPage] of shots) {
      await page.goto(url, { waitUntil: 'load' });
      const file = join(outDir, name);
      await page.screenshot({ path: file, fullPage });
      written.push(file);
    }
    return written;
  } finally {
    await browser?.close();
    for (const child of running.reverse()) await stop(child);
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = resolve(process.argv[2] ?? join(ROOT, 'docs', 'screenshots'));
  takeScreenshots(outDir).then(
    (files) => {
      for (const f of files) process.stdout.write(`${f}\n`);
    },
    (err) => {
      process.stderr.write(`screenshots: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
